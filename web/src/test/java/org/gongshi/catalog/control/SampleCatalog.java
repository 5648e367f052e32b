package org.gongshi.catalog.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded demo data: a power list of three comprehensive enforcement bureaus across eleven domains,
 * with real laws and articles and two to four discretion levels on penalty items. The same seed
 * gives the same items. Not a legal source: provisions are abridged and amounts illustrative.
 */
public final class SampleCatalog {

  /** The three agencies, with their division code, supervising-department prefix and phone area. */
  private static final List<Agency> AGENCIES =
      List.of(
          new Agency("金华市金东区综合行政执法局", "330703", "金华市金东区", "0579", 0.10),
          new Agency("忻州经济开发区综合行政执法局", "140971", "忻州经济开发区", "0350", 874.0 / 1013),
          new Agency("淄博市周村区综合行政执法局", "370306", "淄博市周村区", "0533", 0.20));

  private static final List<String> DOMAINS =
      List.of(
          "住房城乡建设", "市容环境", "市场监管", "生态环境", "应急管理", "交通运输", "农业农村", "文化旅游", "卫生健康", "自然资源", "水利");

  private static final List<String> DEPARTMENTS =
      List.of(
          "住房和城乡建设局",
          "住房和城乡建设局",
          "市场监督管理局",
          "生态环境分局",
          "应急管理局",
          "交通运输局",
          "农业农村局",
          "文化和广电旅游体育局",
          "卫生健康局",
          "自然资源和规划分局",
          "水务局");

  private static final List<Template> TEMPLATES = templates();

  private SampleCatalog() {}

  /** The agency names. */
  public static List<String> agencies() {
    return AGENCIES.stream().map(Agency::name).toList();
  }

  /** The domain names used. */
  public static List<String> domains() {
    return DOMAINS;
  }

  /** Every template once for each agency (about 130 items). */
  public static List<CatalogItemData> catalog(long seed) {
    return items(AGENCIES.size() * TEMPLATES.size(), seed);
  }

  /**
   * Exactly {@code n} items with distinct codes, cycling agencies, then templates, then variants.
   */
  public static List<CatalogItemData> items(int n, long seed) {
    Random random = new Random(seed);
    List<CatalogItemData> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Agency agency = AGENCIES.get(i % AGENCIES.size());
      int t = (i / AGENCIES.size()) % TEMPLATES.size();
      int variant = i / (AGENCIES.size() * TEMPLATES.size());
      items.add(item(agency, TEMPLATES.get(t), variant, i / AGENCIES.size() + 1, random));
    }
    return items;
  }

  private static CatalogItemData item(
      Agency agency, Template t, int variant, int serial, Random random) {
    int domain = DOMAINS.indexOf(t.domain());
    String code =
        String.format(
            "%s%d%02d%05d", agency.division(), t.kind().ordinal() + 1, domain + 1, serial);
    String name = variant == 0 ? t.name() : t.name() + "（第" + (variant + 1) + "种情形）";
    ExerciseMode mode =
        random.nextDouble() < agency.jointShare() ? ExerciseMode.JOINT : ExerciseMode.DIRECT;
    String phone =
        agency.area()
            + "-"
            + (2 + random.nextInt(7))
            + String.format("%06d", random.nextInt(1_000_000));
    String address = agency.name() + "法制科（" + agency.prefix() + "政务服务中心内）";
    return new CatalogItemData(
        code,
        name,
        t.kind(),
        t.domain(),
        agency.name(),
        agency.prefix() + DEPARTMENTS.get(domain),
        mode,
        new LegalBasis(t.law(), t.article(), t.text()),
        t.range(),
        responsibilities(t.kind()),
        ACCOUNTABILITY,
        new SupervisionChannel(phone, address),
        t.kind() == ItemKind.PENALTY ? levels(t, random) : List.of());
  }

  /** 2–4 levels; with 4, the lightest is 首违不罚 (no penalty for a first minor violation). */
  private static List<DiscretionLevel> levels(Template t, Random random) {
    int count = 2 + random.nextInt(3);
    List<String> names =
        switch (count) {
          case 2 -> List.of("一般", "严重");
          case 3 -> List.of("一般", "较重", "严重");
          default -> List.of("轻微", "一般", "较重", "严重");
        };
    List<DiscretionLevel> levels = new ArrayList<>();
    if (count == 4) {
      levels.add(
          new DiscretionLevel(
              1, "轻微", CONDITIONS.get("轻微"), null, "不予行政处罚（《中华人民共和国行政处罚法》第三十三条第一款），责令改正"));
    }
    List<String> fined = names.subList(levels.size(), names.size());
    for (int i = 0; i < fined.size(); i++) {
      String level = fined.get(i);
      int order = levels.size() + 1;
      String other = i == fined.size() - 1 ? t.severe() : "";
      if (t.range() == null) {
        String fine =
            t.multiples()
                .get(Math.min(i * t.multiples().size() / fined.size(), t.multiples().size() - 1));
        levels.add(
            new DiscretionLevel(order, level, CONDITIONS.get(level), null, join(fine, other)));
      } else {
        levels.add(
            new DiscretionLevel(
                order, level, CONDITIONS.get(level), cut(t.range(), i, fined.size()), other));
      }
    }
    return levels;
  }

  /** The i-th of k consecutive sub-ranges, inner ends rounded to 100 yuan (10 for small ranges). */
  private static FineRange cut(FineRange r, int i, int k) {
    long min = r.min().longValue();
    long span = r.max().longValue() - min;
    long step = span >= 2000 ? 100 : 10;
    long lo = i == 0 ? min : Math.round((min + (double) span * i / k) / step) * step;
    long hi =
        i == k - 1
            ? r.max().longValue()
            : Math.round((min + (double) span * (i + 1) / k) / step) * step;
    return FineRange.of(lo, hi);
  }

  private static String join(String a, String b) {
    return b.isEmpty() ? a : a + "；" + b;
  }

  private static String responsibilities(ItemKind kind) {
    return switch (kind) {
      case PENALTY ->
          "1.立案责任：对发现的涉嫌违法行为，予以审查，决定是否立案。\n"
              + "2.调查责任：两名以上执法人员出示执法证件，全面、客观、公正地调查取证。\n"
              + "3.审查责任：审查案件事实、证据、程序、法律适用及裁量基准的运用，提出处理意见。\n"
              + "4.告知责任：作出决定前告知拟处罚内容及当事人陈述、申辩、听证等权利。\n"
              + "5.决定责任：依法作出处罚决定，重大案件经法制审核和集体讨论。\n"
              + "6.送达责任：依法送达行政处罚决定书。\n"
              + "7.执行责任：监督当事人履行，依法申请强制执行。\n"
              + "8.其他法律法规规章规定应履行的责任。";
      case COERCION ->
          "1.审批责任：实施前向负责人报告并经批准。\n2.实施责任：两名以上执法人员实施，当场告知理由、依据和救济途径，制作现场笔录。\n"
              + "3.处理责任：在法定期限内作出处理决定，妥善保管有关财物。\n4.其他法律法规规章规定应履行的责任。";
      case INSPECTION ->
          "1.检查责任：按“双随机、一公开”要求制定计划并实施检查，出示执法证件。\n2.处置责任：发现违法行为依法处理，需移送的依法移送。\n"
              + "3.信息公开责任：依法公开检查结果。\n4.其他法律法规规章规定应履行的责任。";
      default ->
          "1.受理责任：公示依法应提交的材料，一次性告知补正材料。\n2.审查责任：依法审查申请材料，必要时实地核查。\n3.决定责任：在法定期限内作出决定，不予批准的说明理由。\n"
              + "4.送达责任：依法送达有关文书并公开结果。\n5.事后监管责任：依法开展监督检查。\n6.其他法律法规规章规定应履行的责任。";
    };
  }

  private static final String ACCOUNTABILITY =
      "因不履行或不正确履行行政职责，有下列情形之一的，行政机关及相关工作人员应承担相应责任：\n1.没有法律或者事实依据实施行政执法的；\n"
          + "2.擅自改变处罚种类、幅度或者违反裁量基准的；\n3.违反法定程序实施行政执法的；\n4.违反“罚缴分离”规定，擅自收取罚款的；\n"
          + "5.将没收、扣押的财物截留、私分或者变相私分的；\n6.应当移送司法机关追究刑事责任而不移送，以行政处罚代替刑事处罚的；\n"
          + "7.在执法过程中滥用职权、玩忽职守、徇私舞弊的；\n8.其他违反法律法规规章规定的行为。";

  private static final Map<String, String> CONDITIONS =
      Map.of(
          "轻微", "初次违法且危害后果轻微，并在责令改正期限内及时改正的",
          "一般", "违法情节一般，未造成明显危害后果，或者经责令改正后及时改正的",
          "较重", "违法行为持续时间较长或者涉及面较广，造成一定危害后果，或者经责令改正拒不改正的",
          "严重", "造成严重危害后果或者恶劣社会影响，或者一年内因同一违法行为受过两次以上行政处罚的");

  private static Template penalty(
      String domain,
      String name,
      String law,
      String article,
      String text,
      long min,
      long max,
      String severe) {
    return new Template(
        domain,
        ItemKind.PENALTY,
        name,
        law,
        article,
        text,
        FineRange.of(min, max),
        List.of(),
        severe);
  }

  private static Template multiple(
      String domain,
      String name,
      String law,
      String article,
      String text,
      List<String> fines,
      String severe) {
    return new Template(domain, ItemKind.PENALTY, name, law, article, text, null, fines, severe);
  }

  private static Template other(
      String domain, ItemKind kind, String name, String law, String article, String text) {
    return new Template(domain, kind, name, law, article, text, null, List.of(), "");
  }

  private static List<Template> templates() {
    String planning = "《中华人民共和国城乡规划法》";
    String cityLook = "《城市市容和环境卫生管理条例》";
    String food = "《中华人民共和国食品安全法》";
    String air = "《中华人民共和国大气污染防治法》";
    String safety = "《中华人民共和国安全生产法》";
    String water = "《中华人民共和国水法》";
    return List.of(
        multiple(
            "住房城乡建设",
            "对未取得建设工程规划许可证进行建设的行政处罚",
            planning,
            "第六十四条",
            "未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的，由县级以上地方人民政府城乡规划主管部门责令停止建设；尚可采取改正措施消除对规划实施的影响的，限期改正，处建设工程造价百分之五以上百分之十以下的罚款；无法采取改正措施消除影响的，限期拆除，不能拆除的，没收实物或者违法收入，可以并处建设工程造价百分之十以下的罚款。",
            List.of("处建设工程造价5%以上7%以下的罚款", "处建设工程造价7%以上9%以下的罚款", "处建设工程造价9%以上10%以下的罚款"),
            "限期拆除"),
        penalty(
            "住房城乡建设",
            "对随意倾倒、抛撒或者堆放建筑垃圾的行政处罚",
            "《城市建筑垃圾管理规定》",
            "第二十六条",
            "任何单位和个人随意倾倒、抛撒或者堆放建筑垃圾的，由城市人民政府市容环境卫生主管部门责令限期改正，给予警告，并对单位处5000元以上5万元以下罚款，对个人处200元以下罚款。",
            5000,
            50000,
            ""),
        penalty(
            "住房城乡建设",
            "对排水户未取得污水排入排水管网许可证向城镇排水设施排放污水的行政处罚",
            "《城镇排水与污水处理条例》",
            "第五十条第一款",
            "排水户未取得污水排入排水管网许可证向城镇排水设施排放污水的，由城镇排水主管部门责令停止违法行为，限期采取治理措施，补办污水排入排水管网许可证，可以处50万元以下罚款。",
            0,
            500000,
            ""),
        other(
            "住房城乡建设",
            ItemKind.LICENSING,
            "城市建筑垃圾处置核准",
            "《国务院对确需保留的行政审批项目设定行政许可的决定》",
            "第101项",
            "城市建筑垃圾处置核准，实施机关：城市人民政府市容环境卫生行政主管部门。"),
        penalty(
            "市容环境",
            "对在城市建筑物、设施以及树木上涂写、刻画的行政处罚",
            cityLook,
            "第三十四条第（二）项",
            "在城市建筑物、设施以及树木上涂写、刻画的，城市人民政府市容环境卫生行政主管部门或者其委托的单位除责令其纠正违法行为、采取补救措施外，可以并处警告、罚款。",
            0,
            200,
            ""),
        penalty(
            "市容环境",
            "对运输液体、散装货物不作密封、包扎、覆盖造成泄漏、遗撒的行政处罚",
            cityLook,
            "第三十四条第（七）项",
            "运输液体、散装货物不作密封、包扎、覆盖，造成泄漏、遗撒的，除责令其纠正违法行为、采取补救措施外，可以并处警告、罚款。",
            500,
            5000,
            ""),
        other(
            "市容环境",
            ItemKind.COERCION,
            "对擅自设置户外广告设施的强制拆除",
            "《中华人民共和国行政强制法》",
            "第四十四条",
            "对违法的建筑物、构筑物、设施等需要强制拆除的，应当由行政机关予以公告，限期当事人自行拆除。当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，行政机关可以依法强制拆除。"),
        penalty(
            "市场监管",
            "对未取得食品经营许可从事食品经营活动的行政处罚",
            food,
            "第一百二十二条第一款",
            "违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款。",
            50000,
            100000,
            "没收违法所得和违法经营的食品"),
        penalty(
            "市场监管",
            "对经营者不按规定明码标价的行政处罚",
            "《中华人民共和国价格法》",
            "第四十二条",
            "经营者违反明码标价规定的，责令改正，没收违法所得，可以并处五千元以下的罚款。",
            0,
            5000,
            "没收违法所得"),
        penalty(
            "市场监管",
            "对从事无照经营的行政处罚",
            "《无证无照经营查处办法》",
            "第十三条",
            "从事无照经营的，由工商行政管理部门依照相关法律、行政法规的规定予以处罚。法律、行政法规对无照经营的处罚没有明确规定的，由工商行政管理部门责令停止违法行为，没收违法所得，并处1万元以下的罚款。",
            0,
            10000,
            "没收违法所得"),
        multiple(
            "市场监管",
            "对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚",
            "《中华人民共和国产品质量法》",
            "第四十九条",
            "生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的，责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品（包括已售出和未售出的产品，下同）货值金额等值以上三倍以下的罚款。",
            List.of("处货值金额等值以上一点五倍以下的罚款", "处货值金额一点五倍以上二点五倍以下的罚款", "处货值金额二点五倍以上三倍以下的罚款"),
            "吊销营业执照"),
        other(
            "市场监管",
            ItemKind.COERCION,
            "对有证据证明不符合食品安全标准的食品的查封、扣押",
            food,
            "第一百一十条第（四）项",
            "查封、扣押有证据证明不符合食品安全标准或者有证据证明存在安全隐患以及用于违法生产经营的食品、食品添加剂、食品相关产品。"),
        penalty(
            "生态环境",
            "对餐饮服务业经营者超过排放标准排放油烟的行政处罚",
            air,
            "第一百一十八条第一款",
            "排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，超过排放标准排放油烟的，由县级以上地方人民政府确定的监督管理部门责令改正，处五千元以上五万元以下的罚款；拒不改正的，责令停业整治。",
            5000,
            50000,
            "责令停业整治"),
        penalty(
            "生态环境",
            "对露天焚烧秸秆、落叶等产生烟尘污染的物质的行政处罚",
            air,
            "第一百一十九条第一款",
            "在人口集中地区对树木、花草喷洒剧毒、高毒农药，或者露天焚烧秸秆、落叶等产生烟尘污染的物质的，由县级以上地方人民政府确定的监督管理部门责令改正，并可以处五百元以上二千元以下的罚款。",
            500,
            2000,
            ""),
        penalty(
            "生态环境",
            "对产生社会生活噪声经劝阻拒不改正的单位的行政处罚",
            "《中华人民共和国噪声污染防治法》",
            "第八十七条",
            "违反本法规定，产生社会生活噪声，经劝阻、批评教育，拒不改正的，由地方人民政府指定的部门说服教育，责令改正；拒不改正的，给予警告，对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款。",
            2000,
            20000,
            ""),
        other(
            "生态环境",
            ItemKind.INSPECTION,
            "对餐饮服务业油烟排放情况的行政检查",
            air,
            "第二十九条",
            "生态环境主管部门及其环境执法机构和其他负有大气环境保护监督管理职责的部门，有权通过现场检查监测、自动监测、遥感监测、远红外摄像等方式，对排放大气污染物的企业事业单位和其他生产经营者进行监督检查。"),
        penalty(
            "应急管理",
            "对生产经营单位未按照规定对从业人员进行安全生产教育和培训的行政处罚",
            safety,
            "第九十七条第（三）项",
            "生产经营单位未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，或者未按照规定如实告知有关的安全生产事项的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款。",
            0,
            100000,
            "逾期未改正的，责令停产停业整顿"),
        penalty(
            "应急管理",
            "对安全设备的安装、使用、检测、改造和报废不符合标准的行政处罚",
            safety,
            "第九十九条第（二）项",
            "安全设备的安装、使用、检测、改造和报废不符合国家标准或者行业标准的，责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款。",
            0,
            50000,
            ""),
        other(
            "应急管理",
            ItemKind.INSPECTION,
            "对生产经营单位执行安全生产法律法规情况的行政检查",
            safety,
            "第六十五条",
            "应急管理部门和其他负有安全生产监督管理职责的部门依法开展安全生产行政执法工作，对生产经营单位执行有关安全生产的法律、法规和国家标准或者行业标准的情况进行监督检查。"),
        penalty(
            "交通运输",
            "对造成公路路面损坏、污染或者影响公路畅通的行政处罚",
            "《中华人民共和国公路法》",
            "第七十七条",
            "违反本法第四十六条的规定，造成公路路面损坏、污染或者影响公路畅通的，或者违反本法第五十一条规定，将公路作为试车场地的，由交通主管部门责令停止违法行为，可以处五千元以下的罚款。",
            0,
            5000,
            ""),
        penalty(
            "交通运输",
            "对未取得道路运输经营许可擅自从事道路普通货物运输经营的行政处罚",
            "《中华人民共和国道路运输条例》",
            "第六十三条",
            "违反本条例的规定，未取得道路运输经营许可，擅自从事道路普通货物运输经营，违法所得超过1万元的，没收违法所得，处违法所得1倍以上5倍以下的罚款；没有违法所得或者违法所得不足1万元的，处3000元以上1万元以下的罚款。",
            3000,
            10000,
            "没收违法所得"),
        penalty(
            "农业农村",
            "对使用炸鱼、毒鱼、电鱼等破坏渔业资源方法进行捕捞的行政处罚",
            "《中华人民共和国渔业法》",
            "第三十八条第一款",
            "使用炸鱼、毒鱼、电鱼等破坏渔业资源方法进行捕捞的，违反关于禁渔区、禁渔期的规定进行捕捞的，或者使用禁用的渔具、捕捞方法和小于最小网目尺寸的网具进行捕捞或者渔获物中幼鱼超过规定比例的，没收渔获物和违法所得，处五万元以下的罚款。",
            0,
            50000,
            "没收渔获物、渔具"),
        penalty(
            "农业农村",
            "对农药使用者不按照农药标签标注的使用范围、使用方法和剂量使用农药的行政处罚",
            "《农药管理条例》",
            "第六十条第一款第（一）项",
            "农药使用者不按照农药的标签标注的使用范围、使用方法和剂量、使用技术要求和注意事项、安全间隔期使用农药的，由县级人民政府农业主管部门责令改正，农药使用者为农产品生产企业、食品和食用农产品仓储企业、专业化病虫害防治服务组织和从事农产品生产的农民专业合作社等单位的，处5万元以上10万元以下罚款，农药使用者为个人的，处1万元以下罚款。",
            50000,
            100000,
            ""),
        penalty(
            "文化旅游",
            "对互联网上网服务营业场所接纳未成年人的行政处罚",
            "《互联网上网服务营业场所管理条例》",
            "第三十一条第（二）项",
            "互联网上网服务营业场所经营单位接纳未成年人进入营业场所的，由文化行政部门给予警告，可以并处15000元以下的罚款；情节严重的，责令停业整顿，直至吊销《网络文化经营许可证》。",
            0,
            15000,
            "责令停业整顿"),
        penalty(
            "文化旅游",
            "对未经许可经营旅行社业务的行政处罚",
            "《中华人民共和国旅游法》",
            "第九十五条第一款",
            "违反本法规定，未经许可经营旅行社业务的，由旅游主管部门或者市场监督管理部门责令改正，没收违法所得，并处一万元以上十万元以下罚款；违法所得十万元以上的，并处违法所得一倍以上五倍以下罚款；对有关责任人员，处二千元以上二万元以下罚款。",
            10000,
            100000,
            "没收违法所得"),
        penalty(
            "卫生健康",
            "对未依法取得公共场所卫生许可证擅自营业的行政处罚",
            "《公共场所卫生管理条例实施细则》",
            "第三十五条第一款",
            "对未依法取得公共场所卫生许可证擅自营业的，由县级以上地方人民政府卫生计生行政部门责令限期改正，给予警告，并处以五百元以上五千元以下罚款。",
            500,
            5000,
            ""),
        penalty(
            "卫生健康",
            "对公共场所经营者未按规定对顾客用品用具进行清洗、消毒、保洁的行政处罚",
            "《公共场所卫生管理条例实施细则》",
            "第三十六条第（二）项",
            "公共场所经营者未按照规定对顾客用品用具进行清洗、消毒、保洁，或者重复使用一次性用品用具的，由县级以上地方人民政府卫生计生行政部门责令限期改正，给予警告，并可处以二千元以下罚款。",
            0,
            2000,
            ""),
        multiple(
            "自然资源",
            "对未经批准非法占用土地的行政处罚",
            "《中华人民共和国土地管理法》",
            "第七十七条第一款",
            "未经批准或者采取欺骗手段骗取批准，非法占用土地的，由县级以上人民政府自然资源主管部门责令退还非法占用的土地，对违反土地利用总体规划擅自将农用地改为建设用地的，限期拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状，对符合土地利用总体规划的，没收在非法占用的土地上新建的建筑物和其他设施，可以并处罚款。",
            List.of(
                "按非法占用土地每平方米100元以上300元以下处罚款",
                "按非法占用土地每平方米300元以上600元以下处罚款",
                "按非法占用土地每平方米600元以上1000元以下处罚款"),
            "限期拆除，恢复土地原状"),
        multiple(
            "自然资源",
            "对未取得采矿许可证擅自采矿的行政处罚",
            "《中华人民共和国矿产资源法》",
            "第三十九条第一款",
            "违反本法规定，未取得采矿许可证擅自采矿的，擅自进入国家规划矿区和对国民经济具有重要价值的矿区范围采矿的，擅自开采国家规定实行保护性开采的特定矿种的，责令停止开采、赔偿损失，没收采出的矿产品和违法所得，可以并处罚款。",
            List.of("处违法所得10%以上30%以下的罚款", "处违法所得30%以上50%以下的罚款"),
            "没收采出的矿产品"),
        penalty(
            "水利",
            "对在河道管理范围内建设妨碍行洪的建筑物、构筑物的行政处罚",
            water,
            "第六十五条第一款",
            "在河道管理范围内建设妨碍行洪的建筑物、构筑物，或者从事影响河势稳定、危害河岸堤防安全和其他妨碍河道行洪的活动的，由县级以上人民政府水行政主管部门或者流域管理机构依据职权，责令停止违法行为，限期拆除违法建筑物、构筑物，恢复原状；逾期不拆除、不恢复原状的，强行拆除，所需费用由违法单位或者个人负担，并处一万元以上十万元以下的罚款。",
            10000,
            100000,
            "限期拆除，恢复原状"),
        penalty(
            "水利",
            "对未经批准擅自取水的行政处罚",
            water,
            "第六十九条第（一）项",
            "未经批准擅自取水的，由县级以上人民政府水行政主管部门或者流域管理机构依据职权，责令停止违法行为，限期采取补救措施，处二万元以上十万元以下的罚款；情节严重的，吊销其取水许可证。",
            20000,
            100000,
            "吊销取水许可证"),
        multiple(
            "水利",
            "对在水土保持方案确定的专门存放地以外的区域倾倒砂、石、土等的行政处罚",
            "《中华人民共和国水土保持法》",
            "第五十五条",
            "违反本法规定，在水土保持方案确定的专门存放地以外的区域倾倒砂、石、土、矸石、尾矿、废渣等的，由县级以上地方人民政府水行政主管部门责令停止违法行为，限期清理，按照倾倒数量处每立方米十元以上二十元以下的罚款。",
            List.of("按倾倒数量每立方米10元以上15元以下处罚款", "按倾倒数量每立方米15元以上20元以下处罚款"),
            "限期清理"));
  }

  private record Agency(
      String name, String division, String prefix, String area, double jointShare) {}

  private record Template(
      String domain,
      ItemKind kind,
      String name,
      String law,
      String article,
      String text,
      FineRange range,
      List<String> multiples,
      String severe) {}
}
