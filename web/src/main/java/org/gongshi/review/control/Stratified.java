package org.gongshi.review.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongshi.platform.DomainException;

/**
 * A campaign's draw, stratified by agency: each agency gives {@code percent} of its eligible files
 * rounded up, at least {@code minPerAgency} (or all it has), drawn by {@link Sampling#pick} with
 * the seed {@code seed + agencyId}, so anyone with the seed and the same population redraws the
 * same files.
 */
public final class Stratified {
  /** Most files one campaign may draw. */
  public static final int MAX_FILES = 1000;

  private Stratified() {}

  public static Map<Long, List<Long>> draw(
      Map<Long, List<Long>> populationByAgency, BigDecimal percent, int minPerAgency, long seed) {
    if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)
      throw DomainException.invalid(
          "percent",
          "抽取比例应大于 0 且不超过 100" + (percent == null ? "" : "，实为 " + percent.toPlainString()));
    if (minPerAgency < 0 || minPerAgency > 100)
      throw DomainException.invalid("minPerAgency", "每个机关最少抽取件数应在 0 至 100 之间，实为 " + minPerAgency);
    Map<Long, List<Long>> out = new LinkedHashMap<>();
    int total = 0;
    for (Map.Entry<Long, List<Long>> e : new TreeMap<>(populationByAgency).entrySet()) {
      int pop = e.getValue().size();
      int n =
          percent
              .multiply(BigDecimal.valueOf(pop))
              .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
              .intValueExact();
      n = Math.min(pop, Math.max(n, minPerAgency));
      List<Long> picked = Sampling.pick(e.getValue(), n, seed + e.getKey());
      out.put(e.getKey(), picked);
      total += picked.size();
    }
    if (total > MAX_FILES)
      throw DomainException.invalid(
          "percent", "本次将抽取 " + total + " 件，超过一次评查最多 " + MAX_FILES + " 件，请降低比例或缩小范围");
    return out;
  }
}
