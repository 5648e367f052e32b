package org.gongshi.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;
import org.gongshi.disclosure.boundary.Publications;
import org.gongshi.disclosure.entity.DisclosureRecord;
import org.gongshi.disclosure.entity.DisclosureStatus;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Settings;

/**
 * Demo data: on a first start, the demo agencies' older decisions are published the way an officer
 * would (proposal, approval as drafted by one officer, publication by another), each on its own
 * historical day: the clock is set back to a few days after the decision (past the deadline for
 * about one in eight, as in a real bureau) and put back afterwards. The last week's stay pending.
 */
@Singleton
@Startup
@DependsOn("DisclosureBackfill")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPublications {
  @Inject Clock clock;
  private static final Logger LOG = Logger.getLogger(DemoPublications.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Publications publications;
  @Inject Settings settings;

  /**
   * When the demo publishes a decision: on the working morning two to five days after it (before
   * the 7-working-day deadline), or, for every eighth, three to six days after the deadline; never
   * later than yesterday.
   */
  Instant publishedAt(DisclosureRecord r, int index) {
    LocalDate deadline = r.getDeadline() != null ? r.getDeadline() : r.getDecidedOn().plusDays(9);
    LocalDate day =
        index % 8 == 7
            ? deadline.plusDays(3 + index % 4)
            : r.getDecidedOn().plusDays(2 + index % 4);
    while (day.getDayOfWeek().getValue() > 5) day = day.plusDays(1);
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    if (day.isAfter(yesterday)) day = yesterday;
    return day.atTime(LocalTime.of(9, 30).plusMinutes(7L * (index % 30)))
        .atZone(Clocks.CHINA)
        .toInstant();
  }

  @PostConstruct
  void publish() {
    if (!settings.demo()
        || em.createQuery("SELECT COUNT(p) FROM PublishedDecision p", Long.class).getSingleResult()
            > 0) return;
    List<DisclosureRecord> pending =
        em.createQuery(
                "SELECT r FROM DisclosureRecord r WHERE r.status = :s AND r.decidedOn < :recent"
                    + " ORDER BY r.decidedOn",
                DisclosureRecord.class)
            .setParameter("s", DisclosureStatus.PENDING)
            .setParameter("recent", LocalDate.now(clock).minusDays(10))
            .getResultList();
    int published = 0;
    int refused = 0;
    for (DisclosureRecord r : pending) {
      try {
        // four eyes: one officer approves, another publishes
        long caseId = r.getCaseId();
        Clocks.at(
            publishedAt(r, published + refused),
            () -> {
              publications.publishAs(caseId, DemoData.APPROVER, DemoData.PUBLISHER);
              return null;
            });
        published++;
      } catch (DomainException e) {
        refused++; // e.g. publication period already over for an old demo decision
      } catch (RuntimeException | LinkageError e) {
        LOG.log(
            java.util.logging.Level.WARNING,
            "Demo publications stopped; the decisions stay pending on the clock",
            e);
        break; // demo data never keeps the application from starting
      }
    }
    LOG.info(
        "Demo publications: "
            + published
            + " decisions published, "
            + refused
            + " not (period over)");
  }
}
