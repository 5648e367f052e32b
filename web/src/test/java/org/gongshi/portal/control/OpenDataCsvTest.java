package org.gongshi.portal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.portal.entity.PublishedDecision;
import org.junit.jupiter.api.Test;

class OpenDataCsvTest {

  @Test
  void headerIsTheNational双公示FieldsInOrderAfterABom() throws Exception {
    StringBuilder out = new StringBuilder();
    OpenDataCsv.writeHeader(out);

    assertThat(out.toString()).startsWith("\uFEFF行政相对人名称,行政相对人类别,行政相对人代码_1,行政相对人代码_2,");
    assertThat(out.toString()).endsWith("数据来源单位,数据来源单位统一社会信用代码,备注\r\n");
    assertThat(OpenDataCsv.HEADER)
        .hasSize(30)
        .containsSubsequence(
            "法定代表人",
            "法定代表人证件类型",
            "法定代表人证件号码",
            "证件类型",
            "证件号码",
            "行政处罚决定书文号",
            "违法行为类型",
            "违法事实",
            "处罚依据",
            "处罚类别",
            "处罚内容",
            "罚款金额（万元）",
            "没收违法所得、没收非法财物的金额（万元）",
            "暂扣或吊销证照名称及编号",
            "处罚决定日期",
            "处罚有效期",
            "公示截止期",
            "处罚机关",
            "处罚机关统一社会信用代码");
  }

  @Test
  void theDataDictionaryDescribesEveryColumnInTheFilesOrder() {
    assertThat(OpenDataCsv.DICTIONARY.stream().map(OpenDataCsv.Column::name).toList())
        .isEqualTo(OpenDataCsv.HEADER);
  }

  @Test
  void cellsAreQuotedPerRfc4180() {
    assertThat(OpenDataCsv.cell("普通文本")).isEqualTo("普通文本");
    assertThat(OpenDataCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(OpenDataCsv.cell("他说\"停\"")).isEqualTo("\"他说\"\"停\"\"\"");
    assertThat(OpenDataCsv.cell("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
    assertThat(OpenDataCsv.cell(null)).isEmpty();
  }

  @Test
  void formulaeAreNeutralised() {
    assertThat(OpenDataCsv.cell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(OpenDataCsv.cell("+86 123")).isEqualTo("'+86 123");
    assertThat(OpenDataCsv.cell("-1+2")).isEqualTo("'-1+2");
    assertThat(OpenDataCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(OpenDataCsv.cell("＝1+1")).isEqualTo("'＝1+1");
    assertThat(OpenDataCsv.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(OpenDataCsv.cell("罚款=2000元")).isEqualTo("罚款=2000元");
  }

  @Test
  void aNaturalPersonHasNoCodeNoRepresentativeAndNoIdNumber() {
    PublishedDecision d = decision(PartyKind.NATURAL_PERSON, "张某某", "91110000802100433B");

    List<String> cells = OpenDataCsv.cells(d, "http://x/portal/decisions/7");

    assertThat(cells).hasSize(OpenDataCsv.HEADER.size());
    assertThat(cells.get(0)).isEqualTo("张某某");
    assertThat(cells.get(1)).isEqualTo("自然人");
    assertThat(cells.subList(2, 13)).allMatch(String::isEmpty);
    assertThat(cells.get(13)).isEqualTo("金东综执罚决字〔2024〕第7号");
  }

  @Test
  void anOrganisationRowHasItsUsccAmountsInWanAndDates() {
    PublishedDecision d = decision(PartyKind.ORGANISATION, "金华市某某建材有限公司", "91110000802100433B");

    List<String> cells = OpenDataCsv.cells(d, "http://x/portal/decisions/7");

    assertThat(cells.get(1)).isEqualTo("法人及非法人组织");
    assertThat(cells.get(2)).isEqualTo("91110000802100433B");
    assertThat(cells.get(8)).isEqualTo("王某");
    assertThat(cells.get(OpenDataCsv.HEADER.indexOf("罚款金额（万元）"))).isEqualTo("0.2");
    assertThat(cells.get(OpenDataCsv.HEADER.indexOf("没收违法所得、没收非法财物的金额（万元）"))).isEqualTo("15");
    assertThat(cells.get(OpenDataCsv.HEADER.indexOf("处罚决定日期"))).isEqualTo("2024-03-15");
    assertThat(cells.get(OpenDataCsv.HEADER.indexOf("公示截止期"))).isEqualTo("2027-03-15");
    assertThat(cells.get(OpenDataCsv.HEADER.indexOf("处罚有效期")))
        .as("long-term, as the national standard writes it")
        .isEqualTo("2099-12-31");
    assertThat(cells.get(OpenDataCsv.HEADER.indexOf("处罚机关"))).isEqualTo("金华市金东区综合行政执法局");
    assertThat(cells.get(29)).isEqualTo("公示地址：http://x/portal/decisions/7");
  }

  @Test
  void aRowEndsWithCrlfAndQuotesOnlyWhereNeeded() throws Exception {
    StringBuilder out = new StringBuilder();
    OpenDataCsv.writeRow(out, List.of("a", "b,c", "-d"));
    assertThat(out.toString()).isEqualTo("a,\"b,c\",'-d\r\n");
  }

  static PublishedDecision decision(PartyKind category, String name, String uscc) {
    PublishedDecision d =
        new PublishedDecision(
            1,
            1,
            "金华市金东区综合行政执法局",
            "11330703MB1234567X",
            "金东综执罚决字〔2024〕第7号",
            LocalDate.of(2024, 3, 15),
            Instant.parse("2024-03-20T02:00:00Z"));
    d.content(
        name,
        category,
        uscc,
        "王某",
        "违规设置户外广告",
        "当事人擅自设置户外广告。",
        "《城市市容和环境卫生管理条例》第十七条",
        "罚款；没收违法所得",
        "罚款人民币2000元",
        new BigDecimal("0.200000"),
        new BigDecimal("15.000000"),
        null,
        "市容环境卫生",
        "GENERAL",
        "全文");
    d.period(LocalDate.of(2024, 6, 15), LocalDate.of(2027, 3, 15));
    return d;
  }
}
