package org.gongshi.review.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.platform.DomainException;
import org.gongshi.reports.model.CaseReviewSheet;

/** Turns a reviewer's deductions and vetoes into a checked, scored sheet. */
public final class Scoring {
  private static final BigDecimal STEP = new BigDecimal("0.5");

  /** A deduction the reviewer entered for an item of the standard. */
  public record Deduction(String code, BigDecimal deduction, String reason) {}

  /** The header of the sheet. */
  public record Header(
      String campaign,
      String agencyName,
      String caseNumber,
      String caseTitle,
      String reviewer,
      LocalDate reviewedOn) {}

  private Scoring() {}

  /**
   * Every item of the standard in order, with the entered deduction (0 when none); vetoes by code.
   */
  public static CaseReviewSheet score(
      Header h, List<Deduction> deductions, List<String> vetoCodes) {
    Map<String, Deduction> byCode = new LinkedHashMap<>();
    List<Deduction> ds = deductions == null ? List.of() : deductions;
    for (int i = 0; i < ds.size(); i++) {
      Deduction d = ds.get(i);
      String f = "items[" + i + "]";
      if (d == null || d.code() == null)
        throw DomainException.invalid(f + ".code", "请填写评查项目编码，可选：" + codes());
      ReviewStandard.Item item =
          ReviewStandard.item(d.code().trim())
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          f + ".code", "没有评查项目“" + d.code() + "”，可选：" + codes()));
      if (byCode.put(item.code(), d) != null)
        throw DomainException.invalid(f + ".code", "评查项目 " + item.code() + " 重复填写");
      BigDecimal x = d.deduction() == null ? BigDecimal.ZERO : d.deduction();
      if (x.signum() < 0 || x.compareTo(item.points()) > 0) {
        throw DomainException.invalid(
            f + ".deduction",
            item.code()
                + "“"
                + item.criterion()
                + "”扣分应在 0 至 "
                + item.points().toPlainString()
                + " 分之间，实为 "
                + x.toPlainString());
      }
      if (x.remainder(STEP).signum() != 0)
        throw DomainException.invalid(f + ".deduction", "扣分以 0.5 分为单位，实为 " + x.toPlainString());
      if (x.signum() > 0 && (d.reason() == null || d.reason().isBlank())) {
        throw DomainException.invalid(
            f + ".reason", item.code() + " 扣 " + x.toPlainString() + " 分，须写明扣分理由");
      }
      if (d.reason() != null && d.reason().length() > 1000)
        throw DomainException.invalid(f + ".reason", "扣分理由最多 1000 字");
    }
    List<String> vetoes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> vs = vetoCodes == null ? List.of() : vetoCodes;
    for (int i = 0; i < vs.size(); i++) {
      String code = vs.get(i) == null ? "" : vs.get(i).trim();
      ReviewStandard.Veto v =
          ReviewStandard.veto(code)
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "vetoes",
                          "没有否决项“"
                              + code
                              + "”，可选："
                              + String.join(
                                  "、",
                                  ReviewStandard.VETOES.stream()
                                      .map(x -> x.code() + "（" + x.label() + "）")
                                      .toList())));
      if (seen.add(v.code())) vetoes.add(v.label());
    }
    List<CaseReviewSheet.ScoreItem> items =
        ReviewStandard.ITEMS.stream()
            .map(
                i -> {
                  Deduction d = byCode.get(i.code());
                  BigDecimal x =
                      d == null || d.deduction() == null ? BigDecimal.ZERO : d.deduction();
                  String reason =
                      d == null || d.reason() == null || d.reason().isBlank()
                          ? null
                          : d.reason().trim();
                  return new CaseReviewSheet.ScoreItem(
                      i.category(), i.criterion(), i.points(), x, reason);
                })
            .toList();
    return new CaseReviewSheet(
        h.campaign(),
        h.agencyName(),
        h.caseNumber(),
        h.caseTitle(),
        items,
        vetoes,
        ReviewStandard.EXCELLENT_FROM,
        ReviewStandard.PASS_FROM,
        h.reviewer(),
        h.reviewedOn());
  }

  private static String codes() {
    return String.join("、", ReviewStandard.ITEMS.stream().map(ReviewStandard.Item::code).toList());
  }
}
