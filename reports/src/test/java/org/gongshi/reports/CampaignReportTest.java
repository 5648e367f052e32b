package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshi.reports.model.CampaignReport;
import org.junit.jupiter.api.Test;

class CampaignReportTest {
  private static final ReportRenderer RENDERER = TestRenderer.get();
  private static final String JINDONG = "金华市金东区综合行政执法局";
  private static final String XINZHOU = "忻州经济开发区综合行政执法局";

  static CampaignReport report() {
    return new CampaignReport(
        "2026年第四季度行政处罚案卷评查",
        "季度评查",
        "决定日期 2026年7月1日至2026年9月30日",
        "行政处罚案卷评查标准（第2版）",
        20261206L,
        LocalDate.of(2026, 12, 6),
        List.of(
            new CampaignReport.FileRow(
                "金东综执罚〔2026〕101号",
                "未按规定设置户外广告",
                JINDONG,
                "赵评查",
                2,
                "已提交",
                new BigDecimal("92.5"),
                "优秀"),
            new CampaignReport.FileRow(
                "金东综执罚〔2026〕102号", "占道经营", JINDONG, "赵评查", 0, "已提交", new BigDecimal("58"), "不合格"),
            new CampaignReport.FileRow(
                "忻经开综执罚〔2026〕7号", "违法建设", XINZHOU, "钱评查", 1, "待评分", null, null)),
        List.of(
            new CampaignReport.AgencyRow(JINDONG, 2, 2, new BigDecimal("75.3"), 1, 0, 1),
            new CampaignReport.AgencyRow(XINZHOU, 1, 0, null, 0, 0, 0)),
        List.of(
            new CampaignReport.RankRow(1, "金东综执罚〔2026〕101号", JINDONG, new BigDecimal("92.5"), "优秀"),
            new CampaignReport.RankRow(2, "金东综执罚〔2026〕102号", JINDONG, new BigDecimal("58"), "不合格")),
        List.of(
            new CampaignReport.RankRow(1, "金东综执罚〔2026〕102号", JINDONG, new BigDecimal("58"), "不合格"),
            new CampaignReport.RankRow(
                2, "金东综执罚〔2026〕101号", JINDONG, new BigDecimal("92.5"), "优秀")),
        List.of(
            new CampaignReport.FindingRow("办案人员少于2人", 2, 1, 1, 1, 0),
            new CampaignReport.FindingRow("立案时已超过行政处罚追责时效", 1, 0, 0, 1, 1)));
  }

  @Test
  void thePdfHasEveryTableInChinese() throws Exception {
    String text = Pdfs.read(RENDERER.campaignReportPdf(report()), "campaign-report.pdf").text();
    String flat = Pdfs.squash(text);
    assertThat(flat)
        .contains(
            "2026年第四季度行政处罚案卷评查案卷评查情况报告",
            "随机种子：20261206",
            "各机关平均分",
            "十佳案卷",
            "十差案卷",
            "自动预检发现的问题",
            "立案时已超过行政处罚追责时效");
    assertThat(TabularReportsTest.line(text, "1 金东综执罚〔2026〕101号")).contains("92.5", "优秀");
    assertThat(TabularReportsTest.line(text, JINDONG)).contains("2 2 75.3 1 0 1");
    assertThat(TabularReportsTest.line(text, XINZHOU)).contains("1 0");
    assertThat(TabularReportsTest.line(text, "办案人员少于2人")).contains("2 1 1 1 0");
  }

  @Test
  void theWorkbookHasOneSheetPerTableWithNumbers() throws Exception {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(RENDERER.campaignReportXlsx(report())))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(5);
      assertThat(wb.getSheetName(0)).isEqualTo("案卷得分");
      assertThat(wb.getSheetName(4)).isEqualTo("预检问题");
      assertThat(TabularReportsTest.numbersInRow(wb.getSheetAt(1), JINDONG))
          .containsExactly(2.0, 2.0, 75.3, 1.0, 0.0, 1.0);
      assertThat(TabularReportsTest.numbersInRow(wb.getSheetAt(4), "办案人员少于2人"))
          .containsExactly(2.0, 1.0, 1.0, 1.0, 0.0);
    }
  }

  @Test
  void anEmptyCampaignSaysSoInsteadOfAnEmptyTable() throws Exception {
    CampaignReport empty =
        new CampaignReport(
            "专项评查",
            "专项评查",
            "全部机关",
            "标准",
            1L,
            LocalDate.of(2026, 12, 6),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    String flat =
        Pdfs.squash(Pdfs.read(RENDERER.campaignReportPdf(empty), "campaign-empty.pdf").text());
    assertThat(flat).contains("本次评查未抽取案卷", "尚无已提交的评分表");
  }
}
