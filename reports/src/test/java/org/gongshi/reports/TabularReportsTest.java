package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshi.reports.model.AnnualStatistics;
import org.gongshi.reports.model.DisclosureTimeliness;
import org.gongshi.reports.model.PowerListSummary;
import org.junit.jupiter.api.Test;

class TabularReportsTest {

  private static final ReportRenderer RENDERER = TestRenderer.get();

  static DisclosureTimeliness timeliness() {
    String a = "金华市金东区综合行政执法局";
    String b = "金华市金东区市场监督管理局";
    String c = "金华市交通运输行政执法队金东中队";
    List<DisclosureTimeliness.Row> rows =
        List.of(
            new DisclosureTimeliness.Row(
                a, YearMonth.of(2024, 4), 42, 38, 3, 1, new BigDecimal("4.0")),
            new DisclosureTimeliness.Row(
                b, YearMonth.of(2024, 4), 65, 60, 5, 0, new BigDecimal("5.0")),
            new DisclosureTimeliness.Row(
                a, YearMonth.of(2024, 5), 51, 45, 2, 1, new BigDecimal("3.5")),
            new DisclosureTimeliness.Row(
                c, YearMonth.of(2024, 5), 18, 18, 0, 0, new BigDecimal("2.0")),
            new DisclosureTimeliness.Row(
                a, YearMonth.of(2024, 6), 47, 30, 0, 2, new BigDecimal("4.5")),
            new DisclosureTimeliness.Row(b, YearMonth.of(2024, 6), 70, 52, 1, 4, null));
    return new DisclosureTimeliness(
        "金华市金东区", LocalDate.of(2024, 6, 28), rows, new BigDecimal("4.0"));
  }

  @Test
  void timelinessSubtotalsPerAgencyAndGrandTotal() throws Exception {
    DisclosureTimeliness report = timeliness();
    String text =
        Pdfs.read(RENDERER.disclosureTimelinessPdf(report), "disclosure-timeliness.pdf").text();
    String flat = Pdfs.squash(text);
    assertThat(flat).contains("行政处罚决定公示及时性统计表", "金华市金东区综合行政执法局小计", "2024-05");
    int decisions =
        report.rows().stream().mapToInt(DisclosureTimeliness.Row::decisions).sum(); // 293
    int onTime =
        report.rows().stream().mapToInt(DisclosureTimeliness.Row::publishedOnTime).sum(); // 243
    int overdue = report.rows().stream().mapToInt(DisclosureTimeliness.Row::overdueNow).sum(); // 8
    // agency a: 140 decisions, 113 on time (80.7%), 5 late, 4 overdue, 18 pending
    assertThat(line(text, "金华市金东区综合行政执法局 小计")).contains("140", "113", "5", "4", "18", "80.7");
    assertThat(line(text, "合计"))
        .contains(
            String.valueOf(decisions),
            String.valueOf(onTime),
            String.valueOf(overdue),
            "82.9",
            "4.0");

    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(RENDERER.disclosureTimelinessXlsx(report)))) {
      assertThat(wb.getSheetName(0)).isEqualTo("公示及时性");
      assertThat(wb.getSheetAt(0).getRow(2).getCell(8).getStringCellValue())
          .isEqualTo("公示用时中位数（工作日）");
      List<Double> totals = numbersInRow(wb.getSheetAt(0), "合计");
      assertThat(totals.subList(0, 4))
          .containsExactly((double) decisions, (double) onTime, 11.0, (double) overdue);
    }
  }

  @Test
  void annualStatisticsSumsByAgencyAndDomain() throws Exception {
    List<AnnualStatistics.Row> rows = new ArrayList<>();
    String a = "金华市金东区综合行政执法局";
    rows.add(
        new AnnualStatistics.Row(
            a, "城乡规划", 86, 3, 80, 2, 0, 0, 12, new BigDecimal("1286400.00"), 4, 9, 2, 1));
    rows.add(
        new AnnualStatistics.Row(
            a, "市容环卫", 412, 120, 300, 0, 0, 0, 5, new BigDecimal("98650.00"), 0, 2, 1, 0));
    rows.add(
        new AnnualStatistics.Row(
            "金华市金东区市场监督管理局",
            "食品安全",
            133,
            10,
            121,
            45,
            3,
            2,
            0,
            new BigDecimal("2315000.50"),
            6,
            15,
            3,
            2));
    rows.add(
        new AnnualStatistics.Row(
            a, "生态环境", 27, 0, 27, 0, 0, 1, 0, new BigDecimal("640000.00"), 2, 5, 0, 1));
    AnnualStatistics stats = new AnnualStatistics(2024, "金华市金东区", rows);
    String text = Pdfs.read(RENDERER.annualStatisticsPdf(stats), "annual-statistics.pdf").text();
    assertThat(Pdfs.squash(text)).contains("金华市金东区2024年度行政执法数据统计表", "食品安全");
    // agency a: 525 cases, fines 2,025,050.00; all: 658 cases, 4,340,050.50
    assertThat(line(text, a + " 小计")).contains("525", "2,025,050.00");
    assertThat(line(text, "合计")).contains("658", "4,340,050.50");

    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(RENDERER.annualStatisticsXlsx(stats)))) {
      List<Double> totals = numbersInRow(wb.getSheetAt(0), "合计");
      assertThat(wb.getSheetAt(0).getRow(2).getCell(7).getStringCellValue())
          .isEqualTo("停产停业/关闭/限制");
      assertThat(totals.get(0)).isEqualTo(658.0);
      assertThat(totals.get(7)).isEqualTo(4340050.50);
    }
  }

  @Test
  void powerListSubtotalPerUnitAndGrandTotal() throws Exception {
    String bureau = "金华市金东区综合行政执法局";
    List<PowerListSummary.Row> rows =
        List.of(
            new PowerListSummary.Row(bureau, "城乡规划", 312, "金华市自然资源和规划局金东分局"),
            new PowerListSummary.Row(bureau, "市容环卫", 405, "金东区住房和城乡建设局"),
            new PowerListSummary.Row("金东区交通运输行政执法队", "交通运输", 323, "金东区交通运输局"),
            new PowerListSummary.Row(bureau, "住房和城乡建设", 1059, "金东区住房和城乡建设局"),
            new PowerListSummary.Row("金东区市场监管执法队", "市场监管", 995, "金华市市场监督管理局金东分局"),
            new PowerListSummary.Row("金东区农业农村执法队", "农业农村", 343, "金东区农业农村局"));
    PowerListSummary list = new PowerListSummary("金华市金东区行政执法事项目录", LocalDate.of(2024, 1, 1), rows);
    String text = Pdfs.read(RENDERER.powerListPdf(list), "power-list.pdf").text();
    assertThat(Pdfs.squash(text)).contains("权责清单分类汇总表", "金东区交通运输局");
    assertThat(line(text, bureau + " 小计")).contains("1,776");
    assertThat(line(text, "合计")).contains("3,437");
    // rows of one unit come together, in input order
    String flat = Pdfs.squash(text);
    assertThat(flat.indexOf("住房和城乡建设1,059")).isLessThan(flat.indexOf("金东区交通运输行政执法队"));

    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(RENDERER.powerListXlsx(list)))) {
      assertThat(numbersInRow(wb.getSheetAt(0), "合计")).containsExactly(3437.0);
    }
  }

  /** The extracted line that starts with the given label. */
  static String line(String text, String label) {
    return text.lines()
        .map(String::strip)
        .filter(l -> l.startsWith(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starting with " + label + " in\n" + text));
  }

  /** Numeric cells of the first row whose first non-empty cell is the label. */
  static List<Double> numbersInRow(Sheet sheet, String label) {
    for (Row row : sheet) {
      List<Double> numbers = new ArrayList<>();
      boolean match = false;
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING
            && cell.getStringCellValue().strip().equals(label)) {
          match = true;
        } else if (cell.getCellType() == CellType.NUMERIC) {
          numbers.add(cell.getNumericCellValue());
        }
      }
      if (match) {
        return numbers;
      }
    }
    throw new AssertionError("no row " + label);
  }
}
