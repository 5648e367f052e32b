package org.gongshi.remedy.control;

import java.time.LocalDate;
import org.gongshi.platform.DomainException;
import org.gongshi.remedy.entity.RemedyOutcome;

/** Dates and outcome of a remedy record that fit together, or a 400 naming the field. */
public final class RemedyRules {
  private RemedyRules() {}

  /** Filed on or after the decision, not in the future. */
  public static void checkFiled(LocalDate filedOn, LocalDate decidedOn, LocalDate today) {
    if (filedOn.isAfter(today))
      throw DomainException.invalid("filedOn", "申请（起诉）日期 " + filedOn + " 不能晚于今天 " + today);
    if (filedOn.isBefore(decidedOn)) {
      throw DomainException.invalid("filedOn", "申请（起诉）日期 " + filedOn + " 不能早于处罚决定日期 " + decidedOn);
    }
  }

  /** PENDING has no decision date; any other outcome needs one, between filing and today. */
  public static void checkOutcome(
      RemedyOutcome outcome, LocalDate decidedOn, LocalDate filedOn, LocalDate today) {
    if (outcome == RemedyOutcome.PENDING) {
      if (decidedOn != null)
        throw DomainException.invalid("decidedOn", "审理中（PENDING）的案件不应填写决定（裁判）日期");
      return;
    }
    if (decidedOn == null) {
      throw DomainException.invalid(
          "decidedOn", "结果为“" + outcome.label + "”时须填写复议决定或裁判日期，格式 YYYY-MM-DD");
    }
    if (decidedOn.isBefore(filedOn)) {
      throw DomainException.invalid(
          "decidedOn", "决定（裁判）日期 " + decidedOn + " 不能早于申请（起诉）日期 " + filedOn);
    }
    if (decidedOn.isAfter(today))
      throw DomainException.invalid("decidedOn", "决定（裁判）日期 " + decidedOn + " 不能晚于今天 " + today);
  }
}
