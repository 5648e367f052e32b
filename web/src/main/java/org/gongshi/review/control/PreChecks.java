package org.gongshi.review.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongshi.archive.control.CaseRules;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.calendar.control.WorkingCalendar;

/**
 * Automatic pre-checks of a file before a human scores it (DOMAIN.md §2–§5). Each check either
 * trips (a defect with its evidence and a proposed deduction or veto), passes, or is not run
 * because the file or a connected feature lacks what it needs; it never guesses.
 */
public final class PreChecks {
  /**
   * Days the parties have to state, defend or ask for a hearing after the notice (Arts. 44, 63).
   */
  public static final int RIGHTS_WORKING_DAYS = 5;

  /** The agency gives 7 days' notice of a hearing (Art. 64). */
  public static final int HEARING_NOTICE_DAYS = 7;

  public enum State {
    TRIPPED("发现问题"),
    CLEAR("未发现问题"),
    NOT_RUN("未检查");

    public final String label;

    State(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  /** One check's result; item and veto are the default standard's codes the reviewer may apply. */
  public record Finding(
      String code,
      String label,
      State state,
      String message,
      String evidence,
      Long documentId,
      String itemCode,
      BigDecimal deduction,
      String vetoCode) {}

  /** The checks, in the order the page lists them: code and Chinese label. */
  public static final List<String[]> CHECKS =
      List.of(
          new String[] {"DOCUMENTS", "必备文书"},
          new String[] {"OFFICERS", "执法人员人数"},
          new String[] {"CERTIFICATES", "执法证件有效期"},
          new String[] {"DECISION_DAYS", "90 日内作出决定"},
          new String[] {"ADVANCE_NOTICE", "事先告知"},
          new String[] {"RIGHTS_WINDOW", "陈述申辩和听证期限"},
          new String[] {"MAJOR_REVIEW", "重大案件法制审核和集体讨论"},
          new String[] {"DISCRETION", "裁量基准"},
          new String[] {"SIMPLE_LIMITS", "简易程序适用范围"},
          new String[] {"PUBLICATION", "处罚决定公示"},
          new String[] {"WITHDRAWAL", "撤回公示"},
          new String[] {"LIMITATION", "追责时效"});

  private PreChecks() {}

  public static List<Finding> run(CaseFacts f, WorkingCalendar cal) {
    List<Finding> out = new ArrayList<>();
    out.add(documents(f));
    out.add(officers(f));
    out.add(certificates(f));
    out.add(decisionDays(f));
    out.add(advanceNotice(f));
    out.add(rightsWindow(f, cal));
    out.add(major(f));
    out.add(discretion(f));
    out.add(simpleLimits(f));
    out.add(publication(f));
    out.add(withdrawal(f));
    out.add(limitation(f));
    return out;
  }

  static Finding documents(CaseFacts f) {
    Set<DocumentType> missing = EnumSet.copyOf(DocumentType.requiredFor(f.procedure()));
    missing.removeAll(f.documents().keySet());
    if (missing.isEmpty()) return clear("DOCUMENTS", f.procedure().label + "必备文书齐全");
    List<String> names = missing.stream().map(t -> t.label).toList();
    return tripped(
        "DOCUMENTS",
        "缺少" + f.procedure().label + "必备文书：" + String.join("、", names),
        "卷内文书 " + f.documents().size() + " 种",
        null,
        "F2",
        BigDecimal.valueOf(Math.min(3, missing.size())),
        null);
  }

  static Finding officers(CaseFacts f) {
    int n = f.officers().size();
    if (n >= 2) return clear("OFFICERS", "执法人员 " + n + " 人");
    return tripped(
        "OFFICERS",
        "执法人员仅 " + n + " 人，少于法定的两人（行政处罚法第四十二条）",
        "办案人员：" + names(f),
        null,
        "C1",
        new BigDecimal("8"),
        "FEWER_THAN_TWO_OFFICERS");
  }

  static Finding certificates(CaseFacts f) {
    LocalDate filed = f.milestones().get(MilestoneKind.FILED);
    LocalDate decided = f.milestones().get(MilestoneKind.DECIDED);
    LocalDate last = decided != null ? decided : filed;
    if (last == null) return notRun("CERTIFICATES", "案卷未记录立案或决定日期");
    List<String> bad = new ArrayList<>();
    for (CaseFacts.OfficerFact o : f.officers()) {
      if (o.validUntil() == null) bad.add(o.name() + "（证号 " + o.certificateNo() + " 无有效期记录）");
      else if (o.validUntil().isBefore(last))
        bad.add(o.name() + "（证号 " + o.certificateNo() + "，有效期至 " + o.validUntil() + "）");
    }
    if (bad.isEmpty()) return clear("CERTIFICATES", "执法证件在 " + last + " 均有效");
    return tripped(
        "CERTIFICATES",
        "执法证件在办案日期 " + last + " 已失效：" + String.join("、", bad),
        (filed == null ? "" : "立案 " + filed + "；") + (decided == null ? "" : "决定 " + decided),
        null,
        "C1",
        new BigDecimal("8"),
        "UNQUALIFIED_OFFICER");
  }

  static Finding decisionDays(CaseFacts f) {
    LocalDate filed = f.milestones().get(MilestoneKind.FILED);
    LocalDate decided = f.milestones().get(MilestoneKind.DECIDED);
    if (f.procedure() == Procedure.SIMPLE) return clear("DECISION_DAYS", "简易程序当场作出决定，不适用");
    if (filed == null || decided == null) return notRun("DECISION_DAYS", "案卷未记录立案或决定日期");
    long days = ChronoUnit.DAYS.between(filed, decided);
    int ext = f.extensionDays() == null ? 0 : f.extensionDays();
    int allowed = CaseRules.DECISION_DAYS + ext;
    String evidence = "立案 " + filed + "；决定 " + decided + (ext > 0 ? "；经批准延长 " + ext + " 日" : "");
    if (days <= allowed)
      return clear("DECISION_DAYS", "立案后第 " + days + " 日作出决定（期限 " + allowed + " 日）");
    return tripped(
        "DECISION_DAYS",
        "立案后第 " + days + " 日才作出决定，超过 " + allowed + " 日" + (ext > 0 ? "" : "且无延期批准"),
        evidence,
        f.documents().get(DocumentType.DECISION),
        "C5",
        new BigDecimal("4"),
        null);
  }

  static Finding advanceNotice(CaseFacts f) {
    if (f.procedure() == Procedure.SIMPLE) return clear("ADVANCE_NOTICE", "简易程序当场告知，不适用");
    LocalDate notice = f.milestones().get(MilestoneKind.ADVANCE_NOTICE);
    LocalDate decided = f.milestones().get(MilestoneKind.DECIDED);
    Long doc = f.documents().get(DocumentType.ADVANCE_NOTICE);
    if (decided == null) return notRun("ADVANCE_NOTICE", "案卷未记录决定日期");
    if (notice == null || doc == null)
      return tripped(
          "ADVANCE_NOTICE",
          notice == null ? "未记录事先告知，决定前未告知当事人陈述、申辩权" : "卷内没有行政处罚事先告知书",
          "决定 " + decided,
          f.documents().get(DocumentType.DECISION),
          "C5",
          new BigDecimal("6"),
          "UNLAWFUL_PROCEDURE");
    if (!notice.isBefore(decided))
      return tripped(
          "ADVANCE_NOTICE",
          "事先告知（" + notice + "）不早于处罚决定（" + decided + "）",
          "告知 " + notice + "；决定 " + decided,
          doc,
          "C5",
          new BigDecimal("6"),
          "UNLAWFUL_PROCEDURE");
    return clear("ADVANCE_NOTICE", "告知 " + notice + "，早于决定 " + decided);
  }

  static Finding rightsWindow(CaseFacts f, WorkingCalendar cal) {
    if (f.procedure() == Procedure.SIMPLE) return clear("RIGHTS_WINDOW", "简易程序，不适用");
    LocalDate notice = f.milestones().get(MilestoneKind.ADVANCE_NOTICE);
    LocalDate decided = f.milestones().get(MilestoneKind.DECIDED);
    LocalDate hearing = f.milestones().get(MilestoneKind.HEARING);
    if (notice == null || decided == null || !notice.isBefore(decided))
      return notRun("RIGHTS_WINDOW", "没有早于决定的事先告知日期（见“事先告知”）");
    if (!cal.isLoaded(notice.getYear()) || !cal.isLoaded(decided.getYear()))
      return notRun("RIGHTS_WINDOW", notice.getYear() + " 年节假日数据未载入，无法计算工作日");
    if (hearing != null) {
      long gap = ChronoUnit.DAYS.between(notice, hearing);
      if (gap < HEARING_NOTICE_DAYS)
        return tripped(
            "RIGHTS_WINDOW",
            "告知后第 " + gap + " 日即举行听证，不足 7 日的听证通知期",
            "告知 " + notice + "；听证 " + hearing,
            f.documents().get(DocumentType.HEARING_RECORD),
            "C5",
            new BigDecimal("4"),
            null);
      if (hearing.isAfter(decided))
        return tripped(
            "RIGHTS_WINDOW",
            "听证（" + hearing + "）晚于处罚决定（" + decided + "）",
            "听证 " + hearing + "；决定 " + decided,
            f.documents().get(DocumentType.HEARING_RECORD),
            "C5",
            new BigDecimal("4"),
            null);
      return clear("RIGHTS_WINDOW", "告知后 " + gap + " 日听证，听证后作出决定");
    }
    LocalDate end = cal.addWorkingDays(notice, RIGHTS_WORKING_DAYS);
    if (decided.isAfter(end)) return clear("RIGHTS_WINDOW", "陈述申辩期限 " + end + " 届满后作出决定");
    return tripped(
        "RIGHTS_WINDOW",
        "告知后 " + RIGHTS_WORKING_DAYS + " 个工作日的陈述、申辩和听证申请期限（至 " + end + "）未满即作出决定",
        "告知 " + notice + "；决定 " + decided,
        f.documents().get(DocumentType.ADVANCE_NOTICE),
        "C5",
        new BigDecimal("4"),
        null);
  }

  static Finding major(CaseFacts f) {
    CaseFacts.MajorFact m = f.majorWithoutReview();
    if (m == null) return notRun("MAJOR_REVIEW", "未接入：重大执法决定（法制审核、集体讨论）功能尚未接入，本项由评查员人工核对");
    if (!m.major()) return clear("MAJOR_REVIEW", "非重大案件");
    if (!m.missing()) return clear("MAJOR_REVIEW", "重大案件已经法制审核和集体讨论");
    return tripped(
        "MAJOR_REVIEW",
        "重大案件" + m.detail(),
        m.detail(),
        f.documents().get(DocumentType.DECISION),
        "C5",
        new BigDecimal("6"),
        "UNLAWFUL_PROCEDURE");
  }

  static Finding discretion(CaseFacts f) {
    CaseFacts.Discretion d = f.discretion();
    if (d == null) return notRun("DISCRETION", "案件未适用权责清单裁量档次");
    if (!d.outside()) return clear("DISCRETION", d.message());
    if (d.reasoned()) return clear("DISCRETION", "超出裁量档次，已附书面理由：" + d.message());
    return tripped(
        "DISCRETION",
        "罚款超出裁量档次且未说明理由：" + d.message(),
        "罚款 " + f.totalFine().toPlainString() + " 元",
        f.documents().get(DocumentType.DECISION),
        "C6",
        new BigDecimal("5"),
        null);
  }

  static Finding simpleLimits(CaseFacts f) {
    if (f.procedure() != Procedure.SIMPLE) return clear("SIMPLE_LIMITS", "普通程序，不适用");
    BigDecimal limit =
        f.organisationParty() ? CaseRules.SIMPLE_LIMIT_ORGANISATION : CaseRules.SIMPLE_LIMIT_PERSON;
    List<String> beyond = new ArrayList<>();
    for (PenaltyKind k : f.penaltyKinds())
      if (k != PenaltyKind.WARNING && k != PenaltyKind.FINE) beyond.add(k.label);
    if (f.totalFine().compareTo(limit) > 0)
      beyond.add("罚款 " + f.totalFine().toPlainString() + " 元超过 " + limit.toPlainString() + " 元");
    if (beyond.isEmpty()) return clear("SIMPLE_LIMITS", "警告或小额罚款，在简易程序范围内");
    return tripped(
        "SIMPLE_LIMITS",
        "超出简易程序适用范围（行政处罚法第五十一条）：" + String.join("、", beyond),
        (f.organisationParty() ? "单位" : "个人") + "当事人，限额 " + limit.toPlainString() + " 元",
        f.documents().get(DocumentType.SIMPLE_DECISION),
        "C5",
        new BigDecimal("6"),
        "UNLAWFUL_PROCEDURE");
  }

  static Finding publication(CaseFacts f) {
    CaseFacts.Publication p = f.publication();
    if (p == null) {
      return f.milestones().get(MilestoneKind.DECIDED) == null
          ? notRun("PUBLICATION", "案卷未记录决定日期")
          : notRun("PUBLICATION", "没有该决定的公示记录");
    }
    if (!p.required()) return clear("PUBLICATION", "依法不予公示（" + p.status() + "）");
    if (p.publishedOn() == null) {
      if (p.deadline() != null && f.today().isAfter(p.deadline()))
        return tripped(
            "PUBLICATION",
            "公示期限 " + p.deadline() + " 已过，决定仍未公示",
            "公示状态：" + p.status(),
            f.documents().get(DocumentType.DECISION),
            "C5",
            new BigDecimal("2"),
            null);
      return clear("PUBLICATION", "尚在公示期限内（至 " + p.deadline() + "）");
    }
    if (p.deadline() != null && p.publishedOn().isAfter(p.deadline()))
      return tripped(
          "PUBLICATION",
          "于 " + p.publishedOn() + " 公示，晚于期限 " + p.deadline(),
          "决定后 7 个工作日内公示",
          f.documents().get(DocumentType.DECISION),
          "C5",
          new BigDecimal("2"),
          null);
    return clear("PUBLICATION", "于 " + p.publishedOn() + " 公示，在期限 " + p.deadline() + " 内");
  }

  static Finding withdrawal(CaseFacts f) {
    CaseFacts.Publication p = f.publication();
    if (p == null || p.withdrawalDeadline() == null) return clear("WITHDRAWAL", "决定未变更，无须撤回公示");
    LocalDate by = p.withdrawalDeadline();
    if (p.withdrawnOn() == null && f.today().isAfter(by))
      return tripped(
          "WITHDRAWAL",
          "决定变更后应于 " + by + " 前撤回公示，至今未撤回",
          "公示状态：" + p.status(),
          null,
          "C5",
          new BigDecimal("2"),
          null);
    if (p.withdrawnOn() != null && p.withdrawnOn().isAfter(by))
      return tripped(
          "WITHDRAWAL",
          "于 " + p.withdrawnOn() + " 撤回公示，晚于期限 " + by,
          "撤回期限：决定变更后 3 个工作日",
          null,
          "C5",
          new BigDecimal("2"),
          null);
    return clear(
        "WITHDRAWAL",
        p.withdrawnOn() == null ? "撤回期限 " + by + " 未到" : "于 " + p.withdrawnOn() + " 按期撤回");
  }

  static Finding limitation(CaseFacts f) {
    LocalDate filed = f.milestones().get(MilestoneKind.FILED);
    if (f.actDay() == null) return notRun("LIMITATION", "案卷未记录违法行为发生日期，无法核对追责时效");
    if (filed == null) return notRun("LIMITATION", "案卷未记录立案日期");
    LocalDate end = f.actDay().plusYears(2);
    if (!filed.isAfter(end))
      return clear("LIMITATION", "违法行为 " + f.actDay() + "，立案 " + filed + "，在两年时效内");
    return tripped(
        "LIMITATION",
        "违法行为发生于 " + f.actDay() + "，立案 " + filed + "，已超过两年追责时效（行政处罚法第三十六条）",
        "违法行为 " + f.actDay() + "；立案 " + filed,
        f.documents().get(DocumentType.FILING_APPROVAL),
        "C5",
        new BigDecimal("14"),
        "LIMITATION_EXPIRED");
  }

  private static String names(CaseFacts f) {
    return f.officers().isEmpty()
        ? "无"
        : String.join("、", f.officers().stream().map(CaseFacts.OfficerFact::name).toList());
  }

  private static String label(String code) {
    return CHECKS.stream().filter(c -> c[0].equals(code)).map(c -> c[1]).findFirst().orElse(code);
  }

  private static Finding clear(String code, String message) {
    return new Finding(code, label(code), State.CLEAR, message, null, null, null, null, null);
  }

  private static Finding notRun(String code, String message) {
    return new Finding(code, label(code), State.NOT_RUN, message, null, null, null, null, null);
  }

  private static Finding tripped(
      String code,
      String message,
      String evidence,
      Long documentId,
      String item,
      BigDecimal deduction,
      String veto) {
    return new Finding(
        code, label(code), State.TRIPPED, message, evidence, documentId, item, deduction, veto);
  }
}
