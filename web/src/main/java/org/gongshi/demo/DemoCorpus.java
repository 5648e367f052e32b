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
  private static final String[] COMPANIES = {
    "金华市恒达建材有限公司",
    "浙江宏远物流有限公司",
    "金东区佳味餐饮店",
    "忻州市鑫源商贸有限公司",
    "山西晋北建筑工程有限公司",
    "淄博周村顺发五金商行",
    "金华市绿城园林工程有限公司",
    "忻州华兴房地产开发有限公司",
    "淄博鲁信广告传媒有限公司",
    "金华市诚信汽车修理厂"
  };
  private static final String[] STREETS = {"多湖街道光南路", "东孝街道八一北街", "孝顺镇中心大道", "长虹路", "和平街", "丝绸路"};

  /**
   * A demo violation; {@code catalogItem}: words of the power-list item it enforces, if the sample
   * list has one.
   */
  record Violation(String title, String facts, String basis, String catalogItem) {}

  private static final Violation[] VIOLATIONS = {
    new Violation(
        "未经批准擅自占用城市道路", "在%s擅自占用城市道路堆放建筑材料约%d平方米，影响道路通行", "《城市道路管理条例》第二十七条第（五）项、第四十二条", null),
    new Violation(
        "违法建设", "未取得建设工程规划许可证，在%s擅自搭建钢结构建筑物约%d平方米", "《中华人民共和国城乡规划法》第四十条、第六十四条", "建设工程规划许可证"),
    new Violation("擅自设置户外广告", "未经批准在%s擅自设置大型户外广告牌%d块", "《城市市容和环境卫生管理条例》第十一条、第三十六条", null),
    new Violation(
        "违规排放油烟", "在%s经营餐饮服务，未安装油烟净化设施，油烟直排约%d日", "《中华人民共和国大气污染防治法》第八十一条第一款、第一百一十八条第一款", "油烟"),
    new Violation("建筑垃圾未按规定处置", "在%s运输建筑垃圾未采取密闭措施，沿途撒漏约%d米", "《城市建筑垃圾管理规定》第十四条、第二十三条", "建筑垃圾"),
    new Violation("占道经营", "在%s超出门窗外墙摆卖商品，占用人行道约%d平方米", "《浙江省城市市容和环境卫生管理条例》第二十一条、第四十二条", null)
  };

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
    Violation v = VIOLATIONS[rnd.nextInt(VIOLATIONS.length)];
    String place =
        a.getRegion().replaceAll("^.*?省", "")
            + STREETS[rnd.nextInt(STREETS.length)]
            + (rnd.nextInt(300) + 1)
            + "号";
    String facts = String.format(v.facts(), place, rnd.nextInt(80) + 5);
    boolean simple = serial % 5 == 0;
    boolean person = serial % 2 == 0;
    Party party =
        person
            ? new Party(
                PartyKind.NATURAL_PERSON,
                personName(),
                idNumber(),
                null,
                null,
                "浙江省金华市"
                    + STREETS[rnd.nextInt(STREETS.length)]
                    + (rnd.nextInt(99) + 1)
                    + "弄"
                    + (rnd.nextInt(30) + 1)
                    + "号",
                false)
            : new Party(
                PartyKind.ORGANISATION,
                COMPANIES[rnd.nextInt(COMPANIES.length)],
                null,
                uscc(),
                personName(),
                a.getRegion() + STREETS[rnd.nextInt(STREETS.length)] + (rnd.nextInt(500) + 1) + "号",
                false);
    BigDecimal fine =
        simple
            ? BigDecimal.valueOf(person ? 50 + rnd.nextInt(4) * 50 : 500 + rnd.nextInt(6) * 500)
            : BigDecimal.valueOf((rnd.nextInt(60) + 1) * 1000L);
    List<Penalty> penalties = new ArrayList<>(List.of(new Penalty(PenaltyKind.FINE, fine, null)));
    if (!simple && rnd.nextInt(4) == 0)
      penalties.add(0, new Penalty(PenaltyKind.WARNING, null, null));
    LocalDate filed = LocalDate.of(year, 1 + rnd.nextInt(10), 1 + rnd.nextInt(27));
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
