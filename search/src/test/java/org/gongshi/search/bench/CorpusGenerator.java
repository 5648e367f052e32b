package org.gongshi.search.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.gongshi.search.index.ArchiveField;
import org.gongshi.search.index.IndexDocument;

/**
 * Realistic, deterministic Chinese penalty decisions: many agencies, domains, violations, legal
 * bases, parties and amounts, 1–3 KB of text each. The same seed gives the same corpus, so the
 * benchmark can feed Lucene and PostgreSQL with identical data without keeping it in memory.
 */
public final class CorpusGenerator implements Iterator<CorpusGenerator.Decision> {

  /** One generated decision. */
  public record Decision(
      String id,
      String agencyId,
      String agencyName,
      String party,
      String uscc,
      String violation,
      String legalBasis,
      String caseNumber,
      String decisionNumber,
      String domain,
      List<String> penaltyTypes,
      String procedure,
      LocalDate decisionDate,
      long fineYuan,
      String text) {

    /** As an archive index document (a case). */
    public IndexDocument toIndexDocument() {
      return IndexDocument.builder(id)
          .add(ArchiveField.KIND, "case")
          .add(ArchiveField.CASE_ID, id)
          .add(ArchiveField.AGENCY_ID, agencyId)
          .add(ArchiveField.AGENCY_NAME, agencyName)
          .add(ArchiveField.PARTIES, party)
          .add(ArchiveField.USCC, uscc)
          .add(ArchiveField.VIOLATION, violation)
          .add(ArchiveField.LEGAL_BASIS, legalBasis)
          .add(ArchiveField.CASE_NUMBER, caseNumber)
          .add(ArchiveField.DECISION_NUMBER, decisionNumber)
          .add(ArchiveField.DOMAIN, domain)
          .addAll(ArchiveField.PENALTY_TYPES, penaltyTypes)
          .add(ArchiveField.PROCEDURE, procedure)
          .add(ArchiveField.DECISION_DATE, decisionDate)
          .add(ArchiveField.FILED_DATE, decisionDate.minusDays(20))
          .add(ArchiveField.CONTENT, text)
          .build();
    }
  }

  private record Place(String city, String district, String abbr, String code) {}

  private record Offence(
      String domain, String violation, String basis, String penaltyBasis, String fact) {}

  private static final List<Place> PLACES =
      List.of(
          new Place("金华市", "金东区", "金东", "330703"), new Place("金华市", "婺城区", "婺城", "330702"),
          new Place("金华市", "义乌市", "义乌", "330782"), new Place("金华市", "永康市", "永康", "330784"),
          new Place("金华市", "东阳市", "东阳", "330783"), new Place("金华市", "兰溪市", "兰溪", "330781"),
          new Place("金华市", "武义县", "武义", "330723"), new Place("金华市", "浦江县", "浦江", "330726"),
          new Place("金华市", "磐安县", "磐安", "330727"), new Place("杭州市", "西湖区", "西湖", "330106"),
          new Place("杭州市", "上城区", "上城", "330102"), new Place("杭州市", "拱墅区", "拱墅", "330105"),
          new Place("杭州市", "滨江区", "滨江", "330108"), new Place("杭州市", "余杭区", "余杭", "330110"),
          new Place("杭州市", "萧山区", "萧山", "330109"), new Place("宁波市", "海曙区", "海曙", "330203"),
          new Place("宁波市", "鄞州区", "鄞州", "330212"), new Place("宁波市", "北仑区", "北仑", "330206"),
          new Place("温州市", "鹿城区", "鹿城", "330302"), new Place("温州市", "瓯海区", "瓯海", "330304"),
          new Place("绍兴市", "越城区", "越城", "330602"), new Place("绍兴市", "柯桥区", "柯桥", "330603"),
          new Place("嘉兴市", "南湖区", "南湖", "330402"), new Place("湖州市", "吴兴区", "吴兴", "330502"),
          new Place("台州市", "椒江区", "椒江", "331002"), new Place("丽水市", "莲都区", "莲都", "331102"),
          new Place("衢州市", "柯城区", "柯城", "330802"), new Place("舟山市", "定海区", "定海", "330902"));

  private static final List<Offence> OFFENCES =
      List.of(
          new Offence(
              "市容环卫",
              "未经批准擅自设置户外广告设施",
              "《城市市容和环境卫生管理条例》第十一条",
              "《城市市容和环境卫生管理条例》第三十六条",
              "在临街建筑外墙擅自设置大型户外广告牌"),
          new Offence(
              "市容环卫",
              "占道经营",
              "《浙江省城市市容和环境卫生管理条例》第十九条",
              "《浙江省城市市容和环境卫生管理条例》第四十二条",
              "在人行道上摆摊设点销售水果，影响行人通行"),
          new Offence(
              "市容环卫", "随意倾倒建筑垃圾", "《城市建筑垃圾管理规定》第十五条", "《城市建筑垃圾管理规定》第二十六条", "将装修产生的建筑垃圾倾倒在绿化带内"),
          new Offence(
              "市容环卫", "未按规定分类投放生活垃圾", "《浙江省生活垃圾管理条例》第二十五条", "《浙江省生活垃圾管理条例》第六十条", "将厨余垃圾与其他垃圾混合投放"),
          new Offence(
              "规划建设",
              "未取得建设工程规划许可证进行建设",
              "《中华人民共和国城乡规划法》第四十条",
              "《中华人民共和国城乡规划法》第六十四条",
              "在自有房屋顶部搭建钢结构彩钢板房"),
          new Offence(
              "规划建设", "擅自改变房屋外立面", "《浙江省城乡规划条例》第四十条", "《浙江省城乡规划条例》第五十七条", "擅自拆除承重墙体并改变建筑外立面"),
          new Offence(
              "生态环境",
              "露天焚烧垃圾",
              "《中华人民共和国大气污染防治法》第七十七条",
              "《中华人民共和国大气污染防治法》第一百一十九条",
              "在空地露天焚烧废旧木料和塑料垃圾"),
          new Offence(
              "生态环境",
              "夜间施工噪声扰民",
              "《中华人民共和国噪声污染防治法》第四十三条",
              "《中华人民共和国噪声污染防治法》第七十七条",
              "在夜间二十二时后进行产生噪声的混凝土浇筑作业"),
          new Offence(
              "生态环境",
              "餐饮油烟超标排放",
              "《中华人民共和国大气污染防治法》第八十一条",
              "《中华人民共和国大气污染防治法》第一百一十八条",
              "餐饮油烟未经净化设施处理直接排放"),
          new Offence("市政公用", "擅自挖掘城市道路", "《城市道路管理条例》第二十九条", "《城市道路管理条例》第四十二条", "未经批准开挖人行道铺设管线"),
          new Offence("市政公用", "损坏城市绿化设施", "《城市绿化条例》第二十条", "《城市绿化条例》第二十七条", "擅自砍伐行道树三株"),
          new Offence(
              "水务", "向城镇排水设施倾倒垃圾", "《城镇排水与污水处理条例》第三十九条", "《城镇排水与污水处理条例》第五十条", "向雨水井倾倒餐厨废弃物和泥浆"),
          new Offence(
              "燃气管理",
              "未取得燃气经营许可证从事燃气经营活动",
              "《城镇燃气管理条例》第十五条",
              "《城镇燃气管理条例》第四十五条",
              "无证向周边餐饮店销售瓶装液化石油气"),
          new Offence(
              "交通运输",
              "运输渣土车辆未采取密闭措施",
              "《城市建筑垃圾管理规定》第十四条",
              "《城市建筑垃圾管理规定》第二十三条",
              "渣土运输车辆未密闭致使渣土沿途撒漏"),
          new Offence("物业管理", "擅自占用物业共用部位", "《物业管理条例》第五十条", "《物业管理条例》第六十六条", "擅自占用小区消防通道堆放杂物"));

  private static final String[] SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
          .split("");
  private static final String[] GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉玲斌宇浩凯鹏飞鑫波婷雪琳晨阳欣怡子轩梓涵浩然思远家豪佳琪雨欣一鸣海燕春梅丰".split("");
  private static final String[] BRAND =
      "鑫达宏图恒通金鼎华盛永兴瑞丰天成锦程汇源中联博远新宇嘉禾正泰宏运顺发利民信诚隆基振华广厦东方明珠".split("");
  private static final String[] TRADE = {
    "建材", "餐饮管理", "装饰工程", "商贸", "物流", "建筑工程", "五金", "环保科技", "食品", "房地产开发", "广告传媒", "汽车服务", "燃气",
    "物业服务", "渣土运输"
  };
  private static final String[] STREET = {
    "人民路", "解放路", "中山路", "光明街", "八一北街", "李渔路", "宾虹路", "丹溪路", "双龙南街", "东市街", "新华街", "环城西路"
  };
  private static final String[] EVIDENCE = {
    "现场检查笔录", "询问笔录", "现场照片", "执法记录仪视频", "当事人身份证明", "营业执照复印件", "测量记录", "证人证言", "检测报告"
  };
  private static final String DIGITS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final SplittableRandom random;
  private final int count;
  private int next;

  /** A corpus of {@code count} decisions from {@code seed}. */
  public CorpusGenerator(long seed, int count) {
    this.random = new SplittableRandom(seed);
    this.count = count;
  }

  /** Agency ids used by the corpus. */
  public static List<String> agencyIds() {
    return PLACES.stream().map(p -> "AG" + p.code()).toList();
  }

  @Override
  public boolean hasNext() {
    return next < count;
  }

  @Override
  public Decision next() {
    if (hasNext() == false) {
      throw new NoSuchElementException();
    }
    return generate(next++);
  }

  /** Adapts the corpus to index documents. */
  public Iterator<IndexDocument> documents() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return CorpusGenerator.this.hasNext();
      }

      @Override
      public IndexDocument next() {
        return CorpusGenerator.this.next().toIndexDocument();
      }
    };
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String pick(String[] array) {
    return array[random.nextInt(array.length)];
  }

  private Decision generate(int n) {
    Place place = pick(PLACES);
    Offence offence = pick(OFFENCES);
    LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(8 * 365 - 40));
    boolean company = random.nextInt(100) < 60;
    String person = pick(SURNAMES) + pick(GIVEN) + (random.nextBoolean() ? pick(GIVEN) : "");
    String party =
        company ? place.city() + pick(BRAND) + pick(BRAND) + pick(TRADE) + "有限公司" : person;
    String uscc = company ? uscc(place) : null;
    boolean simple = company == false && random.nextInt(100) < 25;
    long fine = simple ? 50 + 50L * random.nextInt(4) : 500 + 500L * random.nextInt(100);
    List<String> penalties = new ArrayList<>();
    if (random.nextInt(100) < 15) {
      penalties.add("警告");
    }
    penalties.add("罚款");
    if (simple == false && random.nextInt(100) < 10) {
      penalties.add("没收违法所得");
    }
    int year = date.getYear();
    String caseNumber = place.abbr() + "综执立字〔" + year + "〕第" + (1 + random.nextInt(3000)) + "号";
    String decisionNumber =
        place.abbr() + "综执罚决字〔" + year + "〕第" + (1 + random.nextInt(3000)) + "号";
    String agency = place.city() + place.district() + "综合行政执法局";
    String text =
        text(
            place,
            offence,
            party,
            person,
            uscc,
            company,
            decisionNumber,
            penalties,
            fine,
            date,
            agency,
            simple);
    return new Decision(
        String.format("case-%08d", n),
        "AG" + place.code(),
        agency,
        party,
        uscc,
        offence.violation(),
        offence.basis() + "；" + offence.penaltyBasis(),
        caseNumber,
        decisionNumber,
        offence.domain(),
        List.copyOf(penalties),
        simple ? "简易程序" : "一般程序",
        date,
        fine,
        text);
  }

  private String uscc(Place place) {
    StringBuilder b = new StringBuilder("91").append(place.code());
    for (int i = 0; i < 10; i++) {
      b.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
    }
    return b.toString();
  }

  private String text(
      Place place,
      Offence o,
      String party,
      String person,
      String uscc,
      boolean company,
      String number,
      List<String> penalties,
      long fine,
      LocalDate date,
      String agency,
      boolean simple) {
    StringBuilder t = new StringBuilder(1200);
    t.append(agency).append("\n行政处罚决定书\n").append(number).append("\n\n");
    t.append("当事人：").append(party).append("\n");
    if (company) {
      t.append("统一社会信用代码：").append(uscc).append("\n法定代表人：").append(person).append("\n");
    } else {
      t.append("性别：")
          .append(random.nextBoolean() ? "男" : "女")
          .append("，身份证号码：3307")
          .append(10_000_000_000_000L + random.nextLong(89_999_999_999_999L))
          .append("\n");
    }
    String street = pick(STREET);
    t.append("地址：")
        .append(place.city())
        .append(place.district())
        .append(street)
        .append(1 + random.nextInt(500))
        .append("号\n\n");
    LocalDate found = date.minusDays(15 + random.nextInt(60));
    t.append("当事人")
        .append(o.violation())
        .append("一案，本局于")
        .append(cn(found))
        .append("立案调查，现已调查终结。\n\n");
    t.append("经查明：")
        .append(found.getYear())
        .append("年")
        .append(found.getMonthValue())
        .append("月")
        .append(found.getDayOfMonth())
        .append("日，本局执法人员在")
        .append(place.district())
        .append(street)
        .append("巡查时发现，当事人")
        .append(o.fact())
        .append("。");
    int extra = 1 + random.nextInt(4);
    for (int i = 0; i < extra; i++) {
      t.append(
          pick(
              List.of(
                  "执法人员当场出示执法证件，告知当事人享有的权利，并制作现场检查笔录。",
                  "经询问，当事人对上述事实无异议，承认未办理相关审批手续。",
                  "执法人员使用执法记录仪对现场情况进行了全程记录，并拍摄现场照片" + (2 + random.nextInt(10)) + "张。",
                  "当事人在规定期限内未能提供相关许可证明材料，亦未自行改正违法行为。",
                  "周边居民多次通过12345政务服务热线投诉，反映该行为影响正常生活秩序。",
                  "经测量，违法行为涉及面积约"
                      + (5 + random.nextInt(300))
                      + "平方米，持续时间约"
                      + (1 + random.nextInt(30))
                      + "天。",
                  "本局依法向当事人送达了责令改正通知书，当事人逾期未改正。")));
    }
    t.append("\n\n上述事实有以下证据证明：");
    for (int i = 0, k = 2 + random.nextInt(4); i < k; i++) {
      t.append(i == 0 ? "" : "、")
          .append(EVIDENCE[(i * 3 + random.nextInt(EVIDENCE.length)) % EVIDENCE.length]);
    }
    t.append("等。\n\n本局认为，当事人的行为违反了")
        .append(o.basis())
        .append("的规定，构成")
        .append(o.violation())
        .append("的违法行为。");
    if (simple == false) {
      t.append("本局于")
          .append(cn(date.minusDays(10)))
          .append("向当事人送达了行政处罚事先告知书，告知其拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有陈述、申辩")
          .append(fine >= 10_000 ? "及要求听证" : "")
          .append("的权利。当事人在法定期限内")
          .append(random.nextBoolean() ? "未提出陈述、申辩意见。" : "提出了陈述、申辩意见，经复核，其理由不能成立，本局不予采纳。");
      t.append("鉴于当事人")
          .append(
              random.nextBoolean()
                  ? "积极配合调查并已自行整改完毕，依据本局行政处罚裁量基准，可以从轻处罚。"
                  : "违法行为持续时间较长，社会影响较大，依据本局行政处罚裁量基准，应当按照一般情形处罚。");
    }
    t.append("\n\n依据").append(o.penaltyBasis()).append("的规定，本局决定对当事人作出如下行政处罚：");
    for (String p : penalties) {
      t.append(
          switch (p) {
            case "罚款" -> "罚款人民币" + fine + "元（大写：" + yuan(fine) + "）；";
            case "警告" -> "警告；";
            default -> "没收违法所得人民币" + (100 + random.nextInt(5000)) + "元；";
          });
    }
    t.append(
        "\n\n当事人应当自收到本决定书之日起十五日内，持本决定书到指定银行缴纳罚没款。逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。");
    t.append("\n\n当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向")
        .append(place.city())
        .append(place.district())
        .append("人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。")
        .append("当事人对行政处罚决定不服申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。");
    t.append("\n\n").append(agency).append("\n").append(cn(date)).append("\n");
    return t.toString();
  }

  private static String cn(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String yuan(long amount) {
    String[] digits = "零壹贰叁肆伍陆柒捌玖".split("");
    String[] units = {"", "拾", "佰", "仟", "万", "拾"};
    String s = Long.toString(amount);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      int d = s.charAt(i) - '0';
      int unit = s.length() - 1 - i;
      if (d != 0) {
        b.append(digits[d]).append(units[unit]);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '零' && unit != 0) {
        b.append('零');
      }
    }
    String r = b.toString().replaceAll("零+$", "");
    return r + "元整";
  }
}
