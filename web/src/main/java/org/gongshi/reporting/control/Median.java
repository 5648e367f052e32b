package org.gongshi.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** The median of whole numbers, to one decimal (the mean of the two middle values when even). */
public final class Median {
  private Median() {}

  /**
   * @return the median, or null when there are no values
   */
  public static BigDecimal of(Collection<Integer> values) {
    if (values.isEmpty()) return null;
    int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
    int n = v.length;
    BigDecimal m =
        n % 2 == 1
            ? BigDecimal.valueOf(v[n / 2])
            : BigDecimal.valueOf((long) v[n / 2 - 1] + v[n / 2])
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    return m.setScale(1, RoundingMode.HALF_UP);
  }
}
