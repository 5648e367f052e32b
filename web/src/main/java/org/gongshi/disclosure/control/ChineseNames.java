package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guards against recogniser false positives: a token is taken as a person's name only when it is
 * 2–4 Chinese characters, starts with a common surname, is no stop word and does not end like an
 * institution, place or document.
 */
final class ChineseNames {

  static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
          "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "万俟", "赫连", "钟离", "宗政",
          "濮阳", "淳于", "单于", "左丘", "东郭", "拓跋", "第五", "司空", "公羊", "仲孙", "羊舌", "梁丘", "谷梁", "东门", "乐正",
          "巫马", "公西", "漆雕", "壤驷", "公良", "夹谷", "宰父", "段干", "鲜于", "闾丘", "亓官", "司寇", "子车", "颛孙", "钟吾");

  // common single surnames; left out: characters far more often a word than a surname (和 时 国 …)
  private static final String SURNAMES =
      "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章苏潘葛奚范彭郎鲁韦昌马苗凤方俞"
          + "任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于傅皮卞齐康伍余元卜顾孟黄穆萧尹姚邵湛汪祁毛禹狄米贝臧伏"
          + "成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢"
          + "莫房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲封芮羿储靳汲邴糜松井段富巫乌焦"
          + "巴弓牧隗谷侯宓蓬全郗班仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰鄂索咸籍赖卓蔺屠蒙"
          + "池乔阴胥苍闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍卻璩桑桂濮牛寿边扈燕冀郏浦尚农温庄晏柴瞿阎慕连茹习宦艾鱼容向古易"
          + "慎戈廖庾暨衡耿弘匡寇禄阙欧殳沃蔚夔隆师巩厍聂晁勾敖融冷訾辛阚简饶曾毋沙乜鞠丰巢关蒯查荆游竺逯盖桓岳帅涂"
          + "闫覃邝练佘付代揭仝肖兰阳麦牟邸晋粟";

  // words HanLP has tagged nr in decisions; extend through RedactionRules.stopWords
  static final Set<String> STOP_WORDS =
      Set.of(
          "占道", "应自", "金额", "万元", "黄金", "周边", "明显", "周末", "常年", "严重", "高度", "石材", "于是", "曾经", "全部",
          "全面", "全体", "龙头", "方便", "白天", "余额", "向东", "向西", "向南", "向北", "任何", "任意", "马路", "高达", "高于",
          "低于", "高温", "常规", "严格", "经营", "林地", "安全", "江南", "江北", "华东", "华南", "金东", "武义", "义乌", "兰溪",
          "永康", "东阳", "浦江", "文明", "宁波", "温州", "金华", "杭州", "湖州", "嘉兴", "绍兴", "台州", "丽水", "衢州", "舟山",
          "康复", "宋体", "黎明", "时间", "左右", "包括", "程序", "毛重", "段落", "秦岭", "万家", "甘于", "罗列", "顾客", "雷同",
          "柴油", "汪洋", "方式", "方面", "高速", "高层", "卢沟", "章程", "刘海", "许可", "何种", "于此", "于该", "施工", "施行",
          "陈述", "申辩", "申请", "谭某", "查处", "查明", "查获", "查封", "查实", "查验", "查看", "屈服", "应当", "应予", "温度",
          "包装", "包庇", "邱某", "单位", "单价", "单据", "成本", "成立", "成品", "蒲城", "孔洞", "余下", "江东", "江西", "江苏",
          "吉林", "贵州", "云南", "湖南", "湖北", "河南", "河北", "山东", "山西", "安徽", "福建", "广东", "广西", "海南", "四川",
          "甘肃", "青海", "宁夏", "新疆", "西藏", "辽宁", "黑龙江");

  private static final String BAD_ENDINGS = "法局所院委办队会部处科站厂店街路村镇乡县市区省号条款项证书费元场馆楼室组司罚案单表率段";

  // a token directly followed by one of these is part of a place name (宗泽路, 曹宅镇, 金港大道)
  // or of a time phrase (于黎明时分)
  private static final Pattern PLACE_AFTER =
      Pattern.compile("[东西南北中]?(?:[路街巷弄]|大道|大街)|[镇村区县市乡桥苑湾港站场馆店厂]|大厦|小区|广场|公园|社区|工业园|新村|时分|时许");

  // persons the decision introduces by role; a list after the cue is joined by 、. The legal
  // representative of an organisation is public (双公示) and is no cue.
  private static final Pattern CUE =
      Pattern.compile(
          "(?:其子|其女|其妻|其夫|其兄|其弟|其姐|其妹|其父|其母|之妻|之夫|路人|行人|伤者|乘客|采购员|购买人|购买者|购药人|船员|受委托人|被授权人|操作工|运维人员|学徒|饲养员|维修工|保管员|教练员|学员|值班员|车间主任|厂长|专员|管理人员|技术员|会计|出纳|保安|保洁员|帮厨|证人|见证人|证明人|负责人|经营者|经营户|委托代理人|代理人|投诉人|举报人|报案人|申请人|被申请人|家属|亲属|妻子|丈夫|配偶|父亲|母亲|儿子|女儿|之子|之女|"
              + "哥哥|弟弟|姐姐|妹妹|驾驶员|驾驶人|司机|押运员|装卸员|员工|职工|店员|营业员|收银员|服务员|工作人员|雇员|帮工|厨师|店长|经理|主管|"
              + "车主|承租人|出租人|房东|户主|业主|租户|受害人|被害人|监护人|同事|朋友|邻居|顾客|消费者|患者|病人|施工人员|操作人员|从业人员)"
              + "(?:[：:]|为|是|系)?");
  private static final String NAME_END =
      "(?=[、，,。；;（(：:\\s的对称系在于作向与和及等证驾开拉运将把被从已未也均都曾是为到签确承表出说讲亦进经协帮负操看陪代来去拒无不没因由持购修分投接]|$)";
  private static final String MINORITY =
      "\\p{IsHan}{1,8}[·•・.]\\p{IsHan}{1,8}(?:[·•・.]\\p{IsHan}{1,8})?";
  private static final Pattern CUED_NAME =
      Pattern.compile(
          "\\G(?:、)?("
              + "\\p{IsHan}{1,8}[·•・.]\\p{IsHan}{1,8}?(?:[·•・.]\\p{IsHan}{1,8}?)?"
              + NAME_END
              + "|(?:"
              + String.join("|", COMPOUND_SURNAMES)
              + ")\\p{IsHan}{1,2}"
              + NAME_END
              + "|\\p{IsHan}{2,3}"
              + NAME_END
              + ")");
  private static final Pattern MINORITY_NAME = Pattern.compile(MINORITY);

  private ChineseNames() {}

  // prepositions that are also surnames: 向鲍志 in 处方向鲍志新销售 is no name
  private static final String PREPOSITIONS = "向于对将把被给从和与及由让叫";

  /**
   * Whether a model's three-character name starts with a preposition that follows another Chinese
   * character (…处方向鲍志新…): the name then most likely starts one character later.
   */
  static boolean startsWithPreposition(String text, int start, String token) {
    return token.length() == 3
        && PREPOSITIONS.indexOf(token.charAt(0)) >= 0
        && start > 0
        && isHan(text.codePointAt(start - 1));
  }

  /** Whether the characters at {@code end} continue the token into a place name or time. */
  static boolean partOfPlaceName(String text, int end) {
    return PLACE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 3)).lookingAt();
  }

  /** Names introduced by a role cue (证人李秀英、赵志刚证实…), not yet guarded. */
  static List<NameRecogniser.Mention> afterCues(String text) {
    List<NameRecogniser.Mention> found = new ArrayList<>();
    Matcher cue = CUE.matcher(text);
    while (cue.find()) {
      Matcher name = CUED_NAME.matcher(text).region(cue.end(), text.length());
      // the first name right after the cue, further ones only when joined by 、
      for (boolean first = true;
          name.find() && (first || text.charAt(name.start()) == '、');
          first = false) {
        found.add(
            new NameRecogniser.Mention(
                name.start(1), name.end(1), NameRecogniser.Kind.PERSON, name.group(1)));
      }
    }
    return found;
  }

  // how the violation part of a case title starts (张三｜无证经营案, 王建国｜擅自占用城市道路案)
  private static final Pattern VIOLATION_LEAD =
      Pattern.compile(
          "未|无证|无照|无序|擅自|私自|违法|违规|违反|违章|非法|涉嫌|拒不|拒绝|不按|超限|超载|超范围|超出|随意|乱|占道|占用|"
              + "在|于|将|以|对|向|从事|利用|销售|出售|经营|生产|加工|运输|使用|收购|损坏|破坏|倾倒|堆放|丢弃|抛洒|焚烧|排放|"
              + "设置|搭建|建设|露天|跨门|门前|店外|户外");

  // a model's three-character person ending in one of these most likely ends one character early
  // (李四｜未按规定…): the mask must not take the predicate's first character
  private static final String PREDICATE_START = "未无不没在于已曾也均都是为对向与和及等的系将把被从";

  /**
   * The party a case title names first, for a case whose file records no party: 张三 in 张三无证经营案, 欧阳娜娜
   * in 欧阳娜娜违法建设案; empty when the title does not start with a plausible name followed by how a
   * violation is worded.
   */
  static java.util.Optional<NameRecogniser.Mention> leadingParty(String title) {
    int start = title.startsWith("关于") ? 2 : 0;
    for (int len = 2; len <= 4 && start + len < title.length(); len++) {
      String name = title.substring(start, start + len);
      if (plausibleName(name, Set.of())
          && VIOLATION_LEAD.matcher(title).region(start + len, title.length()).lookingAt()) {
        return java.util.Optional.of(
            new NameRecogniser.Mention(start, start + len, NameRecogniser.Kind.PERSON, name));
      }
    }
    return java.util.Optional.empty();
  }

  /** The name a model's person token stands for: 李四 for 李四未 before 按规定. */
  static String withoutPredicateStart(String token) {
    if (token.length() == 3
        && COMPOUND_SURNAMES.contains(token.substring(0, 2)) == false
        && PREDICATE_START.indexOf(token.charAt(2)) >= 0) {
      return token.substring(0, 2);
    }
    return token;
  }

  /** The surname, compound surnames kept whole. */
  static String surnameOf(String name) {
    if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
      return name.substring(0, 2);
    }
    return name.substring(0, 1);
  }

  /**
   * Whether a token a role word introduces (证人…, 船员…) may be masked as a name: the role word is the
   * evidence, so any surname will do; stop words and institution endings still rule a token out.
   */
  static boolean plausibleCuedName(String token, Set<String> extraStopWords) {
    if (MINORITY_NAME.matcher(token).matches()) {
      return true;
    }
    int n = token.length();
    return n >= 2
        && n <= 4
        && token.codePoints().allMatch(ChineseNames::isHan)
        && token.contains("某") == false
        && STOP_WORDS.contains(token) == false
        && extraStopWords.contains(token) == false
        && BAD_ENDINGS.indexOf(token.charAt(n - 1)) < 0;
  }

  /** Whether a recognised token may be masked as a person's name. */
  static boolean plausibleName(String token, Set<String> extraStopWords) {
    if (MINORITY_NAME.matcher(token).matches()) {
      return true;
    }
    int n = token.length();
    if (n < 2 || n > 4 || token.codePoints().allMatch(ChineseNames::isHan) == false) {
      return false;
    }
    if (token.contains("某") || STOP_WORDS.contains(token) || extraStopWords.contains(token)) {
      return false;
    }
    if (BAD_ENDINGS.indexOf(token.charAt(n - 1)) >= 0) {
      return false;
    }
    boolean compound = n >= 3 && COMPOUND_SURNAMES.contains(token.substring(0, 2));
    return compound || SURNAMES.indexOf(token.charAt(0)) >= 0;
  }

  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
