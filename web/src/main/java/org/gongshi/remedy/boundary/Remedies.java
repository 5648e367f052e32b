package org.gongshi.remedy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Dates;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.remedy.control.RemedyRules;
import org.gongshi.remedy.entity.CaseRemedy;
import org.gongshi.remedy.entity.RemedyKind;
import org.gongshi.remedy.entity.RemedyOutcome;
import org.gongshi.security.CurrentUser;

/**
 * Reconsiderations and suits against a case's decision. Allowed on sealed cases too: they come
 * weeks or months after the decision, usually after the file is sealed, and they change nothing in
 * the frozen file (a record beside it, audited like an annotation).
 */
@ApplicationScoped
@Transactional
public class Remedies {
  @Inject Clock clock;
  static final Role[] WRITERS = {Role.CASE_OFFICER, Role.LEGAL_REVIEWER, Role.ADMIN};

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  public record RemedyInput(
      String kind, String filedOn, String body, String outcome, String decidedOn, String note) {}

  public record OutcomeInput(String outcome, String decidedOn, String note) {}

  public record RemedyView(
      long id,
      long caseId,
      RemedyKind kind,
      String kindLabel,
      LocalDate filedOn,
      String body,
      RemedyOutcome outcome,
      String outcomeLabel,
      LocalDate decidedOn,
      String note,
      String recordedBy,
      Instant recordedAt) {
    static RemedyView of(CaseRemedy r) {
      return new RemedyView(
          r.getId(),
          r.getCaseId(),
          r.getKind(),
          r.getKind().label,
          r.getFiledOn(),
          r.getBody(),
          r.getOutcome(),
          r.getOutcome().label,
          r.getDecidedOn(),
          r.getNote(),
          r.getRecordedBy(),
          r.getRecordedAt());
    }
  }

  public List<RemedyView> list(long caseId) {
    currentUser.require();
    caseOf(caseId);
    return em.createNamedQuery(CaseRemedy.BY_CASE, CaseRemedy.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .map(RemedyView::of)
        .toList();
  }

  public RemedyView record(long caseId, RemedyInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = caseOf(caseId);
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
    if (decided == null) {
      throw DomainException.conflict("milestones.DECIDED", "案件尚未作出处罚决定，不能登记行政复议或行政诉讼");
    }
    RemedyKind kind =
        parse(RemedyKind.class, "kind", in.kind(), "RECONSIDERATION（行政复议）、LITIGATION（行政诉讼）");
    LocalDate filed = Dates.requiredPast("filedOn", in.filedOn());
    LocalDate today = LocalDate.now(clock);
    RemedyRules.checkFiled(filed, decided, today);
    String body =
        text(
            "body",
            in.body(),
            200,
            kind == RemedyKind.RECONSIDERATION ? "复议机关，如 金华市金东区人民政府" : "受理法院，如 金华市金东区人民法院");
    RemedyOutcome outcome =
        in.outcome() == null || in.outcome().isBlank()
            ? RemedyOutcome.PENDING
            : parse(RemedyOutcome.class, "outcome", in.outcome(), outcomes());
    LocalDate decidedOn = Dates.optionalPast("decidedOn", in.decidedOn());
    RemedyRules.checkOutcome(outcome, decidedOn, filed, today);
    CaseRemedy r =
        new CaseRemedy(
            c.getId(), c.getAgency().getId(), kind, filed, body, user.getUsername(), Instant.now());
    r.conclude(outcome, decidedOn, optionalText("note", in.note(), 2000));
    em.persist(r);
    em.flush();
    audit.append(
        user.getUsername(),
        "RECORD_REMEDY",
        "Remedy",
        r.getId(),
        c.getId(),
        kind.label
            + "："
            + filed
            + " 向 "
            + body
            + " 提出，结果 "
            + outcome.label
            + (decidedOn == null ? "" : "（" + decidedOn + "）"));
    return RemedyView.of(r);
  }

  public RemedyView conclude(long caseId, long remedyId, OutcomeInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = caseOf(caseId);
    CaseRemedy r = em.find(CaseRemedy.class, remedyId);
    if (r == null || r.getCaseId() != c.getId())
      throw DomainException.notFound("本案没有编号为 " + remedyId + " 的复议或诉讼记录");
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    RemedyOutcome outcome = parse(RemedyOutcome.class, "outcome", in.outcome(), outcomes());
    LocalDate decidedOn = Dates.optionalPast("decidedOn", in.decidedOn());
    RemedyRules.checkOutcome(outcome, decidedOn, r.getFiledOn(), LocalDate.now(clock));
    RemedyOutcome before = r.getOutcome();
    r.conclude(outcome, decidedOn, optionalText("note", in.note(), 2000));
    audit.append(
        user.getUsername(),
        "CONCLUDE_REMEDY",
        "Remedy",
        r.getId(),
        c.getId(),
        r.getKind().label
            + "结果："
            + before.label
            + " → "
            + outcome.label
            + (decidedOn == null ? "" : "（" + decidedOn + "）"));
    return RemedyView.of(r);
  }

  private EnforcementCase caseOf(long caseId) {
    EnforcementCase c = em.find(EnforcementCase.class, caseId);
    if (c == null) throw DomainException.notFound("未找到该案件，或不属于您所在的执法机关");
    currentUser.requireAgency(c.getAgency());
    return c;
  }

  private static String outcomes() {
    return String.join(
        "、",
        Arrays.stream(RemedyOutcome.values()).map(o -> o.name() + "（" + o.label + "）").toList());
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value, String allowed) {
    if (value == null || value.isBlank())
      throw DomainException.invalid(field, "请填写 " + field + "，可选：" + allowed);
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, "“" + value + "”不是可选值，可选：" + allowed);
    }
  }

  private static String text(String field, String value, int max, String example) {
    if (value == null || value.isBlank())
      throw DomainException.invalid(field, "请填写 " + field + "：" + example);
    return optionalText(field, value, max);
  }

  private static String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) return null;
    String v = value.trim();
    if (v.length() > max)
      throw DomainException.invalid(field, field + " 最多 " + max + " 字，实为 " + v.length() + " 字");
    return v;
  }
}
