package org.gongshi.review.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongshi.platform.DomainException;

/**
 * Seeded random sampling: the same population (case ids in ascending order), count and seed give
 * the same picks on any JVM (java.util.Random's algorithm is fixed by its specification, and the
 * shuffle below is written out rather than left to a library).
 */
public final class Sampling {
  /** Most files one sample may pick. */
  public static final int MAX_COUNT = 500;

  private Sampling() {}

  /** How many to pick: an explicit count, or percent of the population rounded up (at least 1). */
  public static int size(int population, BigDecimal percent, Integer count) {
    if ((percent == null) == (count == null)) {
      throw DomainException.invalid(
          "percent", "请只填写 percent（抽取比例，0–100）或 count（抽取件数，1–" + MAX_COUNT + "）之一");
    }
    if (count != null) {
      if (count < 1 || count > MAX_COUNT)
        throw DomainException.invalid(
            "count", "抽取件数 count 应在 1 至 " + MAX_COUNT + " 之间，实为 " + count);
      return Math.min(count, population);
    }
    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw DomainException.invalid(
          "percent", "抽取比例 percent 应大于 0 且不超过 100，实为 " + percent.toPlainString());
    }
    int n =
        percent
            .multiply(BigDecimal.valueOf(population))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
            .intValueExact();
    return Math.min(Math.max(n, population == 0 ? 0 : 1), Math.min(population, MAX_COUNT));
  }

  /**
   * The first {@code n} of a Fisher–Yates shuffle of the ids (sorted first) seeded with {@code
   * seed}.
   */
  public static List<Long> pick(List<Long> population, int n, long seed) {
    List<Long> ids = new ArrayList<>(population.stream().sorted().toList());
    Random random = new Random(seed);
    for (int i = ids.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Long t = ids.get(i);
      ids.set(i, ids.get(j));
      ids.set(j, t);
    }
    return List.copyOf(ids.subList(0, Math.min(n, ids.size())));
  }
}
