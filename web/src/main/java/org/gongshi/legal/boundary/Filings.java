package org.gongshi.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.archive.entity.CaseDocument;
import org.gongshi.archive.entity.CaseStatus;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.legal.entity.FilingStatus;
import org.gongshi.legal.entity.MajorFiling;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.reports.ReportRenderer;
import org.gongshi.reports.model.FilingSummary;
import org.gongshi.security.CurrentUser;

/**
 * Filing (备案) of major decisions with the legal office of the region's government (DOMAIN.md §4):
 * the agency files within its deadline with materials from the case file; the legal office, scoped
 * to the agencies of its region, examines within its time limit and accepts or requires
 * corrections, which the agency answers. The office's workspace shows what was filed on time, late
 * (迟报), is overdue (漏报) or was never filed (不报).
 */
@ApplicationScoped
@Transactional
public class Filings {
  @Inject Clock clock;
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject MajorDecisions majors;
  private final ReportRenderer renderer = new ReportRenderer();

  /** Materials a filing needs from the case file (DOMAIN.md §4), then those it takes if present. */
  static final List<DocumentType> REQUIRED =
      List.of(
          DocumentType.INVESTIGATION_END_REPORT,
          DocumentType.LEGAL_REVIEW_OPINION,
          DocumentType.DECISION);

  static final List<DocumentType> OPTIONAL =
      List.of(
          DocumentType.CLOSING_REPORT,
          DocumentType.ADVANCE_NOTICE,
          DocumentType.HEARING_RECORD,
          DocumentType.FILING_APPROVAL,
          DocumentType.COLLECTIVE_DISCUSSION);

  public record Material(long documentId, String type, String title) {}

  public record FilingView(
      long id,
      long caseId,
      String caseNumber,
      String decisionNumber,
      long agencyId,
      String agency,
      LocalDate decidedOn,
      LocalDate dueOn,
      LocalDate filedOn,
      boolean late,
      String status,
      String statusLabel,
      LocalDate examineDueOn,
      LocalDate examinedOn,
      String reasons,
      String answer,
      LocalDate answeredOn,
      List<Material> materials) {}

  public record ExaminationInput(String result, String reasons) {}

  public record AnswerInput(String answer) {}

  /** A major decision not (yet) filed. */
  public record Unfiled(
      long caseId,
      String caseNumber,
      String decisionNumber,
      LocalDate decidedOn,
      LocalDate dueOn,
      String caseStatus) {}

  /** One agency's lists in the legal office's workspace. */
  public record AgencyFilings(
      long agencyId,
      String agency,
      List<FilingView> onTime,
      List<FilingView> late,
      List<Unfiled> overdue,
      List<Unfiled> neverFiled,
      List<Unfiled> notYetDue,
      List<FilingView> waiting) {}

  public record YearFigures(String agency, FilingSummary.Row row) {}

  // --- the agency ---------------------------------------------------------------------------

  public FilingView file(long caseId) {
    AppUser user = currentUser.require(Role.CASE_OFFICER, Role.ADMIN);
    EnforcementCase c = majors.readable(caseId);
    LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
    if (decided == null || c.getDecisionNumber() == null)
      throw DomainException.conflict("caseId", "本案尚未作出处罚决定，备案须在决定之后");
    if (!majors.isMajor(c))
      throw DomainException.conflict(
          "caseId", "本案不属于重大行政处罚决定，不能备案：按" + majors.view(c).rule() + "不构成重大，也未被标记为重大案件");
    for (MajorFiling f : ofCaseRaw(caseId)) {
      if (f.getStatus() == FilingStatus.ACCEPTED)
        throw DomainException.conflict("caseId", "本案已于 " + f.getExaminedOn() + " 准予备案，同一决定不能重复备案");
      throw DomainException.conflict(
          "caseId", "本案已于 " + f.getFiledOn() + " 报送备案（" + f.getStatus().label + "），请在原备案上答复审查意见");
    }
    Map<DocumentType, CaseDocument> docs = new LinkedHashMap<>();
    for (CaseDocument d : c.getDocuments())
      if (!d.getFiles().isEmpty()) docs.putIfAbsent(d.getType(), d);
    List<String> missing =
        REQUIRED.stream().filter(t -> !docs.containsKey(t)).map(t -> t.label).toList();
    if (!missing.isEmpty())
      throw DomainException.conflict("documents", "备案材料须取自案卷，案卷中缺少：" + String.join("、", missing));
    List<Long> materials = new ArrayList<>();
    for (DocumentType t : REQUIRED) materials.add(docs.get(t).getId());
    for (DocumentType t : OPTIONAL) if (docs.containsKey(t)) materials.add(docs.get(t).getId());
    LocalDate today = LocalDate.now(clock);
    LocalDate due = majors.filingDue(c, decided);
    LocalDate examineDue = examinationDue(c.getAgency().getId(), today);
    MajorFiling f =
        new MajorFiling(
            caseId,
            c.getAgency().getId(),
            decided,
            due,
            today,
            user.getUsername(),
            String.join(",", materials.stream().map(String::valueOf).toList()),
            examineDue);
    em.persist(f);
    em.flush();
    audit.append(
        user.getUsername(),
        "FILE_MAJOR_DECISION",
        "MajorFiling",
        f.getId(),
        caseId,
        "报送备案（"
            + (f.isLate() ? "迟报，期限至 " + due : "期限内，期限至 " + due)
            + "），材料 "
            + materials.size()
            + " 份");
    return view(f, c);
  }

  public FilingView answer(long filingId, AnswerInput in) {
    AppUser user = currentUser.require(Role.CASE_OFFICER, Role.ADMIN);
    MajorFiling f = filing(filingId);
    currentUser.requireAgency(f.getAgencyId(), "未找到该备案");
    if (f.getStatus() != FilingStatus.CORRECTIONS_REQUIRED)
      throw DomainException.conflict("status", "只有被责令纠正的备案需要答复，当前：" + f.getStatus().label);
    String answer = in == null || in.answer() == null ? "" : in.answer().strip();
    if (answer.isEmpty() || answer.length() > 2000)
      throw DomainException.invalid("answer", "请填写纠正情况说明（不超过2000字）");
    LocalDate today = LocalDate.now(clock);
    f.answer(answer, today, examinationDue(f.getAgencyId(), today));
    audit.append(
        user.getUsername(), "ANSWER_FILING", "MajorFiling", f.getId(), f.getCaseId(), answer);
    return view(f, em.find(EnforcementCase.class, f.getCaseId()));
  }

  public List<FilingView> ofCase(long caseId) {
    EnforcementCase c = majors.readable(caseId);
    return ofCaseRaw(caseId).stream().map(f -> view(f, c)).toList();
  }

  // --- the legal office ---------------------------------------------------------------------

  public FilingView get(long filingId) {
    AppUser user = currentUser.require();
    MajorFiling f = filing(filingId);
    if (user.getRoles().contains(Role.LEGAL_OFFICE)) requireRegion(user, f.getAgencyId());
    else currentUser.requireAgency(f.getAgencyId(), "未找到该备案");
    return view(f, em.find(EnforcementCase.class, f.getCaseId()));
  }

  public FilingView examine(long filingId, ExaminationInput in) {
    AppUser user = currentUser.require(Role.LEGAL_OFFICE);
    MajorFiling f = filing(filingId);
    requireRegion(user, f.getAgencyId());
    if (f.getStatus() != FilingStatus.SUBMITTED)
      throw DomainException.conflict("status", "该备案已审查（" + f.getStatus().label + "），待机关答复后再审查");
    FilingStatus result;
    try {
      result = FilingStatus.valueOf(in == null || in.result() == null ? "" : in.result().trim());
    } catch (IllegalArgumentException e) {
      result = null;
    }
    if (result == null || result == FilingStatus.SUBMITTED)
      throw DomainException.invalid(
          "result", "审查结果须为 ACCEPTED（准予备案）或 CORRECTIONS_REQUIRED（责令纠正/补正）");
    String reasons = in.reasons() == null ? "" : in.reasons().strip();
    if (result == FilingStatus.CORRECTIONS_REQUIRED
        && (reasons.length() < 4 || reasons.length() > 2000))
      throw DomainException.invalid("reasons", "责令纠正须写明理由和纠正要求（4至2000字）");
    if (reasons.length() > 2000) throw DomainException.invalid("reasons", "审查意见不超过2000字");
    f.examine(result, user.getUsername(), LocalDate.now(clock), reasons.isEmpty() ? null : reasons);
    audit.append(
        user.getUsername(),
        "EXAMINE_FILING",
        "MajorFiling",
        f.getId(),
        f.getCaseId(),
        result.label + (reasons.isEmpty() ? "" : "：" + reasons));
    return view(f, em.find(EnforcementCase.class, f.getCaseId()));
  }

  /** The agencies the caller oversees: a legal office its region's, an administrator all. */
  public List<Agency> overseenAgencies() {
    AppUser user = currentUser.require(Role.LEGAL_OFFICE, Role.ADMIN);
    List<Agency> all = em.createNamedQuery(Agency.ALL, Agency.class).getResultList();
    if (!user.getRoles().contains(Role.LEGAL_OFFICE)) return all;
    String region = user.getRegion();
    if (region == null || region.isBlank()) return List.of();
    return all.stream().filter(a -> inRegion(a, region)).toList();
  }

  /** The region as the caller's pages name it. */
  public String scopeName() {
    AppUser user = currentUser.require(Role.LEGAL_OFFICE, Role.ADMIN);
    if (!user.getRoles().contains(Role.LEGAL_OFFICE)) return "全部机关";
    return user.getRegion() == null || user.getRegion().isBlank() ? "（未设置辖区）" : user.getRegion();
  }

  /** The workspace: per agency, the decisions of the year so far and their filing state. */
  public List<AgencyFilings> workspace(int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    LocalDate today = LocalDate.now(clock);
    List<AgencyFilings> out = new ArrayList<>();
    for (Agency a : overseenAgencies()) out.add(lists(a, from, to, today));
    return out;
  }

  AgencyFilings lists(Agency a, LocalDate from, LocalDate to, LocalDate today) {
    List<FilingView> onTime = new ArrayList<>();
    List<FilingView> late = new ArrayList<>();
    List<FilingView> waiting = new ArrayList<>();
    List<Unfiled> overdue = new ArrayList<>();
    List<Unfiled> never = new ArrayList<>();
    List<Unfiled> notYet = new ArrayList<>();
    Map<Long, List<MajorFiling>> filings = new LinkedHashMap<>();
    for (MajorFiling f :
        em.createNamedQuery(MajorFiling.BY_AGENCIES, MajorFiling.class)
            .setParameter("agencyIds", List.of(a.getId()))
            .getResultList()) filings.computeIfAbsent(f.getCaseId(), k -> new ArrayList<>()).add(f);
    for (EnforcementCase c : decided(a.getId(), from, to)) {
      List<MajorFiling> fs = filings.get(c.getId());
      if (fs != null) {
        MajorFiling f = fs.get(fs.size() - 1);
        FilingView v = view(f, c);
        (f.isLate() ? late : onTime).add(v);
        if (f.getStatus() == FilingStatus.SUBMITTED) waiting.add(v);
        continue;
      }
      if (!majors.isMajor(c)) continue;
      LocalDate decided = c.getMilestones().get(MilestoneKind.DECIDED);
      LocalDate due = majors.filingDue(c, decided);
      Unfiled u =
          new Unfiled(
              c.getId(),
              c.getCaseNumber(),
              c.getDecisionNumber(),
              decided,
              due,
              c.getStatus().label);
      if (!due.isBefore(today)) notYet.add(u);
      else if (c.getStatus() == CaseStatus.OPEN) overdue.add(u);
      else never.add(u);
    }
    return new AgencyFilings(a.getId(), a.getName(), onTime, late, overdue, never, notYet, waiting);
  }

  /** Figures per agency for decisions made in [from, to]. */
  public FilingSummary summary(LocalDate from, LocalDate to, String period) {
    LocalDate today = LocalDate.now(clock);
    List<FilingSummary.Row> rows = new ArrayList<>();
    for (Agency a : overseenAgencies()) {
      AgencyFilings l = lists(a, from, to, today);
      List<FilingView> filed = new ArrayList<>(l.onTime());
      filed.addAll(l.late());
      int accepted = (int) filed.stream().filter(f -> f.status().equals("ACCEPTED")).count();
      int corrections =
          (int) filed.stream().filter(f -> f.status().equals("CORRECTIONS_REQUIRED")).count();
      rows.add(
          new FilingSummary.Row(
              a.getName(),
              filed.size() + l.overdue().size() + l.neverFiled().size() + l.notYetDue().size(),
              l.onTime().size(),
              l.late().size(),
              l.overdue().size(),
              l.neverFiled().size(),
              l.notYetDue().size(),
              l.waiting().size(),
              accepted,
              corrections));
    }
    return new FilingSummary(scopeName(), period, today, rows);
  }

  public byte[] monthlyPdf(YearMonth month) {
    return renderer.filingSummaryPdf(monthly(month));
  }

  public byte[] monthlyXlsx(YearMonth month) {
    return renderer.filingSummaryXlsx(monthly(month));
  }

  private FilingSummary monthly(YearMonth month) {
    return summary(
        month.atDay(1), month.atEndOfMonth(), month.getYear() + "年" + month.getMonthValue() + "月");
  }

  // --- helpers ------------------------------------------------------------------------------

  List<EnforcementCase> decided(long agencyId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT c FROM EnforcementCase c JOIN c.milestones m WHERE c.agency.id = :agencyId"
                + " AND KEY(m) = :decided AND VALUE(m) BETWEEN :from AND :to ORDER BY VALUE(m), c.id",
            EnforcementCase.class)
        .setParameter("agencyId", agencyId)
        .setParameter("decided", MilestoneKind.DECIDED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private LocalDate examinationDue(long agencyId, LocalDate filed) {
    try {
      return majors.deadlines(agencyId).examinationDue(filed);
    } catch (CalendarNotLoadedException e) {
      return filed.plusDays(majors.settingFor(agencyId).getExaminationDays());
    }
  }

  static boolean inRegion(Agency a, String region) {
    return a.getRegion() != null && a.getRegion().startsWith(region);
  }

  private void requireRegion(AppUser user, long agencyId) {
    Agency a = em.find(Agency.class, agencyId);
    String region = user.getRegion();
    if (region == null || region.isBlank())
      throw DomainException.forbidden("您的账号未设置辖区，不能审查备案；请系统管理员为司法局账号设置辖区");
    if (a == null || !inRegion(a, region))
      throw DomainException.forbidden("备案审查仅限本辖区（" + region + "）执法机关报送的备案；该备案不属于您的辖区");
  }

  private MajorFiling filing(long id) {
    MajorFiling f = em.find(MajorFiling.class, id);
    if (f == null) throw DomainException.notFound("未找到该备案");
    return f;
  }

  private List<MajorFiling> ofCaseRaw(long caseId) {
    return em.createNamedQuery(MajorFiling.BY_CASE, MajorFiling.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  FilingView view(MajorFiling f, EnforcementCase c) {
    Set<Long> ids = new java.util.LinkedHashSet<>();
    for (String s : f.getMaterials().split(",")) if (!s.isBlank()) ids.add(Long.valueOf(s));
    List<Material> materials = new ArrayList<>();
    for (Long id : ids) {
      CaseDocument d = em.find(CaseDocument.class, id);
      if (d != null) materials.add(new Material(d.getId(), d.getType().label, d.getTitle()));
    }
    return new FilingView(
        f.getId(),
        f.getCaseId(),
        c.getCaseNumber(),
        c.getDecisionNumber(),
        f.getAgencyId(),
        c.getAgency().getName(),
        f.getDecidedOn(),
        f.getDueOn(),
        f.getFiledOn(),
        f.isLate(),
        f.getStatus().name(),
        f.getStatus().label,
        f.getExamineDueOn(),
        f.getExaminedOn(),
        f.getReasons(),
        f.getAnswer(),
        f.getAnsweredOn(),
        materials);
  }
}
