package org.gongshi.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.catalog.boundary.Catalogs;
import org.gongshi.catalog.control.DiscretionCheck;
import org.gongshi.legal.control.ReviewFindings;
import org.gongshi.legal.entity.CheckItem;
import org.gongshi.legal.entity.LegalReview;
import org.gongshi.legal.entity.ReviewCheck;
import org.gongshi.legal.entity.ReviewStatus;
import org.gongshi.legal.entity.Verdict;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/**
 * Legal review (法制审核, Art. 58): an officer submits the case, Gongshi pre-fills the seven checks
 * from the file, and a legal reviewer of the agency who is not an officer of the case gives a
 * verdict and opinion per check and concludes: passed, returned for correction, or failed. The time
 * limit runs in working days from submission.
 */
@ApplicationScoped
@Transactional
public class LegalReviews {
  @Inject Clock clock;
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject MajorDecisions majors;
  @Inject Rights rights;
  @Inject Catalogs catalogs;

  public record CheckView(
      String item,
      String label,
      String finding,
      String findingLabel,
      String findingText,
      String evidenceLink,
      String verdict,
      String verdictLabel,
      String opinion,
      String overrideReason) {
    static CheckView of(ReviewCheck c) {
      return new CheckView(
          c.getItem().name(),
          c.getItem().label,
          c.getFinding().name(),
          c.getFinding().label,
          c.getFindingText(),
          c.getEvidenceLink(),
          c.getVerdict() == null ? null : c.getVerdict().name(),
          c.getVerdict() == null ? null : c.getVerdict().label,
          c.getOpinion(),
          c.getOverrideReason());
    }
  }

  public record ReviewView(
      long id,
      long caseId,
      String caseNumber,
      String caseTitle,
      String agency,
      String status,
      String statusLabel,
      LocalDate submittedOn,
      LocalDate dueOn,
      boolean extended,
      Integer workingDaysLeft,
      boolean overdue,
      String reviewer,
      LocalDate concludedOn,
      String opinion,
      List<CheckView> checks) {}

  public record CheckInput(String item, String verdict, String opinion, String overrideReason) {}

  public record ConclusionInput(String outcome, String opinion, List<CheckInput> checks) {}

  public record ExtensionInput(String approvedBy) {}

  public ReviewView submit(long caseId) {
    AppUser user = currentUser.require(Role.CASE_OFFICER, Role.ADMIN);
    EnforcementCase c = majors.readable(caseId);
    c.requireChangeable();
    if (c.getMilestones().containsKey(MilestoneKind.DECIDED))
      throw DomainException.conflict("caseId", "本案已作出处罚决定，法制审核须在决定之前进行");
    boolean open =
        reviews(caseId).stream()
            .anyMatch(
                r ->
                    r.getStatus() == ReviewStatus.IN_REVIEW
                        || r.getStatus() == ReviewStatus.PASSED);
    if (open) throw DomainException.conflict("caseId", "本案已有审核中或已通过的法制审核");
    LocalDate today = LocalDate.now(clock);
    LocalDate due;
    try {
      due = majors.deadlines(c.getAgency().getId()).reviewDue(today);
    } catch (CalendarNotLoadedException e) {
      throw DomainException.conflict("caseId", "无法计算法制审核期限：" + e.getMessage());
    }
    LegalReview r =
        new LegalReview(caseId, c.getAgency().getId(), today, user.getUsername(), due, prefill(c));
    em.persist(r);
    em.flush();
    audit.append(
        user.getUsername(),
        "SUBMIT_LEGAL_REVIEW",
        "LegalReview",
        r.getId(),
        caseId,
        "提交法制审核，审核期限至 " + due);
    return view(r, c);
  }

  List<ReviewCheck> prefill(EnforcementCase c) {
    LocalDate today = LocalDate.now(clock);
    Optional<String> itemName = Optional.empty();
    DiscretionCheck.Result discretion = null;
    if (c.getCatalogCode() != null) {
      var item = catalogs.item(c.getAgency().getId(), c.getCatalogCode(), today);
      itemName = item.map(i -> i.data().name());
      if (item.isPresent() && c.getDiscretionLevel() != null)
        discretion =
            DiscretionCheck.check(
                item.get().data(), c.getDiscretionLevel(), c.totalFine(), c.getDiscretionReason());
    }
    List<String> windowProblems = rights.problems(c, today);
    return ReviewFindings.prefill(
        new ReviewFindings.Context(
            c,
            today,
            itemName,
            discretion,
            windowProblems.isEmpty() ? null : String.join("；", windowProblems)));
  }

  /** The legal reviewer's queue: reviews in progress of the agency, the nearest deadline first. */
  public List<ReviewView> queue() {
    AppUser user = currentUser.require(Role.LEGAL_REVIEWER, Role.ADMIN);
    Long scope = currentUser.agencyScope();
    return em.createNamedQuery(LegalReview.OPEN_BY_AGENCY, LegalReview.class)
        .setParameter("agencyId", scope)
        .getResultStream()
        .map(r -> view(r, em.find(EnforcementCase.class, r.getCaseId())))
        .toList();
  }

  public ReviewView get(long reviewId) {
    LegalReview r = review(reviewId);
    return view(r, em.find(EnforcementCase.class, r.getCaseId()));
  }

  public List<ReviewView> ofCase(long caseId) {
    EnforcementCase c = majors.readable(caseId);
    return reviews(caseId).stream().map(r -> view(r, c)).toList();
  }

  public ReviewView extend(long reviewId, ExtensionInput in) {
    AppUser user = reviewer(reviewId);
    LegalReview r = review(reviewId);
    requireOpen(r);
    if (r.getExtensionApprovedBy() != null)
      throw DomainException.conflict("approvedBy", "审核期限已延长过一次，不能再延长");
    String by = in == null || in.approvedBy() == null ? "" : in.approvedBy().strip();
    if (by.isEmpty() || by.length() > 100)
      throw DomainException.invalid("approvedBy", "延长审核期限须填写批准人（不超过100字）");
    LocalDate due;
    try {
      due = majors.deadlines(r.getAgencyId()).reviewDueExtended(r.getSubmittedOn());
    } catch (CalendarNotLoadedException e) {
      throw DomainException.conflict("approvedBy", "无法计算延长后的审核期限：" + e.getMessage());
    }
    r.extend(due, by);
    audit.append(
        user.getUsername(),
        "EXTEND_LEGAL_REVIEW",
        "LegalReview",
        r.getId(),
        r.getCaseId(),
        "经 " + by + " 批准延长审核期限至 " + due);
    return get(reviewId);
  }

  public ReviewView conclude(long reviewId, ConclusionInput in) {
    AppUser user = reviewer(reviewId);
    LegalReview r = review(reviewId);
    requireOpen(r);
    EnforcementCase c = em.find(EnforcementCase.class, r.getCaseId());
    c.requireChangeable();
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    ReviewStatus outcome;
    try {
      outcome = ReviewStatus.valueOf(in.outcome() == null ? "" : in.outcome().trim());
    } catch (IllegalArgumentException e) {
      outcome = null;
    }
    if (outcome == null || outcome == ReviewStatus.IN_REVIEW)
      throw DomainException.invalid("outcome", "审核结论须为 PASSED（审核通过）、RETURNED（退回补正）或 FAILED（审核不通过）");
    Map<CheckItem, CheckInput> given = new EnumMap<>(CheckItem.class);
    for (CheckInput ci : in.checks() == null ? List.<CheckInput>of() : in.checks()) {
      CheckItem item;
      try {
        item = CheckItem.valueOf(ci.item() == null ? "" : ci.item());
      } catch (IllegalArgumentException e) {
        throw DomainException.invalid("checks", "未知的审核事项：" + ci.item());
      }
      given.put(item, ci);
    }
    List<String> defective = new ArrayList<>();
    for (CheckItem item : CheckItem.values()) {
      CheckInput ci = given.get(item);
      String field = "checks." + item.name();
      if (ci == null || ci.verdict() == null || ci.verdict().isBlank())
        throw DomainException.invalid(field, "请对“" + item.label + "”给出审核意见（符合或不符合）");
      Verdict verdict;
      try {
        verdict = Verdict.valueOf(ci.verdict().trim());
      } catch (IllegalArgumentException e) {
        throw DomainException.invalid(field, "“" + item.label + "”的意见须为 SOUND（符合）或 DEFECTIVE（不符合）");
      }
      ReviewCheck check = r.check(item);
      String opinion = ci.opinion() == null ? null : ci.opinion().strip();
      String reason = ci.overrideReason() == null ? null : ci.overrideReason().strip();
      if (opinion != null && opinion.length() > 1000)
        throw DomainException.invalid(field, "“" + item.label + "”的审核意见不超过1000字");
      if (ReviewCheck.overrides(check.getFinding(), verdict)) {
        if (reason == null || reason.length() < 4 || reason.length() > 1000)
          throw DomainException.invalid(
              field,
              "“" + item.label + "”的意见与系统核对结果（" + check.getFinding().label + "）不同，须写明理由（4至1000字）");
      } else {
        reason = null;
      }
      if (verdict == Verdict.DEFECTIVE && (opinion == null || opinion.isEmpty()))
        throw DomainException.invalid(field, "“" + item.label + "”不符合的，须写明问题和补正要求");
      if (verdict == Verdict.DEFECTIVE) defective.add(item.label);
    }
    if (outcome == ReviewStatus.PASSED && !defective.isEmpty())
      throw DomainException.invalid(
          "outcome", "以下事项不符合，不能审核通过：" + String.join("、", defective) + "；请退回补正或不予通过");
    if (outcome != ReviewStatus.PASSED && defective.isEmpty())
      throw DomainException.invalid("outcome", "退回补正或不予通过时，须至少指出一项不符合的事项");
    String opinion = in.opinion() == null ? "" : in.opinion().strip();
    if (opinion.isEmpty() || opinion.length() > 2000)
      throw DomainException.invalid("opinion", "请填写审核结论意见（不超过2000字）");
    for (CheckItem item : CheckItem.values()) {
      CheckInput ci = given.get(item);
      Verdict verdict = Verdict.valueOf(ci.verdict().trim());
      ReviewCheck check = r.check(item);
      check.judge(
          verdict,
          ci.opinion() == null ? null : ci.opinion().strip(),
          ReviewCheck.overrides(check.getFinding(), verdict) ? ci.overrideReason().strip() : null);
    }
    LocalDate today = LocalDate.now(clock);
    r.conclude(outcome, user.getUsername(), today, opinion);
    if (outcome == ReviewStatus.PASSED
        && !c.getMilestones().containsKey(MilestoneKind.COLLECTIVE_DISCUSSION))
      c.recordMilestone(MilestoneKind.LEGAL_REVIEW, today);
    audit.append(
        user.getUsername(),
        "CONCLUDE_LEGAL_REVIEW",
        "LegalReview",
        r.getId(),
        r.getCaseId(),
        outcome.label
            + (defective.isEmpty() ? "" : "；不符合事项：" + String.join("、", defective))
            + "；意见："
            + opinion);
    return view(r, c);
  }

  /** A legal reviewer of the case's agency who is not one of its officers. */
  private AppUser reviewer(long reviewId) {
    AppUser user = currentUser.require(Role.LEGAL_REVIEWER);
    LegalReview r = review(reviewId);
    EnforcementCase c = em.find(EnforcementCase.class, r.getCaseId());
    if (user.getAgency() == null || !user.getAgency().getId().equals(c.getAgency().getId()))
      throw DomainException.forbidden("法制审核须由本案所属机关的法制审核人员进行");
    if (user.getOfficer() != null
        && c.getOfficers().stream().anyMatch(o -> o.getId().equals(user.getOfficer().getId())))
      throw DomainException.forbidden(
          "您是本案承办执法人员（" + user.getOfficer().getName() + "），不能审核本案：法制审核须由未参与办案的人员进行");
    return user;
  }

  private static void requireOpen(LegalReview r) {
    if (r.getStatus() != ReviewStatus.IN_REVIEW)
      throw DomainException.conflict("status", "该法制审核已有结论（" + r.getStatus().label + "），不能再修改");
  }

  LegalReview review(long id) {
    currentUser.require();
    LegalReview r = em.find(LegalReview.class, id);
    if (r == null) throw DomainException.notFound("未找到该法制审核");
    currentUser.requireAgency(r.getAgencyId(), "未找到该法制审核");
    return r;
  }

  List<LegalReview> reviews(long caseId) {
    return em.createNamedQuery(LegalReview.BY_CASE, LegalReview.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  ReviewView view(LegalReview r, EnforcementCase c) {
    LocalDate today = LocalDate.now(clock);
    Integer left = null;
    boolean open = r.getStatus() == ReviewStatus.IN_REVIEW;
    if (open && !r.getDueOn().isBefore(today)) {
      try {
        left = majors.deadlines(r.getAgencyId()).calendar().workingDaysBetween(today, r.getDueOn());
      } catch (CalendarNotLoadedException e) {
        left = null;
      }
    }
    return new ReviewView(
        r.getId(),
        r.getCaseId(),
        c.getCaseNumber(),
        c.getTitle(),
        c.getAgency().getShortName(),
        r.getStatus().name(),
        r.getStatus().label,
        r.getSubmittedOn(),
        r.getDueOn(),
        r.getExtensionApprovedBy() != null,
        left,
        open && r.getDueOn().isBefore(today),
        r.getReviewer(),
        r.getConcludedOn(),
        r.getOpinion(),
        r.getChecks().stream().map(CheckView::of).toList());
  }
}
