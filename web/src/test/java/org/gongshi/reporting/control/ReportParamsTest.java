package org.gongshi.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.gongshi.platform.DomainException;
import org.junit.jupiter.api.Test;

class ReportParamsTest {
  static final YearMonth NOW = YearMonth.of(2026, 11);

  @Test
  void yearsMustBeFourDigitsAndNotInTheFuture() {
    assertThat(ReportParams.year("year", " 2025 ", 2026)).isEqualTo(2025);
    assertThatThrownBy(() -> ReportParams.year("year", "20x6", 2026))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("20x6")
        .hasMessageContaining("1996 至 2026")
        .extracting("field")
        .isEqualTo("year");
    assertThatThrownBy(() -> ReportParams.year("year", "2027", 2026)).hasMessageContaining("尚未到来");
    assertThatThrownBy(() -> ReportParams.year("year", null, 2026)).hasMessageContaining("请提供年份");
  }

  @Test
  void monthsAreYyyyMmWithARealMonth() {
    assertThat(ReportParams.month("from", "2024-02", NOW)).isEqualTo(YearMonth.of(2024, 2));
    assertThatThrownBy(() -> ReportParams.month("from", "2024-13", NOW))
        .hasMessageContaining("2024-13")
        .hasMessageContaining("01–12")
        .extracting("field")
        .isEqualTo("from");
    assertThatThrownBy(() -> ReportParams.month("to", "2024-2", NOW))
        .hasMessageContaining("YYYY-MM");
    assertThatThrownBy(() -> ReportParams.month("to", "2026-12", NOW)).hasMessageContaining("尚未到来");
  }

  @Test
  void fromAfterToAndOverlongRangesAreRefused() {
    assertThatThrownBy(() -> ReportParams.range(YearMonth.of(2025, 5), YearMonth.of(2025, 4)))
        .hasMessageContaining("不能晚于")
        .extracting("field")
        .isEqualTo("from");
    assertThatThrownBy(() -> ReportParams.range(YearMonth.of(2022, 1), YearMonth.of(2025, 1)))
        .hasMessageContaining("最长 36");
    ReportParams.range(YearMonth.of(2023, 2), YearMonth.of(2026, 1)); // exactly 36
  }

  @Test
  void agencyIdIsAPositiveNumberOrAbsent() {
    assertThat(ReportParams.agencyId("")).isNull();
    assertThat(ReportParams.agencyId("3")).isEqualTo(3L);
    assertThatThrownBy(() -> ReportParams.agencyId("金东")).extracting("field").isEqualTo("agencyId");
    assertThatThrownBy(() -> ReportParams.agencyId("-1")).hasMessageContaining("正整数");
  }
}
