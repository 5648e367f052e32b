package org.gongshi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;
import org.gongshi.archive.entity.*;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.platform.id.PartyKind;

/** Seeded generator of realistic Chinese penalty cases for the demo. */
final class DemoCorpus {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰德海";

  /** A demo company: one name, one credit code, one representative, one address. */
  record Company(String name, String uscc, String representative, String address) {}

  /** Companies by province (浙江, 山西, 山东), each with a valid credit code of its own district. */
  private static final Map<String, List<Company>> COMPANIES =
      Map.of(
          "浙江",
          List.of(
              company("金华市恒达建材有限公司", "330703", 1, "王建国", "浙江省金华市金东区多湖街道光南路188号"),
              company("浙江宏远物流有限公司", "330703", 2, "李志强", "浙江省金华市金东区孝顺镇中心大道66号"),
              company("金华市金东区佳味餐饮店", "330703", 3, "陈秀英", "浙江省金华市金东区东孝街道八一北街12号"),
              company("金华市绿城园林工程有限公司", "330703", 4, "张伟", "浙江省金华市金东区多湖街道东湄路29号"),
              company("金华市诚信汽车修理厂", "330703", 5, "刘海", "浙江省金华市金东区孝顺镇车站路8号")),
          "山西",
          List.of(
              company("忻州市鑫源商贸有限公司", "140902", 6, "赵军", "山西省忻州市忻府区和平街105号"),
              company("山西晋北建筑工程有限公司", "140902", 7, "郭德海", "山西省忻州市忻府区长征街218号"),
              company("忻州华兴房地产开发有限公司", "140902", 8, "高红", "山西省忻州市经济开发区云中路36号"),
              company("忻州经济开发区晋味面馆", "140902", 9, "杨桂英", "山西省忻州市经济开发区建设北路17号")),
          "山东",
          List.of(
              company("淄博周村顺发五金商行", "370306", 10, "孙明", "山东省淄博市周村区丝绸路66号"),
              company("淄博鲁信广告传媒有限公司", "370306", 11, "马丽", "山东省淄博市周村区正阳路120号"),
              company("淄博周村丝路纺织有限公司", "370306", 12, "韩涛", "山东省淄博市周村区丝绸路208号"),
              company("淄博周村鲁味餐饮有限公司", "370306", 13, "曹艳", "山东省淄博市周村区大街9号")));

  private static Company company(
      String name, String district, int serial, String representative, String address) {
    return new Company(
        name,
        withUsccCheck(String.format("91%sMA%07d", district, 3100000 + serial * 7919)),
        representative,
        address);
  }

  /** The companies a demo agency deals with: those of its own province. */
  static List<Company> companiesOf(Agency a) {
    return COMPANIES.get(province(a));
  }

  /** 浙江, 山西 or 山东, from the agency's region. */
  static String province(Agency a) {
    return a.getRegion().substring(0, 2);
  }

  private static final Map<String, String[]> STREETS =
      Map.of(
          "浙江", new String[] {"多湖街道光南路", "东孝街道八一北街", "孝顺镇中心大道"},
          "山西", new String[] {"和平街", "长征街", "云中路"},
          "山东", new String[] {"丝绸路", "正阳路", "新建路"});

  private String street(Agency a) {
    String[] streets = STREETS.get(province(a));
    return streets[rnd.nextInt(streets.length)];
  }

  /**
   * A demo violation; {@code catalogItem}: words of the power-list item it enforces, if the sample
   * list has one; {@code province}: the province whose regulation it cites, null for national law.
   */
  record Violation(String title, String facts, String basis, String catalogItem, String province) {}

  private static final Violation[] VIOLATIONS = {
    new Violation(
        "未经批准擅自占用城市道路", "在%s擅自占用城市道路堆放建筑材料约%d平方米，影响道路通行", "《城市道路管理条例》第二十七条第（五）项、第四十二条", null, null),
    new Violation(
        "违法建设", "未取得建设工程规划许可证，在%s擅自搭建钢结构建筑物约%d平方米", "《中华人民共和国城乡规划法》第四十条、第六十四条", "建设工程规划许可证", null),
    new Violation("擅自设置户外广告", "未经批准在%s擅自设置大型户外广告牌%d块", "《城市市容和环境卫生管理条例》第十一条、第三十六条", null, null),
    new Violation(
        "违规排放油烟",
        "在%s经营餐饮服务，未安装油烟净化设施，油烟直排约%d日",
        "《中华人民共和国大气污染防治法》第八十一条第一款、第一百一十八条第一款",
        "油烟",
        null),
    new Violation(
        "建筑垃圾未按规定处置", "在%s运输建筑垃圾未采取密闭措施，沿途撒漏约%d米", "《城市建筑垃圾管理规定》第十四条、第二十三条", "建筑垃圾", null),
    new Violation("占道经营", "在%s超出门窗外墙摆卖商品，占用人行道约%d平方米", "《浙江省城市市容和环境卫生管理条例》第二十一条、第四十二条", null, "浙江"),
    new Violation("占道经营", "在%s超出门窗外墙摆卖商品，占用人行道约%d平方米", "《城市市容和环境卫生管理条例》第十四条、第三十六条", null, "山西"),
    new Violation("占道经营", "在%s超出门窗外墙摆卖商品，占用人行道约%d平方米", "《城市市容和环境卫生管理条例》第十四条、第三十六条", null, "山东")
  };

  /** The violations an agency may cite: national law and its own province's regulations. */
  static List<Violation> violationsOf(Agency a) {
    String p = province(a);
    return Arrays.stream(VIOLATIONS)
        .filter(v -> v.province() == null || v.province().equals(p))
        .toList();
  }

  private final Random rnd;

  DemoCorpus(Random rnd) {
    this.rnd = rnd;
  }

  String personName() {
    return ""
        + SURNAMES.charAt(rnd.nextInt(SURNAMES.length()))
        + GIVEN.charAt(rnd.nextInt(GIVEN.length()))
        + (rnd.nextBoolean() ? "" + GIVEN.charAt(rnd.nextInt(GIVEN.length())) : "");
  }

  record DemoCase(
      String caseNumber,
      String title,
      Procedure procedure,
      CaseSource source,
      String violation,
      String legalBasis,
      Party party,
      List<Penalty> penalties,
      Map<MilestoneKind, LocalDate> milestones,
      String decisionNumber,
      LocalDate closedOn,
      String catalogItem) {}

  DemoCase nextCase(Agency a, int year, int serial) {
    List<Violation> violations = violationsOf(a);
    Violation v = violations.get(rnd.nextInt(violations.size()));
    String place = a.getRegion().replaceAll("^.*?省", "") + street(a) + (rnd.nextInt(300) + 1) + "号";
    String facts = String.format(v.facts(), place, rnd.nextInt(80) + 5);
    boolean simple = serial % 5 == 0;
    boolean person = serial % 2 == 0;
    Company company = companiesOf(a).get(rnd.nextInt(companiesOf(a).size()));
    Party party =
        person
            ? new Party(
                PartyKind.NATURAL_PERSON,
                personName(),
                idNumber(),
                null,
                null,
                a.getRegion()
                    + street(a)
                    + (rnd.nextInt(99) + 1)
                    + "弄"
                    + (rnd.nextInt(30) + 1)
                    + "号",
                false)
            : new Party(
                PartyKind.ORGANISATION,
                company.name(),
                null,
                company.uscc(),
                company.representative(),
                company.address(),
                false);
    BigDecimal fine =
        simple
            ? BigDecimal.valueOf(person ? 50 + rnd.nextInt(4) * 50 : 500 + rnd.nextInt(6) * 500)
            : BigDecimal.valueOf((rnd.nextInt(60) + 1) * 1000L);
    List<Penalty> penalties = new ArrayList<>(List.of(new Penalty(PenaltyKind.FINE, fine, null)));
    if (!simple && rnd.nextInt(4) == 0)
      penalties.add(0, new Penalty(PenaltyKind.WARNING, null, null));
    // filed January to August, so that even a current year's case is decided and closed by now
    LocalDate filed = LocalDate.of(year, 1 + rnd.nextInt(8), 1 + rnd.nextInt(27));
    Map<MilestoneKind, LocalDate> m = new EnumMap<>(MilestoneKind.class);
    String decision = null;
    if (simple) {
      m.put(MilestoneKind.DECIDED, filed);
      m.put(MilestoneKind.SERVED, filed);
      decision = a.getShortName() + "简罚决字〔" + year + "〕第" + serial + "号";
    } else {
      m.put(MilestoneKind.FILED, filed);
      m.put(MilestoneKind.INVESTIGATION_ENDED, filed.plusDays(20));
      m.put(MilestoneKind.ADVANCE_NOTICE, filed.plusDays(25));
      m.put(MilestoneKind.LEGAL_REVIEW, filed.plusDays(33));
      m.put(MilestoneKind.DECIDED, filed.plusDays(40));
      m.put(MilestoneKind.SERVED, filed.plusDays(42));
      m.put(MilestoneKind.EXECUTED, filed.plusDays(55));
      decision = a.getShortName() + "罚决字〔" + year + "〕第" + serial + "号";
    }
    String number = a.getShortName() + (simple ? "简" : "立") + "字〔" + year + "〕第" + serial + "号";
    return new DemoCase(
        number,
        v.title(),
        simple ? Procedure.SIMPLE : Procedure.GENERAL,
        CaseSource.values()[rnd.nextInt(CaseSource.values().length)],
        "当事人" + party.getName() + facts + "。",
        v.basis(),
        party,
        penalties,
        m,
        decision,
        filed.plusDays(simple ? 1 : 60),
        v.catalogItem());
  }

  /** The date a demo document bears, from the case's milestones. */
  static LocalDate documentDate(DemoCase c, DocumentType t) {
    Map<MilestoneKind, LocalDate> m = c.milestones();
    LocalDate start = m.getOrDefault(MilestoneKind.FILED, m.get(MilestoneKind.DECIDED));
    LocalDate day =
        switch (t) {
          case FILING_APPROVAL, ON_SITE_INSPECTION, EVIDENCE -> start;
          case INQUIRY_RECORD -> start.plusDays(3);
          case INVESTIGATION_END_REPORT -> m.get(MilestoneKind.INVESTIGATION_ENDED);
          case ADVANCE_NOTICE -> m.get(MilestoneKind.ADVANCE_NOTICE);
          case LEGAL_REVIEW_OPINION -> m.get(MilestoneKind.LEGAL_REVIEW);
          case DECISION, SIMPLE_DECISION -> m.get(MilestoneKind.DECIDED);
          case SERVICE_RECEIPT -> m.get(MilestoneKind.SERVED);
          case EXECUTION_RECEIPT -> m.get(MilestoneKind.EXECUTED);
          case CLOSING_REPORT -> c.closedOn();
          default -> null;
        };
    return day != null ? day : start;
  }

  String documentText(DemoCase c, DocumentType t) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.label)
        .append("\n\n案件编号：")
        .append(c.caseNumber())
        .append("\n案由：")
        .append(c.title())
        .append("\n当事人：")
        .append(c.party().getName());
    if (c.party().getUscc() != null)
      sb.append("（统一社会信用代码：").append(c.party().getUscc()).append("）");
    sb.append("\n住所：").append(c.party().getAddress()).append("\n\n");
    switch (t) {
      case DECISION, SIMPLE_DECISION ->
          sb.append("经查，")
              .append(c.violation())
              .append("\n以上事实有现场检查笔录、询问笔录、照片等证据为证。\n")
              .append("本机关认为，当事人的上述行为违反了")
              .append(c.legalBasis())
              .append("的规定。\n决定给予如下行政处罚：")
              .append(
                  String.join(
                      "；",
                      c.penalties().stream()
                          .map(
                              p ->
                                  p.getKind().label
                                      + (p.getAmount() == null
                                          ? ""
                                          : "人民币" + p.getAmount().toPlainString() + "元"))
                          .toList()))
              .append("。\n决定书文号：")
              .append(c.decisionNumber())
              .append(
                  "\n当事人应自收到本决定书之日起十五日内缴纳罚款。如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。");
      case INQUIRY_RECORD ->
          sb.append("问：你是否知道今天我们为什么找你？\n答：知道，是因为")
              .append(c.title())
              .append("的事情。\n问：请如实陈述事情经过。\n答：")
              .append(c.violation());
      default ->
          sb.append("本文书记录")
              .append(c.title())
              .append("一案的")
              .append(t.label)
              .append("。\n")
              .append(c.violation());
    }
    return sb.toString();
  }

  String idNumber() {
    return org.gongshi.platform.id.IdNumber.generate(rnd).value();
  }

  String uscc() {
    return org.gongshi.platform.id.Uscc.generate(rnd).value();
  }

  static String withUsccCheck(String first17) {
    return first17 + org.gongshi.platform.id.Uscc.checkChar(first17);
  }
}
