package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshi.reports.model.FilingSummary;
import org.junit.jupiter.api.Test;

class FilingSummaryTest {
  private static final ReportRenderer RENDERER = TestRenderer.get();

  static FilingSummary summary() {
    return new FilingSummary(
        "浙江省金华市",
        "2026年10月",
        LocalDate.of(2026, 12, 6),
        List.of(
            new FilingSummary.Row("金华市金东区综合行政执法局", 9, 4, 2, 1, 1, 1, 2, 3, 1),
            new FilingSummary.Row("金华市婺城区综合行政执法局", 3, 3, 0, 0, 0, 0, 0, 3, 0)));
  }

  @Test
  void thePdfNamesTheScopeThePeriodAndEveryCountWithTotals() throws Exception {
    String text = Pdfs.read(RENDERER.filingSummaryPdf(summary()), "filing-summary.pdf").text();
    assertThat(Pdfs.squash(text))
        .contains("浙江省金华市重大行政处罚决定备案情况汇总表", "2026年10月", "迟报", "漏报", "不报", "准予备案");
    assertThat(TabularReportsTest.line(text, "金华市金东区综合行政执法局")).contains("9", "4", "2", "1", "3");
    assertThat(TabularReportsTest.line(text, "合计")).startsWith("合计 12 7 2 1 1 1 2 6 1");
  }

  @Test
  void theSheetHasNumbersNotText() throws Exception {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(RENDERER.filingSummaryXlsx(summary())))) {
      assertThat(wb.getSheetName(0)).isEqualTo("备案情况");
      assertThat(TabularReportsTest.numbersInRow(wb.getSheetAt(0), "合计"))
          .containsExactly(12.0, 7.0, 2.0, 1.0, 1.0, 1.0, 2.0, 6.0, 1.0);
    }
  }

  @Test
  void countsThatDoNotAddUpAreRefused() {
    assertThatThrownBy(() -> new FilingSummary.Row("甲", 5, 1, 1, 1, 1, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
