package org.gongshi.review.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.platform.DomainException;

/**
 * Scores a file against a {@link Standard}: every item's points minus its deduction (never below
 * zero), and a veto fails the file with 0 points.
 */
public final class Grading {
  private static final BigDecimal STEP = new BigDecimal("0.5");

  public static final String EXCELLENT = "优秀";
  public static final String PASS = "合格";
  public static final String FAIL = "不合格";

  /** A deduction entered for one item. */
  public record Deduction(String code, BigDecimal deduction, String reason) {}

  /** One item as scored. */
  public record Scored(
      String code,
      String section,
      String criterion,
      BigDecimal points,
      BigDecimal deduction,
      String reason) {}

  /** The result of a sheet. */
  public record Graded(
      List<Scored> items,
      List<String> vetoCodes,
      BigDecimal maxTotal,
      BigDecimal total,
      String grade) {}

  private Grading() {}

  public static Graded grade(Standard standard, List<Deduction> deductions, List<String> vetoes) {
    Map<String, Deduction> byCode = new LinkedHashMap<>();
    for (Deduction d : deductions == null ? List.<Deduction>of() : deductions) {
      if (d == null || d.code() == null) continue;
      Standard.Item item =
          standard
              .item(d.code())
              .orElseThrow(() -> DomainException.invalid("items", "本标准没有评查项目“" + d.code() + "”"));
      BigDecimal x = d.deduction() == null ? BigDecimal.ZERO : d.deduction();
      String label = "“" + item.criterion() + "”";
      if (x.signum() < 0 || x.compareTo(item.points()) > 0)
        throw DomainException.invalid(
            "deduction",
            label + "的扣分应在 0 至 " + item.points().toPlainString() + " 分之间，实为 " + x.toPlainString());
      if (x.remainder(STEP).signum() != 0)
        throw DomainException.invalid("deduction", label + "的扣分以 0.5 分为单位，实为 " + x.toPlainString());
      if (x.signum() > 0 && (d.reason() == null || d.reason().isBlank()))
        throw DomainException.invalid("reason", label + "扣 " + x.toPlainString() + " 分，须写明扣分理由");
      if (d.reason() != null && d.reason().length() > 1000)
        throw DomainException.invalid("reason", label + "的扣分理由最多 1000 字");
      byCode.put(item.code(), new Deduction(item.code(), x, d.reason()));
    }
    Set<String> vetoCodes = new LinkedHashSet<>();
    for (String v : vetoes == null ? List.<String>of() : vetoes) {
      if (v == null || v.isBlank()) continue;
      vetoCodes.add(
          standard
              .veto(v.trim())
              .orElseThrow(() -> DomainException.invalid("vetoes", "本标准没有否决项“" + v + "”"))
              .code());
    }
    List<Scored> items = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Standard.Section s : standard.sections()) {
      for (Standard.Item i : s.items()) {
        Deduction d = byCode.get(i.code());
        BigDecimal x = d == null ? BigDecimal.ZERO : d.deduction();
        String reason =
            d == null || d.reason() == null || d.reason().isBlank() ? null : d.reason().trim();
        items.add(new Scored(i.code(), s.name(), i.criterion(), i.points(), x, reason));
        sum = sum.add(i.points().subtract(x).max(BigDecimal.ZERO));
      }
    }
    BigDecimal total = vetoCodes.isEmpty() ? sum : BigDecimal.ZERO;
    return new Graded(
        List.copyOf(items),
        List.copyOf(vetoCodes),
        standard.maxTotal(),
        total,
        gradeOf(standard, total, !vetoCodes.isEmpty()));
  }

  public static String gradeOf(Standard standard, BigDecimal total, boolean vetoed) {
    if (vetoed) return FAIL;
    if (total.compareTo(standard.excellentFrom()) >= 0) return EXCELLENT;
    if (total.compareTo(standard.passFrom()) >= 0) return PASS;
    return FAIL;
  }
}
