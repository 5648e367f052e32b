package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshi.reports.model.PenaltyDecision;
import org.junit.jupiter.api.Test;

class PenaltyDecisionTest {

  private static final ReportRenderer RENDERER = TestRenderer.get();

  @Test
  void fullDecisionCarriesEveryArticle59ItemAsEmbeddedChineseText() throws Exception {
    PenaltyDecision d = Samples.decision();
    Pdfs.Read pdf =
        Pdfs.read(RENDERER.penaltyDecisionPdf(d, DecisionVariant.FULL), "decision-full.pdf");
    String text = Pdfs.squash(pdf.text());
    assertThat(text)
        .contains(
            "行政处罚决定书",
            "金华市金东区综合行政执法局",
            "金东综执罚决字〔2024〕第123号",
            "当事人：金华市鑫源建材有限公司",
            "统一社会信用代码：91330703MA2HXXXX3Q",
            "法定代表人：王建国",
            "住所：浙江省金华市金东区多湖街道光南路188号",
            "擅自搭建钢结构临时建筑",
            "以上事实有以下证据证明",
            "违反了《浙江省城乡规划条例》第四十四条第一款的规定",
            "依据《中华人民共和国城乡规划法》第六十六条第一项",
            "罚款人民币伍万元整（¥50,000.00）",
            "十五日内",
            "每日按罚款数额的百分之三加处罚款",
            "六十日内向金华市金东区人民政府申请行政复议",
            "六个月内依法向金华市婺城区人民法院提起行政诉讼",
            "2024年5月20日");
    assertThat(text).doesNotContain("公示版");
    assertThat(pdf.pdfaPart()).isEqualTo("1");
    assertThat(pdf.fonts()).isPositive();
  }

  @Test
  void publicVariantIsMarkedAndSimpleProcedureRequiresReconsiderationFirst() throws Exception {
    PenaltyDecision full = Samples.decision();
    PenaltyDecision redacted =
        new PenaltyDecision(
            "金东综执当罚字〔2024〕第7号",
            full.agencyName(),
            PenaltyDecision.Procedure.SIMPLE,
            new org.gongshi.reports.model.Party(
                org.gongshi.reports.model.Party.PartyType.NATURAL_PERSON,
                "张某某",
                "3307**********1234",
                null,
                "浙江省金华市金东区****"),
            "当事人于2024年6月3日在金东区八一北街占道经营。",
            java.util.List.of(),
            "《浙江省城市市容和环境卫生管理条例》第十五条",
            "《浙江省城市市容和环境卫生管理条例》第四十二条",
            null,
            java.util.List.of("罚款人民币壹佰元整"),
            new java.math.BigDecimal("100"),
            null,
            15,
            "金华市金东区人民政府",
            null,
            java.time.LocalDate.of(2024, 6, 3));
    Pdfs.Read pdf =
        Pdfs.read(
            RENDERER.penaltyDecisionPdf(redacted, DecisionVariant.PUBLIC), "decision-public.pdf");
    String text = Pdfs.squash(pdf.text());
    assertThat(text)
        .contains(
            "当场行政处罚决定书",
            "公示版",
            "当事人：张某某",
            "身份证号码：3307**********1234",
            "壹佰元整",
            "六十日内向金华市金东区人民政府申请行政复议；对行政复议决定不服的");
    assertThat(text).doesNotContain("六个月内");
    assertThat(pdf.pdfaPart()).isEqualTo("1");
  }

  @Test
  void publicVariantPrintsEveryPartyAsMasked() throws Exception {
    PenaltyDecision full = Samples.decision();
    var type = org.gongshi.reports.model.Party.PartyType.NATURAL_PERSON;
    PenaltyDecision redacted =
        new PenaltyDecision(
            full.decisionNumber(),
            full.agencyName(),
            PenaltyDecision.Procedure.GENERAL,
            new org.gongshi.reports.model.Party(type, "王某某", "******************", null, "***"),
            "当事人王某某、李某某在宗泽路占道经营。",
            java.util.List.of(),
            null,
            "《城市市容和环境卫生管理条例》第三十六条",
            null,
            java.util.List.of("罚款人民币伍佰元整"),
            new java.math.BigDecimal("500"),
            null,
            15,
            "金华市金东区人民政府",
            null,
            java.time.LocalDate.of(2026, 3, 2),
            java.util.List.of(
                new org.gongshi.reports.model.Party(
                    type, "李某某", "3307**********1223", null, "金华市婺城区***")));
    String text =
        Pdfs.squash(
            Pdfs.read(
                    RENDERER.penaltyDecisionPdf(redacted, DecisionVariant.PUBLIC),
                    "decision-public-two-parties.pdf")
                .text());
    assertThat(text)
        .contains(
            "当事人：王某某",
            "身份证号码：******************",
            "当事人：李某某",
            "身份证号码：3307**********1223",
            "住址：金华市婺城区***");
    assertThat(text.indexOf("当事人：王某某")).isLessThan(text.indexOf("当事人：李某某"));
  }
}
