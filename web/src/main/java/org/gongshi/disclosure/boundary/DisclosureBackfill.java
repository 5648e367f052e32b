package org.gongshi.disclosure.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.gongshi.archive.boundary.CaseService;
import org.gongshi.archive.boundary.DecisionRecorded;
import org.gongshi.archive.entity.EnforcementCase;

/**
 * At start-up, gives every decided case without a disclosure record its record (imports, demo
 * data).
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DisclosureBackfill {
  private static final Logger LOG = Logger.getLogger(DisclosureBackfill.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Event<DecisionRecorded> decisions;

  @PostConstruct
  void backfill() {
    List<EnforcementCase> missing =
        em.createQuery(
                "SELECT c FROM EnforcementCase c WHERE c.decisionNumber IS NOT NULL"
                    + " AND NOT EXISTS (SELECT r FROM DisclosureRecord r WHERE r.caseId = c.id)",
                EnforcementCase.class)
            .getResultList();
    missing.stream()
        .filter(
            c -> c.getMilestones().containsKey(org.gongshi.archive.entity.MilestoneKind.DECIDED))
        .forEach(c -> decisions.fire(CaseService.decisionOf(c)));
    if (!missing.isEmpty())
      LOG.info("Disclosure records created for " + missing.size() + " decided cases");
  }
}
