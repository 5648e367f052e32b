package org.gongshi.portal.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.platform.CsvCells;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.portal.entity.PublishedDecision;

/**
 * The national 双公示 penalty fields as CSV for Excel: UTF-8 with BOM, RFC 4180 quoting, CRLF, and
 * cells that a spreadsheet would take for a formula (= + - @, tab, CR) prefixed with an apostrophe.
 * Personal ID numbers have no column to come from: 证件号码 columns stay empty.
 */
public final class OpenDataCsv {
  private OpenDataCsv() {}

  public static final String BOM = "\uFEFF";

  /** The field names, in the national order (DOMAIN.md §3). */
  public static final List<String> HEADER =
      List.of(
          "行政相对人名称",
          "行政相对人类别",
          "行政相对人代码_1",
          "行政相对人代码_2",
          "行政相对人代码_3",
          "行政相对人代码_4",
          "行政相对人代码_5",
          "行政相对人代码_6",
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
          "处罚机关统一社会信用代码",
          "数据来源单位",
          "数据来源单位统一社会信用代码",
          "备注");

  /** BOM and the header line. */
  public static void writeHeader(Appendable out) throws IOException {
    out.append(BOM);
    writeRow(out, HEADER);
  }

  /**
   * One decision's cells; a natural person never gets a code (代码_1 is the USCC of organisations).
   */
  public static List<String> cells(PublishedDecision d, String permalink) {
    boolean person = d.getPartyCategory() == PartyKind.NATURAL_PERSON;
    List<String> c = new ArrayList<>(HEADER.size());
    c.add(d.getPartyName());
    c.add(d.getPartyCategory() == null ? "" : d.getPartyCategory().label);
    c.add(person ? "" : d.getPartyUscc());
    for (int i = 2; i <= 6; i++) c.add("");
    c.add(person ? "" : d.getLegalRepresentative());
    c.add("");
    c.add("");
    c.add("");
    c.add(""); // ID types and numbers: never published
    c.add(d.getDecisionNumber());
    c.add(d.getViolationType());
    c.add(d.getFacts());
    c.add(d.getLegalBasis());
    c.add(d.getPenaltyTypes());
    c.add(d.getPenaltyContent());
    c.add(amount(d.getFineWan()));
    c.add(amount(d.getConfiscatedWan()));
    c.add(d.getLicence());
    c.add(d.getDecidedOn() == null ? "" : d.getDecidedOn().toString());
    c.add(validity(d));
    c.add(d.getExpiresOn() == null ? "" : d.getExpiresOn().toString());
    c.add(d.getAgencyName());
    c.add(d.getAgencyUscc());
    c.add(d.getAgencyName());
    c.add(d.getAgencyUscc());
    c.add(permalink == null ? "" : "公示地址：" + permalink);
    return c;
  }

  /**
   * 处罚有效期, as the national 双公示 standard reads it: the day a penalty's effect ends, with 2099-12-31
   * for a penalty without end (a fine, a warning, a confiscation or a revocation). A penalty that
   * ends by itself (a suspended licence, a ban for a term) has its end in the decision text only,
   * so it is given as long-term too, and the 处罚内容 column says the term.
   */
  static String validity(PublishedDecision d) {
    return d.getDecidedOn() == null ? "" : LONG_TERM;
  }

  /** The national standard's "long-term" date. */
  public static final String LONG_TERM = "2099-12-31";

  /** A column of the CSV as the data dictionary describes it. */
  public record Column(String name, String meaning) {}

  /** The data dictionary: every column, in the file's order. */
  public static final List<Column> DICTIONARY =
      List.of(
          new Column("行政相对人名称", "受处罚的法人、非法人组织、个体工商户名称；自然人只显示姓氏（如“张某某”）"),
          new Column("行政相对人类别", "法人及非法人组织、自然人、个体工商户"),
          new Column("行政相对人代码_1", "统一社会信用代码（18 位）；自然人为空"),
          new Column("行政相对人代码_2", "工商注册号（本站不填）"),
          new Column("行政相对人代码_3", "组织机构代码（本站不填）"),
          new Column("行政相对人代码_4", "税务登记号（本站不填）"),
          new Column("行政相对人代码_5", "事业单位证书号（本站不填）"),
          new Column("行政相对人代码_6", "社会组织登记证号（本站不填）"),
          new Column("法定代表人", "组织的法定代表人或负责人；自然人当事人为空"),
          new Column("法定代表人证件类型", "不公开，始终为空"),
          new Column("法定代表人证件号码", "不公开，始终为空"),
          new Column("证件类型", "自然人证件类型，不公开，始终为空"),
          new Column("证件号码", "自然人证件号码，不公开，始终为空"),
          new Column("行政处罚决定书文号", "如 金东综执罚决字〔2024〕第12号"),
          new Column("违法行为类型", "违法行为的名称"),
          new Column("违法事实", "已隐去个人信息的违法事实"),
          new Column("处罚依据", "法律、法规、规章及条款"),
          new Column("处罚类别", "警告、罚款、没收违法所得等，多项以“；”分隔"),
          new Column("处罚内容", "处罚的具体内容"),
          new Column("罚款金额（万元）", "单位：万元，无罚款为空"),
          new Column("没收违法所得、没收非法财物的金额（万元）", "单位：万元，无没收为空"),
          new Column("暂扣或吊销证照名称及编号", "无则为空"),
          new Column("处罚决定日期", "YYYY-MM-DD"),
          new Column("处罚有效期", "处罚决定效力的截止日期；" + LONG_TERM + " 表示长期（按国家双公示数据标准）"),
          new Column("公示截止期", "在本站公示的最后一天，期满自动撤下"),
          new Column("处罚机关", "作出决定的执法机关"),
          new Column("处罚机关统一社会信用代码", "执法机关的统一社会信用代码"),
          new Column("数据来源单位", "同处罚机关"),
          new Column("数据来源单位统一社会信用代码", "同处罚机关统一社会信用代码"),
          new Column("备注", "该决定在本站的公示地址"));

  /** Amounts already in 万元, without trailing zeros. */
  static String amount(BigDecimal wan) {
    if (wan == null) return "";
    BigDecimal v = wan.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  public static void writeRow(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One cell: formula-neutralised, then quoted when it holds a comma, quote or line break. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) return "";
    String v = CsvCells.guard(value);
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
