package org.gongshi.disclosure.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gongshi.platform.id.IdNumber;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.platform.id.Uscc;

/**
 * Builds realistic penalty decisions with the truth of what must be masked and what must stay.
 * Reproducible: the same seed gives the same corpus.
 */
final class DecisionGenerator {

  /** What a marked stretch of text is. */
  enum Truth {
    ID(true),
    PHONE(true),
    CARD(true),
    ACCOUNT(true),
    ADDRESS(true),
    PARTY(true),
    WITNESS(true),
    REPRESENTATIVE(true),
    /** An organisation party's legal representative: public (双公示). */
    LEGAL_REPRESENTATIVE(false),
    ORGANISATION(false),
    USCC(false),
    DECISION_NUMBER(false),
    INVOICE(false),
    ORDER(false),
    OFFICER(false),
    REGISTERED_ADDRESS(false);

    final boolean mask;

    Truth(boolean mask) {
      this.mask = mask;
    }
  }

  record Marked(int start, int end, Truth truth, String text) {}

  /** A decision, its full case context, and a context that lists only the party and officers. */
  record Decision(String text, CaseContext context, CaseContext partyOnly, List<Marked> marks) {}

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
          + "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String[] COMPOUND = {"欧阳", "司马", "诸葛", "上官"};
  private static final String[] GIVEN = {
    "建国", "秀英", "志刚", "晓明", "丽华", "伟", "洋", "娜娜", "海燕", "建华", "文军", "玉兰", "国平", "春梅", "红霞", "志强",
    "明辉", "雪梅", "俊杰", "子涵", "浩然", "一鸣", "思远", "佳怡", "欣怡", "宇航", "建军", "桂英", "淑珍", "立新", "金凤", "德华",
    "海涛", "慧敏", "晓燕", "振华", "家豪", "梓轩", "雨桐", "文博", "玉梅", "凤英", "秋菊", "国强", "卫东", "小龙", "勇", "静",
    "磊", "敏", "军", "芳", "杰", "涛", "超", "霞", "平", "刚"
  };
  private static final String[] TOWNS = {
    "多湖街道", "东孝街道", "孝顺镇", "傅村镇", "曹宅镇", "澧浦镇", "岭下镇", "江东镇", "塘雅镇", "赤松镇"
  };
  private static final String[] ROADS = {
    "光明路", "东关路", "金港大道", "宗泽路", "李渔路", "八一北街", "丹溪路", "环城北路", "双溪西路", "新华街"
  };
  private static final String[] VILLAGES = {"下王村", "徐宅村", "大黄村", "郑店村", "塘头村", "石门村"};
  private static final String[] BRANDS = {
    "恒通", "华瑞", "鑫源", "佳禾", "宏达", "瑞丰", "兴旺", "同创", "永盛", "博远", "金鼎", "润和"
  };
  private static final String[] TRADES = {
    "贸易", "餐饮管理", "建筑工程", "食品", "物业服务", "广告传媒", "汽车服务", "环保科技", "建材"
  };
  private static final String[] CITIES = {"金华市", "义乌市", "东阳市", "永康市", "兰溪市", "杭州市"};
  private static final String[] AGENCIES = {"金东综执罚决字", "婺综执罚决字", "义综执罚决字", "兰综执罚字"};
  private static final String[] BANKS = {"中国工商银行金华分行", "中国农业银行金东支行", "中国建设银行义乌分行", "浙江金华成泰农村商业银行"};
  private static final String[] FILLERS = {
    "当事人对上述事实无异议。",
    "执法人员当场制作了现场检查笔录。",
    "涉案物品已依法先行登记保存。",
    "当事人违法行为持续时间较短，危害后果较轻。",
    "经复查，当事人已按期整改到位。",
    "本案货值金额较小。",
    // words that name recognisers like to take for persons
    "执法人员于黎明时分到达现场，当事人常年在此经营，涉案金额高达数万元。",
    "经向金华市市场监督管理局核实，涉案产品并非金华火腿。",
    "严重程度一般，周边群众反映强烈，影响文明城市创建。",
    "经向浙江金华成泰农村商业银行调取流水核实，款项往来清楚。",
    "华夏大地，万家灯火，当事人于晚间继续经营。"
  };

  private final Random random;
  private final StringBuilder text = new StringBuilder();
  private final List<Marked> marks = new ArrayList<>();

  private DecisionGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A corpus of {@code n} decisions, a third of each party kind. */
  static List<Decision> corpus(int n, long seed) {
    List<Decision> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DecisionGenerator g = new DecisionGenerator(seed * 1000 + i);
      out.add(
          switch (i % 3) {
            case 0 -> g.naturalPerson();
            case 1 -> g.organisation();
            default -> g.individualBusiness();
          });
    }
    return out;
  }

  Decision naturalPerson() {
    String party = name();
    List<String> witnesses = distinctNames(1 + random.nextInt(2), party);
    List<String> officers = distinctNames(2, party, witnesses.get(0));
    String supplier = organisationName();
    header();
    put("当事人：")
        .mark(party, Truth.PARTY)
        .put("，性别：" + (random.nextBoolean() ? "男" : "女"))
        .put(
            "，民族：汉族，出生日期："
                + chineseDate(
                    LocalDate.of(
                        1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28))))
        .put("，身份证号码：")
        .mark(IdNumber.generate(random).value(), Truth.ID)
        .put(random.nextBoolean() ? "，住址：" : "，现住")
        .mark(homeAddress(), Truth.ADDRESS)
        .put("，联系电话：")
        .mark(mobile(), Truth.PHONE)
        .put("。\n\n");
    inspection(officers)
        .put("当事人")
        .mark(party, Truth.PARTY)
        .put(
            pick(
                "在金东区" + pick(ROADS) + "与" + pick(ROADS) + "交叉口占道经营水果摊点，占用人行道面积约六平方米。",
                "未经批准在" + pick(VILLAGES) + "擅自倾倒建筑垃圾约十二立方米。",
                "在其租住的" + pick(ROADS) + "沿街店面外违规设置户外广告牌一块。"))
        .put("本局于" + chineseDate(day(3)) + "立案调查。\n\n");
    put("经查，").put(pick(FILLERS));
    witnesses(witnesses, "证实当事人自" + chineseDate(day(-20)) + "起多次在该处经营。");
    put("当事人通过其银行卡（卡号：").mark(card(), Truth.CARD).put("）收取货款共计人民币" + amount() + "元，");
    put("其中向")
        .mark(supplier, Truth.ORGANISATION)
        .put("采购货物的发票号码为")
        .mark(invoice(), Truth.INVOICE)
        .put("，订单号")
        .mark(order(), Truth.ORDER)
        .put("。\n\n");
    evidence(party, Truth.PARTY, witnesses.get(0));
    reasoning(party, Truth.PARTY, "《浙江省城市市容和环境卫生管理条例》");
    footer();
    Set<String> known = new LinkedHashSet<>(witnesses);
    CaseContext full =
        new CaseContext(
            PartyKind.NATURAL_PERSON, party, known, Set.of(supplier), Set.copyOf(officers));
    CaseContext partyOnly =
        new CaseContext(PartyKind.NATURAL_PERSON, party, Set.of(), Set.of(), Set.copyOf(officers));
    return new Decision(text.toString(), full, partyOnly, List.copyOf(marks));
  }

  Decision organisation() {
    String org = organisationName();
    String rep = name();
    List<String> witnesses = distinctNames(1 + random.nextInt(2), rep);
    List<String> officers = distinctNames(2, rep, witnesses.get(0));
    String supplier = organisationName();
    header();
    put("当事人：")
        .mark(org, Truth.ORGANISATION)
        .put("\n统一社会信用代码：")
        .mark(Uscc.generate(random).value(), Truth.USCC)
        .put("\n住所：")
        .mark(
            pick(CITIES) + "金东区" + pick(TOWNS) + pick(ROADS) + (100 + random.nextInt(900)) + "号",
            Truth.REGISTERED_ADDRESS)
        .put("\n法定代表人：")
        .mark(rep, Truth.LEGAL_REPRESENTATIVE)
        .put("，身份证号码：")
        .mark(IdNumber.generate(random).value(), Truth.ID)
        .put("，住址：")
        .mark(homeAddress(), Truth.ADDRESS)
        .put("，联系电话：")
        .mark(random.nextBoolean() ? mobile() : landline(), Truth.PHONE)
        .put("\n\n");
    inspection(officers)
        .put("当事人")
        .put(
            pick(
                "在其经营场所销售超过保质期的食品共计二十三件。",
                "在施工工地未采取有效防尘措施，造成扬尘污染。",
                "未按规定设置油烟净化设施，油烟直排。",
                "发布的户外广告含有虚假内容。"))
        .put("本局于" + chineseDate(day(2)) + "立案调查。\n\n");
    put("经查，")
        .put(pick(FILLERS))
        .put("当事人于" + chineseDate(day(-30)) + "从")
        .mark(supplier, Truth.ORGANISATION)
        .put("购进涉案货物，发票号码为")
        .mark(invoice(), Truth.INVOICE)
        .put("，货款通过其对公账户（开户行：" + pick(BANKS) + "，账号：")
        .mark(account(), Truth.ACCOUNT)
        .put("）支付。");
    witnesses(witnesses, "（系该公司员工）证实上述情况属实。");
    put("当事人法定代表人").mark(rep, Truth.LEGAL_REPRESENTATIVE).put("对上述事实予以确认。\n\n");
    evidence(rep, Truth.LEGAL_REPRESENTATIVE, witnesses.get(0));
    reasoning(org, Truth.ORGANISATION, "《中华人民共和国食品安全法》");
    footer();
    Set<String> persons = new LinkedHashSet<>(witnesses);
    Set<String> publicNames = new LinkedHashSet<>(officers);
    publicNames.add(rep);
    CaseContext full =
        new CaseContext(PartyKind.ORGANISATION, org, persons, Set.of(supplier), publicNames);
    CaseContext partyOnly =
        new CaseContext(PartyKind.ORGANISATION, org, Set.of(), Set.of(), publicNames);
    return new Decision(text.toString(), full, partyOnly, List.copyOf(marks));
  }

  Decision individualBusiness() {
    String operator = name();
    String shop = "金华市金东区" + operator.charAt(0) + "记" + pick("小吃店", "水果店", "面馆", "五金店", "烧烤店");
    List<String> witnesses = distinctNames(1 + random.nextInt(2), operator);
    List<String> officers = distinctNames(2, operator, witnesses.get(0));
    header();
    put("当事人：")
        .mark(shop, Truth.ORGANISATION)
        .put("（个体工商户）\n统一社会信用代码：")
        .mark(Uscc.generate(random).value(), Truth.USCC)
        .put("\n经营者：")
        .mark(operator, Truth.REPRESENTATIVE)
        .put("，公民身份号码：")
        .mark(IdNumber.generate(random).value(), Truth.ID)
        .put("，住所：")
        .mark(homeAddress(), Truth.ADDRESS)
        .put("，手机：")
        .mark(mobile(), Truth.PHONE)
        .put("\n经营场所：金华市金东区" + pick(ROADS) + (1 + random.nextInt(300)) + "号\n\n");
    inspection(officers)
        .put("当事人")
        .put(pick("超出门窗外墙摆卖经营。", "在店外露天烧烤，油烟扰民。", "占用公共通道堆放物品。"))
        .put("本局于" + chineseDate(day(1)) + "立案调查。\n\n");
    put("经查，")
        .put(pick(FILLERS))
        .put("经营者")
        .mark(operator, Truth.REPRESENTATIVE)
        .put("通过微信收款，绑定银行卡")
        .mark(card(), Truth.CARD)
        .put("，违法所得共计" + amount() + "元。");
    witnesses(witnesses, "证实当事人多次出店经营，经劝阻后仍未改正。");
    put("\n\n");
    evidence(operator, Truth.REPRESENTATIVE, witnesses.get(0));
    reasoning(shop, Truth.ORGANISATION, "《城市市容和环境卫生管理条例》");
    footer();
    Set<String> persons = new LinkedHashSet<>(witnesses);
    CaseContext full =
        new CaseContext(
                PartyKind.INDIVIDUAL_BUSINESS, shop, persons, Set.of(), Set.copyOf(officers))
            .withPartyPersons(Set.of(operator));
    CaseContext partyOnly =
        new CaseContext(
                PartyKind.INDIVIDUAL_BUSINESS, shop, Set.of(), Set.of(), Set.copyOf(officers))
            .withPartyPersons(Set.of(operator));
    return new Decision(text.toString(), full, partyOnly, List.copyOf(marks));
  }

  // the pieces every decision shares

  private void header() {
    put("金华市金东区综合行政执法局\n行政处罚决定书\n").mark(decisionNumber(), Truth.DECISION_NUMBER).put("\n\n");
  }

  private DecisionGenerator inspection(List<String> officers) {
    put(chineseDate(day(0)) + "，本局执法人员")
        .mark(officers.get(0), Truth.OFFICER)
        .put("、")
        .mark(officers.get(1), Truth.OFFICER)
        .put("（执法证号：" + (33070000 + random.nextInt(9999)) + "）在日常巡查中发现，");
    return this;
  }

  private void witnesses(List<String> names, String said) {
    if (random.nextBoolean()) {
      put("执法人员随后向附近住户").mark(names.get(0), Truth.WITNESS).put("了解情况。");
    }
    put("证人");
    for (int i = 0; i < names.size(); i++) {
      put(i == 0 ? "" : "、").mark(names.get(i), Truth.WITNESS);
    }
    put(said);
  }

  private void evidence(String person, Truth truth, String witness) {
    put("以上事实有现场检查笔录、对")
        .mark(person, truth)
        .put("的询问笔录、证人")
        .mark(witness, Truth.WITNESS)
        .put("的证言、现场照片、视频资料等证据证实。\n\n");
    put("本局于" + chineseDate(day(10)) + "向当事人送达了《行政处罚事先告知书》（")
        .mark(decisionNumber().replace("罚决字", "告字"), Truth.DECISION_NUMBER)
        .put("），告知其拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩权利。当事人在法定期限内未提出陈述、申辩意见。\n\n");
  }

  private void reasoning(String party, Truth truth, String law) {
    put("本局认为，当事人")
        .mark(party, truth)
        .put(
            "的上述行为违反了"
                + law
                + "第"
                + pick("十四", "二十二", "三十四")
                + "条的规定，依据"
                + law
                + "第"
                + pick("四十二", "一百二十四", "五十")
                + "条第一款的规定，决定作出如下行政处罚：罚款人民币"
                + amount()
                + "元。\n\n");
  }

  private void footer() {
    put(
        "当事人应自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。\n\n"
            + "如不服本决定，可以在收到本决定书之日起六十日内向金华市金东区人民政府申请行政复议，或者在六个月内依法向金华市婺城区人民法院提起行政诉讼。\n\n"
            + "金华市金东区综合行政执法局\n"
            + chineseDate(day(15))
            + "\n");
  }

  // values

  private String name() {
    String surname =
        random.nextInt(12) == 0
            ? pick(COMPOUND)
            : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    return surname + pick(GIVEN);
  }

  private List<String> distinctNames(int n, String... avoid) {
    List<String> names = new ArrayList<>();
    while (names.size() < n) {
      String candidate = name();
      boolean clash = names.stream().anyMatch(x -> x.contains(candidate) || candidate.contains(x));
      for (String a : avoid) {
        clash |= a.contains(candidate) || candidate.contains(a);
      }
      if (clash == false) {
        names.add(candidate);
      }
    }
    return names;
  }

  private String organisationName() {
    return pick(CITIES) + pick(BRANDS) + pick(TRADES) + "有限公司";
  }

  private String homeAddress() {
    return "浙江省"
        + pick(CITIES)
        + "金东区"
        + pick(TOWNS)
        + (random.nextBoolean()
            ? pick(VILLAGES) + (1 + random.nextInt(200)) + "号"
            : pick(ROADS)
                + (1 + random.nextInt(500))
                + "弄"
                + (1 + random.nextInt(30))
                + "幢"
                + (101 + random.nextInt(1500))
                + "室");
  }

  private String mobile() {
    return "1" + "3456789".charAt(random.nextInt(7)) + digits(9);
  }

  private String landline() {
    return "0579-8" + digits(7);
  }

  private String card() {
    String body =
        pick("622202", "621700", "622848", "623058") + digits(random.nextBoolean() ? 9 : 12);
    for (int d = 0; d <= 9; d++) {
      if (NumberFinder.luhn(body + d)) {
        return body + d;
      }
    }
    throw new IllegalStateException();
  }

  private String account() {
    return pick("1208", "1960", "3301") + digits(13);
  }

  private String invoice() {
    String candidate;
    do {
      candidate = "3" + digits(17);
    } while (IdNumber.isValid(candidate));
    return candidate;
  }

  private String order() {
    return "2024" + digits(12);
  }

  private String decisionNumber() {
    String[] brackets = {"〔〕", "〔〕", "[]", "（）"};
    String b = pick(brackets);
    return pick(AGENCIES)
        + b.charAt(0)
        + (2022 + random.nextInt(4))
        + b.charAt(1)
        + "第"
        + (1 + random.nextInt(500))
        + "号";
  }

  private String amount() {
    return String.valueOf((1 + random.nextInt(50)) * 100);
  }

  private LocalDate day(int offset) {
    return LocalDate.of(2024, 3, 5).plusDays(offset);
  }

  private static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private String digits(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private DecisionGenerator put(String s) {
    text.append(s);
    return this;
  }

  private DecisionGenerator mark(String s, Truth truth) {
    marks.add(new Marked(text.length(), text.length() + s.length(), truth, s));
    text.append(s);
    return this;
  }
}
