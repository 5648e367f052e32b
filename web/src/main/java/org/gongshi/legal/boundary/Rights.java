package org.gongshi.legal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongshi.archive.entity.CaseDocument;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.legal.control.Deadlines;
import org.gongshi.legal.entity.CaseRights;
import org.gongshi.organisation.entity.AppUser;
import org.gongshi.organisation.entity.Role;
import org.gongshi.platform.Dates;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.security.CurrentUser;

/**
 * The party's rights before a decision (Arts. 44, 45, 63, 64): the penalty the advance notice
 * proposed, the statement-and-defence period and the hearing-request window counted in working days
 * from the notice, written waivers, and a requested hearing with its notice, date and record.
 */
@ApplicationScoped
@Transactional
public class Rights {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject MajorDecisions majors;

  static final Role[] WRITERS = {Role.CASE_OFFICER, Role.ADMIN};

  public record NoticeInput(String proposedPenalty) {}

  public record WaiverInput(String day, Long documentId) {}

  public record HearingRequestInput(String day) {}

  public record HearingInput(String notifiedOn, String heldOn, Long recordDocumentId) {}

  /** The windows as the case page shows them; a null end means the calendar is not loaded. */
  public record RightsView(
      long caseId,
      LocalDate noticeOn,
      String proposedPenalty,
      LocalDate statementEnds,
      LocalDate statementWaivedOn,
      boolean hearingRight,
      LocalDate hearingRequestEnds,
      LocalDate hearingWaivedOn,
      LocalDate hearingRequestedOn,
      LocalDate hearingNotifiedOn,
      LocalDate hearingOn,
      String calendarMissing) {}

  public RightsView view(long caseId) {
    return view(majors.readable(caseId));
  }

  RightsView view(EnforcementCase c) {
    CaseRights r = rightsOf(c.getId());
    LocalDate notice = c.getMilestones().get(MilestoneKind.ADVANCE_NOTICE);
    boolean hearingRight = majors.judge(c).hearingRight();
    LocalDate statementEnds = null;
    LocalDate hearingEnds = null;
    String missing = null;
    if (notice != null) {
      Deadlines d = majors.deadlines(c.getAgency().getId());
      try {
        statementEnds = d.statementEnds(notice);
        hearingEnds = hearingRight ? d.hearingRequestEnds(notice) : null;
      } catch (CalendarNotLoadedException e) {
        missing = e.getMessage();
      }
    }
    return new RightsView(
        c.getId(),
        notice,
        r == null ? null : r.getProposedPenalty(),
        statementEnds,
        r == null ? null : r.getStatementWaivedOn(),
        hearingRight,
        hearingEnds,
        r == null ? null : r.getHearingWaivedOn(),
        r == null ? null : r.getHearingRequestedOn(),
        r == null ? null : r.getHearingNotifiedOn(),
        r == null ? null : r.getHearingOn(),
        missing);
  }

  public RightsView recordNotice(long caseId, NoticeInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(caseId);
    String penalty = in == null || in.proposedPenalty() == null ? "" : in.proposedPenalty().strip();
    if (penalty.isEmpty() || penalty.length() > 1000)
      throw DomainException.invalid("proposedPenalty", "拟处罚内容须填写（不超过1000字），如 罚款人民币二万元");
    CaseRights r = rights(c.getId());
    r.propose(penalty);
    audit.append(
        user.getUsername(), "RECORD_PROPOSED_PENALTY", "Case", c.getId(), c.getId(), penalty);
    return view(c);
  }

  public RightsView waiveStatement(long caseId, WaiverInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(caseId);
    LocalDate day = waiverDay(c, in);
    long doc = document(c, in.documentId(), "documentId", "书面放弃陈述申辩的材料", null);
    rights(c.getId()).waiveStatement(day, doc);
    audit.append(
        user.getUsername(),
        "WAIVE_STATEMENT",
        "Case",
        c.getId(),
        c.getId(),
        day + " 当事人书面放弃陈述、申辩（文书 " + doc + "）");
    return view(c);
  }

  public RightsView waiveHearing(long caseId, WaiverInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(caseId);
    LocalDate day = waiverDay(c, in);
    long doc = document(c, in.documentId(), "documentId", "书面放弃听证的材料", null);
    CaseRights r = rights(c.getId());
    if (r.getHearingRequestedOn() != null)
      throw DomainException.conflict("day", "当事人已于 " + r.getHearingRequestedOn() + " 申请听证，须先举行听证");
    r.waiveHearing(day, doc);
    audit.append(
        user.getUsername(),
        "WAIVE_HEARING",
        "Case",
        c.getId(),
        c.getId(),
        day + " 当事人书面放弃听证（文书 " + doc + "）");
    return view(c);
  }

  public RightsView requestHearing(long caseId, HearingRequestInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(caseId);
    LocalDate day = Dates.requiredPast("day", in == null ? null : in.day());
    RightsView v = view(c);
    if (v.noticeOn() == null) throw DomainException.conflict("day", "尚未记录事先告知，不能登记听证申请");
    if (!v.hearingRight()) throw DomainException.conflict("day", "拟作出的处罚不属于行政处罚法第六十三条规定的可以要求听证的情形");
    if (day.isBefore(v.noticeOn()))
      throw DomainException.invalid("day", "听证申请日期不能早于事先告知日期（" + v.noticeOn() + "）");
    if (v.hearingRequestEnds() != null && day.isAfter(v.hearingRequestEnds()))
      throw DomainException.invalid(
          "day",
          "听证申请须在告知后"
              + majors.settingFor(c.getAgency().getId()).getHearingDays()
              + "个工作日内（截至 "
              + v.hearingRequestEnds()
              + "）提出");
    rights(c.getId()).requestHearing(day);
    audit.append(
        user.getUsername(), "REQUEST_HEARING", "Case", c.getId(), c.getId(), day + " 当事人申请听证");
    return view(c);
  }

  public RightsView holdHearing(long caseId, HearingInput in) {
    AppUser user = currentUser.require(WRITERS);
    EnforcementCase c = changeable(caseId);
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    CaseRights r = rights(c.getId());
    if (r.getHearingRequestedOn() == null)
      throw DomainException.conflict("heldOn", "当事人未申请听证，无需登记听证");
    LocalDate notified = Dates.requiredPast("notifiedOn", in.notifiedOn());
    LocalDate held = Dates.requiredPast("heldOn", in.heldOn());
    if (notified.isBefore(r.getHearingRequestedOn()))
      throw DomainException.invalid(
          "notifiedOn", "听证通知日期不能早于听证申请日期（" + r.getHearingRequestedOn() + "）");
    if (held.isBefore(Deadlines.earliestHearing(notified)))
      throw DomainException.invalid(
          "heldOn",
          "应当在举行听证的七日前通知当事人（行政处罚法第六十四条）："
              + notified
              + " 通知的听证最早于 "
              + Deadlines.earliestHearing(notified)
              + " 举行");
    long doc =
        document(c, in.recordDocumentId(), "recordDocumentId", "听证笔录", DocumentType.HEARING_RECORD);
    r.holdHearing(notified, held, doc);
    if (!c.getMilestones().containsKey(MilestoneKind.HEARING))
      c.recordMilestone(MilestoneKind.HEARING, held);
    audit.append(
        user.getUsername(),
        "RECORD_HEARING",
        "Case",
        c.getId(),
        c.getId(),
        notified + " 通知，" + held + " 举行听证，听证笔录文书 " + doc);
    return view(c);
  }

  /**
   * Problems that keep a decision on that day from being made: inside a window without a written
   * waiver, or a requested hearing not yet held. Empty when none.
   */
  List<String> problems(EnforcementCase c, LocalDate decidedOn) {
    List<String> out = new ArrayList<>();
    LocalDate notice = c.getMilestones().get(MilestoneKind.ADVANCE_NOTICE);
    if (notice == null) return out;
    CaseRights r = rightsOf(c.getId());
    var setting = majors.settingFor(c.getAgency().getId());
    Deadlines d = majors.deadlines(c.getAgency().getId());
    boolean hearingRight = majors.judge(c).hearingRight();
    try {
      LocalDate statementEnds = d.statementEnds(notice);
      if (!decidedOn.isAfter(statementEnds) && (r == null || r.getStatementWaivedOn() == null))
        out.add(
            "陈述、申辩期（告知后"
                + setting.getStatementDays()
                + "个工作日，至 "
                + statementEnds
                + "）未满，且当事人未书面放弃陈述、申辩");
      if (hearingRight) {
        LocalDate hearingEnds = d.hearingRequestEnds(notice);
        boolean requested = r != null && r.getHearingRequestedOn() != null;
        boolean waived = r != null && r.getHearingWaivedOn() != null;
        if (!requested && !waived && !decidedOn.isAfter(hearingEnds))
          out.add(
              "听证申请期（告知后"
                  + setting.getHearingDays()
                  + "个工作日，至 "
                  + hearingEnds
                  + "）未满，且当事人未书面放弃听证（行政处罚法第六十三条）");
        if (requested && (r.getHearingOn() == null || r.getHearingOn().isAfter(decidedOn)))
          out.add("当事人已申请听证，尚未举行听证");
      }
    } catch (CalendarNotLoadedException e) {
      out.add("无法计算陈述申辩和听证期限：" + e.getMessage());
    }
    return out;
  }

  private LocalDate waiverDay(EnforcementCase c, WaiverInput in) {
    if (in == null) throw DomainException.invalid(null, "请求体不能为空");
    LocalDate day = Dates.requiredPast("day", in.day());
    LocalDate notice = c.getMilestones().get(MilestoneKind.ADVANCE_NOTICE);
    if (notice == null) throw DomainException.conflict("day", "尚未记录事先告知，不能登记放弃权利");
    if (day.isBefore(notice))
      throw DomainException.invalid("day", "放弃日期不能早于事先告知日期（" + notice + "）");
    return day;
  }

  /** A document of this case holding a file; of the given type when one is named. */
  static long document(EnforcementCase c, Long id, String field, String what, DocumentType type) {
    if (id == null) throw DomainException.invalid(field, "请选择本案卷中的" + what + "（须已上传文件）");
    CaseDocument d =
        c.getDocuments().stream()
            .filter(x -> x.getId().equals(id))
            .findFirst()
            .orElseThrow(() -> DomainException.invalid(field, "文书（编号 " + id + "）不属于本案卷"));
    if (d.getFiles().isEmpty())
      throw DomainException.invalid(field, "文书“" + d.getTitle() + "”尚未上传文件");
    if (type != null && d.getType() != type)
      throw DomainException.invalid(field, what + "须为“" + type.label + "”类文书");
    if (type == null
        && Set.of(DocumentType.DECISION, DocumentType.SIMPLE_DECISION).contains(d.getType()))
      throw DomainException.invalid(field, "决定书不能作为" + what);
    return d.getId();
  }

  private EnforcementCase changeable(long caseId) {
    EnforcementCase c = majors.readable(caseId);
    c.requireChangeable();
    return c;
  }

  CaseRights rightsOf(long caseId) {
    return em.find(CaseRights.class, caseId);
  }

  private CaseRights rights(long caseId) {
    CaseRights r = rightsOf(caseId);
    if (r == null) {
      r = new CaseRights(caseId);
      em.persist(r);
    }
    return r;
  }
}
