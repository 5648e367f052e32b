package org.gongshi.archive.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.archive.entity.*;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.id.PartyKind;

/** The procedural rules of a penalty case (DOMAIN.md §2), each refusal naming its field. */
public final class CaseRules {
  /** Art. 51: simple procedure only for a warning or a small fine. */
  public static final BigDecimal SIMPLE_LIMIT_PERSON = new BigDecimal("200");

  public static final BigDecimal SIMPLE_LIMIT_ORGANISATION = new BigDecimal("3000");

  /** Art. 60: decision within 90 calendar days of filing unless extended. */
  public static final int DECISION_DAYS = 90;

  /** 5 working days span at least 7 calendar days. */
  public static final int HEARING_REQUEST_CALENDAR_DAYS = 7;

  /** The usual time for the party's statement and defence after the notice (陈述、申辩). */
  public static final int STATEMENT_DAYS = 3;

  private CaseRules() {}

  /**
   * Whether a penalty kind alone gives the party the right to a hearing (Art. 63), whatever the
   * amount; the "large amount" is local and kept as data by the major-decision rules.
   */
  public static boolean hearingKind(List<Penalty> penalties) {
    return penalties.stream()
        .anyMatch(
            p ->
                switch (p.getKind()) {
                  case LOWER_QUALIFICATION,
                      REVOKE_LICENCE,
                      SUSPEND_BUSINESS,
                      CLOSE,
                      RESTRICT_PRACTICE,
                      RESTRICT_BUSINESS ->
                      true;
                  default -> false;
                });
  }

  /**
   * The decision after the advance notice (DOMAIN.md §2): refused when the party with a hearing
   * right had fewer than 5 days to ask for one and no hearing is recorded; otherwise a warning (or
   * null) when the statement or hearing-request time may not have run out. Whether a decision of
   * that day gives a hearing right is asked of the caller (the major-decision rules kept as data).
   */
  public static String decisionWindow(
      Map<MilestoneKind, LocalDate> m, java.util.function.Predicate<LocalDate> hearingRight) {
    LocalDate notice = m.get(MilestoneKind.ADVANCE_NOTICE);
    LocalDate decided = m.get(MilestoneKind.DECIDED);
    if (notice == null || decided == null) return null;
    long days = ChronoUnit.DAYS.between(notice, decided);
    boolean hearing = hearingRight.test(decided);
    if (hearing && !m.containsKey(MilestoneKind.HEARING) && days < HEARING_REQUEST_CALENDAR_DAYS) {
      // a warning only: the legal feature refuses by working days and honours a written waiver
      return "事先告知后 " + days + " 日作出决定，可能未满 5 个工作日的听证申请期（行政处罚法第六十四条），请核对当事人是否书面放弃听证";
    }
    if (days < STATEMENT_DAYS) {
      return "事先告知后 " + days + " 日即作出决定，请确认当事人已陈述、申辩或明确放弃（行政处罚法第四十五条）";
    }
    return null;
  }

  public static void checkPenalties(
      Procedure procedure, List<Party> parties, List<Penalty> penalties) {
    for (int i = 0; i < penalties.size(); i++) {
      Penalty p = penalties.get(i);
      String field = "penalties[" + i + "].amount";
      if (p.getKind().hasAmount) {
        if (p.getAmount() == null || p.getAmount().signum() <= 0) {
          throw DomainException.invalid(field, p.getKind().label + "须填写大于0的金额（元）");
        }
        if (p.getAmount().scale() > 2) throw DomainException.invalid(field, "金额最多保留两位小数（元）");
      } else if (p.getAmount() != null && p.getAmount().signum() != 0) {
        throw DomainException.invalid(field, p.getKind().label + "不应填写金额");
      }
    }
    if (procedure == Procedure.SIMPLE) {
      boolean organisation =
          parties.stream().anyMatch(pt -> pt.getKind() != PartyKind.NATURAL_PERSON);
      BigDecimal limit = organisation ? SIMPLE_LIMIT_ORGANISATION : SIMPLE_LIMIT_PERSON;
      for (int i = 0; i < penalties.size(); i++) {
        Penalty p = penalties.get(i);
        if (p.getKind() == PenaltyKind.WARNING) continue;
        if (p.getKind() != PenaltyKind.FINE) {
          throw DomainException.invalid(
              "penalties[" + i + "].kind",
              "简易程序只能给予警告或小额罚款（行政处罚法第五十一条），“" + p.getKind().label + "”须适用普通程序");
        }
        if (p.getAmount().compareTo(limit) > 0) {
          throw DomainException.invalid(
              "penalties[" + i + "].amount",
              "简易程序罚款不得超过"
                  + limit.toPlainString()
                  + "元（"
                  + (organisation ? "法人或其他组织" : "公民")
                  + "，行政处罚法第五十一条），请适用普通程序");
        }
      }
    }
  }

  public static void checkOfficers(Procedure procedure, int count) {
    int min = procedure == Procedure.GENERAL ? 2 : 1;
    if (count < min) {
      throw DomainException.invalid(
          "officerIds",
          procedure == Procedure.GENERAL
              ? "调查取证须至少两名执法人员（行政处罚法第四十二条），当前 " + count + " 名"
              : "须至少指定一名执法人员");
    }
  }

  /** Checks a case's milestones after recording one: order, notice before decision, the 90 days. */
  public static void checkMilestones(EnforcementCase c, Map<MilestoneKind, LocalDate> m) {
    MilestoneKind prevKind = null;
    LocalDate prev = null;
    for (MilestoneKind k : MilestoneKind.values()) {
      LocalDate d = m.get(k);
      if (d == null) continue;
      if (prev != null && d.isBefore(prev)) {
        throw DomainException.invalid(
            "milestones." + k.name(),
            k.label + "日期（" + d + "）不能早于" + prevKind.label + "日期（" + prev + "）");
      }
      prevKind = k;
      prev = d;
    }
    LocalDate filed = m.get(MilestoneKind.FILED);
    LocalDate decided = m.get(MilestoneKind.DECIDED);
    Set<MilestoneKind> afterFiling = EnumSet.complementOf(EnumSet.of(MilestoneKind.FILED));
    if (filed == null
        && c.getProcedure() == Procedure.GENERAL
        && m.keySet().stream().anyMatch(afterFiling::contains)) {
      throw DomainException.invalid("milestones.FILED", "普通程序案件须先记录立案日期");
    }
    if (decided != null && c.getProcedure() == Procedure.GENERAL) {
      if (!m.containsKey(MilestoneKind.ADVANCE_NOTICE)) {
        throw DomainException.invalid("milestones.DECIDED", "作出处罚决定前须先送达事先告知（行政处罚法第四十四条）");
      }
      int allowed = DECISION_DAYS + (c.getExtensionDays() == null ? 0 : c.getExtensionDays());
      long days = ChronoUnit.DAYS.between(filed, decided);
      if (days > allowed) {
        throw DomainException.invalid(
            "milestones.DECIDED",
            "自立案起" + days + "日作出决定，超过" + allowed + "日期限（行政处罚法第六十条）；如经批准延期，请先记录延期天数及批准人");
      }
    }
  }
}
