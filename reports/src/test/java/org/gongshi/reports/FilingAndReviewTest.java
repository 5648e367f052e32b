package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongshi.reports.model.CaseReviewSheet;
import org.junit.jupiter.api.Test;

class FilingAndReviewTest {

  private static final ReportRenderer RENDERER = TestRenderer.get();

  @Test
  void filingReportIsArchivalAndComplete() throws Exception {
    Pdfs.Read pdf =
        Pdfs.read(RENDERER.majorDecisionFilingPdf(Samples.filing()), "major-decision-filing.pdf");
    String text = Pdfs.squash(pdf.text());
    assertThat(text)
        .contains(
            "重大行政处罚决定备案报告",
            "金华市金东区司法局：",
            "金东综执备字〔2024〕第8号",
            "（金东综执罚决字〔2024〕第123号）报送备案",
            "当事人：金华市鑫源建材有限公司",
            "法制审核：2024年5月10日",
            "2024年5月16日经本机关负责人集体讨论决定",
            "备案期限：2024年6月4日",
            "罚款金额¥50,000.00",
            "附件：1.重大行政处罚决定备案报告",
            "5.结案报告",
            "0579-82101234");
    assertThat(text).doesNotContain("逾期报备");
    assertThat(pdf.pdfaPart()).isEqualTo("1");
  }

  @Test
  void reviewSheetScoresDeductionsNeverBelowZero() throws Exception {
    CaseReviewSheet sheet = Samples.reviewSheet(List.of());
    // 100 points; deductions 1+2+3+2.5 and a 12-point deduction capped at the item's 10
    assertThat(sheet.maxTotal()).isEqualByComparingTo("100");
    assertThat(sheet.total()).isEqualByComparingTo("81.5");
    assertThat(sheet.grade()).isEqualTo("合格");
    Pdfs.Read pdf = Pdfs.read(RENDERER.caseReviewSheetPdf(sheet), "case-review-sheet.pdf");
    String text = Pdfs.squash(pdf.text());
    assertThat(text)
        .contains(
            "行政处罚案卷评查评分表", "2024年度行政处罚案卷评查", "送达回证缺少送达方式", "81.5/100", "合格", "评查人：孙丽华", "一票否决事项无");
    assertThat(pdf.pdfaPart()).isNull();
  }

  @Test
  void vetoFailsTheFile() throws Exception {
    CaseReviewSheet sheet = Samples.reviewSheet(List.of("执法人员不足2人"));
    assertThat(sheet.total()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(sheet.grade()).isEqualTo("不合格");
    String text =
        Pdfs.squash(Pdfs.read(RENDERER.caseReviewSheetPdf(sheet), "case-review-veto.pdf").text());
    assertThat(text).contains("执法人员不足2人", "0/100", "不合格");
  }
}
