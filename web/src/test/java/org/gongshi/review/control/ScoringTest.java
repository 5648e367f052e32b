package org.gongshi.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.reports.model.CaseReviewSheet;
import org.junit.jupiter.api.Test;

class ScoringTest {
  static final Scoring.Header H =
      new Scoring.Header(
          "2025年度评查", "金东", "金东综执立字〔2025〕第1号", "占道", "评查员", LocalDate.of(2026, 1, 10));

  static Scoring.Deduction d(String code, String points, String reason) {
    return new Scoring.Deduction(code, new BigDecimal(points), reason);
  }

  @Test
  void theStandardIsWorthOneHundredWithTwentyForTheForm() {
    BigDecimal form =
        ReviewStandard.ITEMS.stream()
            .filter(i -> i.category().equals("案卷形式"))
            .map(ReviewStandard.Item::points)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(form).isEqualByComparingTo("20");
    assertThat(
            ReviewStandard.ITEMS.stream()
                .map(ReviewStandard.Item::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
  }

  @Test
  void deductionsGiveTotalAndGrade() {
    CaseReviewSheet s =
        Scoring.score(
            H,
            List.of(d("F3", "2", "缺备考表"), d("C3", "6.5", "询问笔录未签名"), d("C6", "2", "未说明裁量理由")),
            List.of());
    assertThat(s.total()).isEqualByComparingTo("89.5");
    assertThat(s.grade()).isEqualTo("合格");
    assertThat(Scoring.score(H, List.of(d("C5", "1", "送达超期")), List.of()).grade()).isEqualTo("优秀");
    assertThat(
            Scoring.score(
                    H,
                    List.of(
                        d("C5", "14", "未告知"),
                        d("C3", "12", "证据不足"),
                        d("C2", "10", "x"),
                        d("C4", "5", "y")),
                    List.of())
                .grade())
        .isEqualTo("不合格"); // 59
  }

  @Test
  void aVetoFailsTheFileWithZero() {
    CaseReviewSheet s =
        Scoring.score(H, List.of(), List.of("FEWER_THAN_TWO_OFFICERS", "FEWER_THAN_TWO_OFFICERS"));
    assertThat(s.total()).isEqualByComparingTo("0");
    assertThat(s.grade()).isEqualTo("不合格");
    assertThat(s.vetoes()).containsExactly("执法人员少于两人");
  }

  @Test
  void badEntriesNameTheirField() {
    assertThatThrownBy(() -> Scoring.score(H, List.of(d("F1", "6", "x")), List.of()))
        .hasMessageContaining("0 至 5")
        .extracting("field")
        .isEqualTo("items[0].deduction");
    assertThatThrownBy(
            () -> Scoring.score(H, List.of(d("F1", "0", null), d("X9", "1", "x")), List.of()))
        .extracting("field")
        .isEqualTo("items[1].code");
    assertThatThrownBy(() -> Scoring.score(H, List.of(d("C1", "2", " ")), List.of()))
        .extracting("field")
        .isEqualTo("items[0].reason");
    assertThatThrownBy(() -> Scoring.score(H, List.of(d("C1", "0.3", "x")), List.of()))
        .hasMessageContaining("0.5");
    assertThatThrownBy(() -> Scoring.score(H, List.of(), List.of("NOPE")))
        .extracting("field")
        .isEqualTo("vetoes");
  }
}
