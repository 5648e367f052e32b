package org.gongshi.review.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingTest {
  static final Standard DEFAULT = Standard.defaults().validated();

  @Test
  void theDefaultIs20PointsOfFormAnd80OfContent() {
    assertThat(DEFAULT.sections())
        .extracting(Standard.Section::name)
        .containsExactly("案卷形式", "案卷内容");
    assertThat(DEFAULT.sections().get(0).points()).isEqualByComparingTo("20");
    assertThat(DEFAULT.sections().get(1).points()).isEqualByComparingTo("80");
    assertThat(DEFAULT.vetoes()).hasSize(11);
    assertThat(StandardJson.read(StandardJson.write(DEFAULT))).isEqualTo(DEFAULT);
  }

  @Test
  void deductionsGiveTheGradeWithoutAVeto() {
    var g =
        Grading.grade(
            DEFAULT,
            List.of(
                new Grading.Deduction("C3", new BigDecimal("8"), "关键证据缺失"),
                new Grading.Deduction("F2", new BigDecimal("3"), "缺页")),
            List.of());
    assertThat(g.total()).isEqualByComparingTo("89");
    assertThat(g.grade()).isEqualTo("合格");
    assertThat(Grading.grade(DEFAULT, List.of(), List.of()).grade()).isEqualTo("优秀");
    var low =
        Grading.grade(
            DEFAULT,
            List.of(
                new Grading.Deduction("C5", new BigDecimal("14"), "程序违法"),
                new Grading.Deduction("C3", new BigDecimal("12"), "证据不足"),
                new Grading.Deduction("C2", new BigDecimal("10"), "事实不清")),
            List.of());
    assertThat(low.total()).isEqualByComparingTo("64");
    assertThat(low.grade()).isEqualTo("合格");
  }

  @Test
  void aVetoFailsTheFileWithZeroWhateverTheDeductions() {
    var g = Grading.grade(DEFAULT, List.of(), List.of("FEWER_THAN_TWO_OFFICERS"));
    assertThat(g.total()).isEqualByComparingTo("0");
    assertThat(g.grade()).isEqualTo("不合格");
    assertThat(g.vetoCodes()).containsExactly("FEWER_THAN_TWO_OFFICERS");
  }

  @Test
  void anEditedStandardsThresholdsDecide() {
    var strict =
        new Standard(
                "严格标准",
                new BigDecimal("95"),
                new BigDecimal("80"),
                DEFAULT.sections(),
                DEFAULT.vetoes())
            .validated();
    var g =
        Grading.grade(
            strict, List.of(new Grading.Deduction("C3", new BigDecimal("6"), "证据瑕疵")), List.of());
    assertThat(g.grade()).isEqualTo("合格"); // 94: 优秀 under the default, not here
    assertThat(
            Grading.grade(
                    DEFAULT,
                    List.of(new Grading.Deduction("C3", new BigDecimal("6"), "证据瑕疵")),
                    List.of())
                .grade())
        .isEqualTo("优秀");
  }

  @Test
  void refusalsNameTheItemInWords() {
    assertThatThrownBy(
            () ->
                Grading.grade(
                    DEFAULT,
                    List.of(new Grading.Deduction("C3", new BigDecimal("13"), "x")),
                    List.of()))
        .hasMessage("“证据确凿充分，取证程序合法”的扣分应在 0 至 12 分之间，实为 13");
    assertThatThrownBy(
            () ->
                Grading.grade(
                    DEFAULT, List.of(new Grading.Deduction("C3", BigDecimal.ONE, " ")), List.of()))
        .hasMessageContaining("须写明扣分理由");
    assertThatThrownBy(
            () ->
                new Standard(
                        "x",
                        new BigDecimal("60"),
                        new BigDecimal("90"),
                        DEFAULT.sections(),
                        DEFAULT.vetoes())
                    .validated())
        .hasMessageContaining("合格线 < 优秀线");
  }

  @Test
  void anEditedStandardMustStillTotalAHundredPoints() {
    var form = DEFAULT.sections().get(0);
    var shorter =
        new Standard.Section(form.name(), form.items().subList(0, form.items().size() - 1));
    BigDecimal dropped = form.items().get(form.items().size() - 1).points();
    assertThatThrownBy(
            () ->
                new Standard(
                        "少一项",
                        new BigDecimal("90"),
                        new BigDecimal("60"),
                        List.of(shorter, DEFAULT.sections().get(1)),
                        DEFAULT.vetoes())
                    .validated())
        .hasMessage(
            "各项分值合计应为 100 分，实为 "
                + new BigDecimal("100").subtract(dropped).stripTrailingZeros().toPlainString()
                + " 分（案卷形式 "
                + new BigDecimal("20").subtract(dropped).stripTrailingZeros().toPlainString()
                + " 分，案卷内容 80 分）");
  }
}
