package org.gongshi.catalog.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks a proposed fine against the discretion level chosen for a case. Inside the level's range
 * it is ok; outside it is refused unless a written reason is given, in which case it is accepted
 * and flagged for the legal reviewer (法制审核). A fine beyond what the law allows is refused whatever
 * the reason.
 */
public final class DiscretionCheck {

  /** The shortest written reason accepted, in characters. */
  public static final int MIN_REASON_LENGTH = 10;

  private DiscretionCheck() {}

  /** The outcome of a check. */
  public enum Outcome {
    /** Within the level's range. */
    OK,
    /** Not allowed; the message says why. */
    REFUSED,
    /** Outside the level's range with a written reason; the legal reviewer must look at it. */
    ACCEPTED_WITH_REASON
  }

  /**
   * The result of a check.
   *
   * @param outcome the outcome
   * @param message a Chinese explanation ("" when ok)
   */
  public record Result(Outcome outcome, String message) {

    /** Whether the fine may be proposed. */
    public boolean allowed() {
      return outcome != Outcome.REFUSED;
    }

    /** Whether the legal reviewer must be told. */
    public boolean needsLegalReview() {
      return outcome == Outcome.ACCEPTED_WITH_REASON;
    }
  }

  /** Checks the fine against the item's levels and statutory range. */
  public static Result check(
      CatalogItemData item, String levelName, BigDecimal fine, String reason) {
    return check(item.levels(), item.statutoryRange(), levelName, fine, reason);
  }

  /**
   * Checks the fine against the named level.
   *
   * @param statutoryRange what the law allows, or null when unknown
   * @param reason the written reason for departing from the level, or null
   */
  public static Result check(
      List<DiscretionLevel> levels,
      FineRange statutoryRange,
      String levelName,
      BigDecimal fine,
      String reason) {
    String name = levelName == null ? "" : levelName.strip();
    DiscretionLevel level =
        levels.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
    if (level == null) {
      return refused("本事项没有“" + name + "”裁量档次，可选：" + names(levels));
    }
    if (fine == null) {
      return refused("未填写罚款金额");
    }
    String amountProblem = FineRange.amountProblem(fine);
    if (amountProblem != null) {
      return refused("罚款金额 " + fine.toPlainString() + " 元" + amountProblem);
    }
    String amount = "罚款 " + FineRange.yuan(fine) + " 元";
    if (statutoryRange != null && statutoryRange.contains(fine) == false) {
      return refused(amount + "超出法定罚款幅度 " + statutoryRange + "，不得作出");
    }
    FineRange range = level.range();
    if (range != null && range.contains(fine)) {
      return new Result(Outcome.OK, "");
    }
    String departure =
        range == null
            ? amount + "不符合“" + level.name() + "”裁量档次（该档次不处罚款：" + level.otherPenalty() + "）"
            : amount
                + "超出“"
                + level.name()
                + "”裁量档次 "
                + FineRange.yuan(range.min())
                + "–"
                + FineRange.yuan(range.max())
                + " 元的范围";
    String written = reason == null ? "" : reason.strip();
    if (written.isEmpty()) {
      return refused(departure + "，须填写书面理由");
    }
    if (written.codePointCount(0, written.length()) < MIN_REASON_LENGTH) {
      return refused(departure + "，书面理由过短（至少 " + MIN_REASON_LENGTH + " 字）");
    }
    return new Result(Outcome.ACCEPTED_WITH_REASON, departure + "，已记录书面理由，须经法制审核");
  }

  private static Result refused(String message) {
    return new Result(Outcome.REFUSED, message);
  }

  private static String names(List<DiscretionLevel> levels) {
    return levels.isEmpty()
        ? "（无裁量基准）"
        : String.join("、", levels.stream().map(DiscretionLevel::name).toList());
  }
}
