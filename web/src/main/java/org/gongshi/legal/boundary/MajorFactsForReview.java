package org.gongshi.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.review.control.CaseFacts;
import org.gongshi.review.control.MajorCaseFacts;

/**
 * Tells the review campaigns' pre-check whether a major case was decided without a passed legal
 * review and a collective discussion, by the same rules the decision gate applies.
 */
@ApplicationScoped
public class MajorFactsForReview implements MajorCaseFacts {
  @PersistenceContext EntityManager em;
  @Inject MajorDecisions majors;
  @Inject DecisionGate gate;

  @Override
  public Optional<CaseFacts.MajorFact> of(long caseId) {
    EnforcementCase c = em.find(EnforcementCase.class, caseId);
    if (c == null) return Optional.empty();
    if (!majors.isMajor(c)) return Optional.of(new CaseFacts.MajorFact(false, false, ""));
    LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
    List<String> missing =
        decided == null ? List.of("尚未作出处罚决定") : gate.missingMajorSteps(c, decided);
    return Optional.of(
        new CaseFacts.MajorFact(
            true, decided != null && !missing.isEmpty(), String.join("；", missing)));
  }
}
