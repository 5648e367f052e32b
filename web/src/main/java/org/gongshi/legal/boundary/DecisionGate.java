package org.gongshi.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.archive.boundary.DecisionPreconditions;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.legal.entity.CollectiveDiscussion;
import org.gongshi.legal.entity.LegalReview;
import org.gongshi.legal.entity.ReviewStatus;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/**
 * Refuses a decision inside the party's rights windows without a written waiver, and a major
 * decision before a passed legal review and a recorded collective discussion; the refusal names
 * every missing step, and is itself audited.
 */
@ApplicationScoped
public class DecisionGate implements DecisionPreconditions {
  @PersistenceContext EntityManager em;
  @Inject MajorDecisions majors;
  @Inject Rights rights;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  @Override
  public void check(EnforcementCase c, LocalDate decidedOn) {
    List<String> missing = new ArrayList<>(rights.problems(c, decidedOn));
    if (majors.isMajor(c)) missing.addAll(missingMajorSteps(c, decidedOn));
    if (!missing.isEmpty()) {
      String message = "不能于 " + decidedOn + " 作出处罚决定：" + String.join("；", missing);
      audit.appendRefusal(
          currentUser.name(), "REFUSED_DECISION", "Case", c.getId(), c.getId(), message);
      throw DomainException.conflict("milestones.DECIDED", message);
    }
  }

  /** A major decision's missing legal review and collective discussion on a day, in words. */
  List<String> missingMajorSteps(EnforcementCase c, LocalDate day) {
    List<String> missing = new ArrayList<>();
    boolean passed =
        reviews(c.getId()).stream()
            .anyMatch(
                r -> r.getStatus() == ReviewStatus.PASSED && !r.getConcludedOn().isAfter(day));
    if (!passed) missing.add("重大行政处罚决定须经法制审核通过（行政处罚法第五十八条），本案尚无通过的法制审核");
    boolean discussed =
        em.createNamedQuery(CollectiveDiscussion.BY_CASE, CollectiveDiscussion.class)
            .setParameter("caseId", c.getId())
            .getResultStream()
            .anyMatch(d -> !d.getHeldOn().isAfter(day));
    if (!discussed) missing.add("重大行政处罚决定须经集体讨论（行政处罚法第五十七条），本案尚未记录集体讨论");
    return missing;
  }

  List<LegalReview> reviews(long caseId) {
    return em.createNamedQuery(LegalReview.BY_CASE, LegalReview.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }
}
