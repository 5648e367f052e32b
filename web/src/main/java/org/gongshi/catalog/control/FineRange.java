package org.gongshi.catalog.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A fine range in yuan, both ends inclusive: 0 ≤ min ≤ max, at most two decimals, stored with scale
 * 2 so equal ranges are {@code equals}. "五千元以下" is {@code 0–5000}.
 *
 * @param min the lowest fine
 * @param max the highest fine
 */
public record FineRange(BigDecimal min, BigDecimal max) {

  /** The largest amount accepted (keeps spreadsheet numbers exact). */
  public static final BigDecimal LIMIT = new BigDecimal("99999999999.99");

  /** Validates and normalises to two decimals. */
  public FineRange {
    List<FieldProblem> problems = new ArrayList<>();
    min = amount(problems, "罚款下限", min);
    max = amount(problems, "罚款上限", max);
    if (problems.isEmpty() && min.compareTo(max) > 0) {
      problems.add(new FieldProblem("罚款上限", "罚款下限 " + yuan(min) + " 元大于罚款上限 " + yuan(max) + " 元"));
    }
    Texts.throwIfAny(problems);
  }

  /** A range of whole yuan. */
  public static FineRange of(long min, long max) {
    return new FineRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /** Whether the amount lies in the range, ends included. */
  public boolean contains(BigDecimal amount) {
    return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
  }

  /** Whether the other range lies wholly within this one. */
  public boolean encloses(FineRange other) {
    return contains(other.min) && contains(other.max);
  }

  /**
   * The problem with an amount of money in yuan (negative, more than 2 decimals, too big), if any.
   */
  public static String amountProblem(BigDecimal amount) {
    if (amount.signum() < 0) {
      return "不能为负数";
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return "最多两位小数（分）";
    }
    if (amount.compareTo(LIMIT) > 0) {
      return "超过上限 " + yuan(LIMIT) + " 元";
    }
    return null;
  }

  /** The amount as people write it: 3000, 3000.5 → 3000.50. */
  public static String yuan(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return stripped.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** E.g. {@code 1000–3000 元}. */
  @Override
  public String toString() {
    return yuan(min) + "–" + yuan(max) + " 元";
  }

  private static BigDecimal amount(List<FieldProblem> problems, String field, BigDecimal value) {
    if (value == null) {
      problems.add(new FieldProblem(field, field + "为空"));
      return BigDecimal.ZERO;
    }
    String problem = amountProblem(value);
    if (problem != null) {
      problems.add(new FieldProblem(field, field + " " + value.toPlainString() + " " + problem));
      return BigDecimal.ZERO;
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }
}
