package org.gongshi.reports.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 案卷评查评分表: one reviewed file scored against a local standard.
 *
 * <p>Each item scores its points less its deduction, never below zero; a veto item (一票否决) sets the
 * total to zero and the grade to 不合格.
 *
 * @param campaign 评查活动, e.g. 2024年度行政处罚案卷评查
 * @param agencyName 被评查单位
 * @param caseNumber 案号
 * @param caseTitle 案卷题名
 * @param items scored items in standard order
 * @param vetoes veto items found (empty when none)
 * @param excellentFrom lowest total graded 优秀 (default 90)
 * @param passFrom lowest total graded 合格 (default 60)
 * @param reviewer 评查人
 * @param reviewedOn 评查日期
 */
public record CaseReviewSheet(
    String campaign,
    String agencyName,
    String caseNumber,
    String caseTitle,
    List<ScoreItem> items,
    List<String> vetoes,
    BigDecimal excellentFrom,
    BigDecimal passFrom,
    String reviewer,
    LocalDate reviewedOn) {

  /** Copies lists; applies default thresholds. */
  public CaseReviewSheet {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    vetoes = List.copyOf(vetoes == null ? List.of() : vetoes);
    excellentFrom = excellentFrom == null ? new BigDecimal("90") : excellentFrom;
    passFrom = passFrom == null ? new BigDecimal("60") : passFrom;
  }

  /**
   * @return sum of the items' points (usually 100)
   */
  public BigDecimal maxTotal() {
    return items.stream().map(ScoreItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * @return total score: zero when vetoed, else the sum of item scores
   */
  public BigDecimal total() {
    if (!vetoes.isEmpty()) {
      return BigDecimal.ZERO;
    }
    return items.stream().map(ScoreItem::score).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * @return 优秀, 合格 or 不合格
   */
  public String grade() {
    if (!vetoes.isEmpty()) {
      return "不合格";
    }
    BigDecimal t = total();
    return t.compareTo(excellentFrom) >= 0 ? "优秀" : t.compareTo(passFrom) >= 0 ? "合格" : "不合格";
  }

  /**
   * One criterion of the standard.
   *
   * @param category e.g. 案卷形式 / 案卷内容
   * @param criterion what is checked
   * @param points points available
   * @param deduction points deducted (0 when none)
   * @param reason reason for the deduction, or null
   */
  public record ScoreItem(
      String category, String criterion, BigDecimal points, BigDecimal deduction, String reason) {

    /** Validates the figures. */
    public ScoreItem {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(points, "points");
      deduction = deduction == null ? BigDecimal.ZERO : deduction;
      if (points.signum() < 0 || deduction.signum() < 0) {
        throw new IllegalArgumentException("negative points for " + criterion);
      }
    }

    /**
     * @return points less deduction, never below zero
     */
    public BigDecimal score() {
      BigDecimal s = points.subtract(deduction);
      return s.signum() < 0 ? BigDecimal.ZERO : s;
    }
  }
}
