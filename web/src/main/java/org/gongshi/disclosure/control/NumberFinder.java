package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.platform.id.Uscc;

/**
 * The pattern rules, run on NFKC-folded text ({@link Folded}): numbers to mask (identity documents,
 * phones, bank numbers, plates) and identifiers that must stay (decision and document numbers,
 * USCCs, law titles).
 */
final class NumberFinder {

  /** A found range of the folded text. */
  record Hit(int start, int end, SpanCategory category) {}

  private static final String DATE = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";

  /** Shaped like a GB 11643 number: check character not verified (a wrong one is masked too). */
  private static final Pattern ID_18 =
      Pattern.compile(
          "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}" + DATE + "\\d{3}[\\dXx](?![0-9A-Za-z])");

  /** The old 15-digit 居民身份证: address, yymmdd, sequence. */
  private static final Pattern ID_15 =
      Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}\\d{2}" + DATE + "\\d{3}(?![0-9A-Za-z])");

  /** Passports (E, EA, G, P, D, S), travel permits 港澳 (C, CA), 台湾 (L, T), 回乡证 (H, M). */
  private static final Pattern TRAVEL_DOC =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?:[EGCLTHMP]\\d{8}(?:\\d{2})?|[EC][A-HJ-NP-Z]\\d{7}|[DSP]E?\\d{7})(?![0-9A-Za-z])");

  /** After a document label: any code with digits in it. */
  private static final Pattern DOC_LABEL =
      Pattern.compile(
          "(?<!执法)(?:身份证|证件|护照|通行证|回乡证|台胞证|居住证|军官证|士兵证|警官证|驾驶证|社保卡|社会保障卡)(?:号码|号|编号)?"
              + "[^,。;\\n]{0,12}?(?:[:：]|为|是)?\\s*((?:[\\p{IsHan}]{1,2}字)?(?:第)?([A-Za-z]{0,2}\\d[\\dA-Za-z]{5,19}))");

  private static final Pattern MOBILE =
      Pattern.compile(
          "(?<![\\d])(?<![\\d][- ])(?:(?:\\+|00)?86[- ]?)?(?:\\(\\+?86\\)\\s?)?1[3-9]\\d(?:[- ]?\\d){8}(?![\\d])(?![- ]\\d)");
  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![\\d])(?<![\\d][- ])(?:\\(0\\d{2,3}\\)\\s?|0\\d{2,3}[- ]?)[2-9]\\d{2,3}[- ]?\\d{4}(?:(?:转|-)\\d{1,5})?(?![\\d])(?![- ]\\d)");
  private static final Pattern INTL_LANDLINE =
      Pattern.compile(
          "(?<![\\d])\\+?86[- ]?\\(?0?[1-9]\\d{1,2}\\)?[- ]?[2-9]\\d{2,3}[- ]?\\d{4}(?![\\d])");
  private static final Pattern SHORT_LANDLINE =
      Pattern.compile("(?<![\\d])(?<![\\d][- ])[2-9]\\d{2,3}[- ]?\\d{4}(?![\\d])(?![- ]\\d)");
  private static final Pattern PHONE_LABEL =
      Pattern.compile("电话|手机|联系方式|座机|号码|TEL|Tel|tel|致电|拨打|联系");

  private static final Pattern LONG_DIGITS =
      Pattern.compile("(?<![\\d-])(?:\\d{16,19}|\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?)(?![\\d-])");
  private static final Pattern KEYED_ACCOUNT =
      Pattern.compile(
          "(?:账号|帐号|卡号|账户|帐户|开户行|银行卡|储蓄卡|信用卡|借记卡)[^。;\\n]{0,40}?(\\d[\\d -]{6,30}\\d)(?![\\d])");

  private static final Pattern PLATE =
      Pattern.compile(
          "(?<![A-Za-z0-9])"
              + "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]"
              + "([·•・.\\- ]?)([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])");

  // an organisation party's own vehicle (当事人所属浙G12345号货车) is public; a person's plate is not
  private static final Pattern ORGANISATION_VEHICLE = Pattern.compile("当事人|所属|公司|单位");

  private static final Pattern USCC_LIKE = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])");
  private static final Pattern DECISION_NUMBER =
      Pattern.compile(
          "[\\p{IsHan}A-Za-z]{1,15}[〔\\[［(（【]\\s*(?:19|20)\\d{2}\\s*[〕\\]］)）】]\\s*第?\\s*[A-Za-z]?\\d{1,8}\\s*号");
  private static final Pattern CERTIFICATE =
      Pattern.compile("执法(?:证件|证)(?:编号|号码|号)?[:：为]?\\s*([A-Za-z0-9]{6,20})");
  private static final Pattern LAW_TITLE = Pattern.compile("《[^《》\\n]{1,60}》");

  private static final Pattern ID_LABEL = Pattern.compile("身份证|证件号|身份号码|公民身份");
  private static final Pattern NOT_PERSONAL =
      Pattern.compile("发票|订单|单号|运单|票号|流水|批号|批次|条码|编号|快递|合同|登记号|注册号|许可证|执法证|信用代码|文号|案号|备案号|货号|型号");
  private static final Pattern CARD_LABEL = Pattern.compile("卡|账|帐|银行");
  private static final int LOOK_BACK = 12;

  private NumberFinder() {}

  /** Identity documents, phones, bank numbers and plates (folded offsets), possibly overlapping. */
  static List<Hit> sensitive(String text, PartyKind partyKind) {
    List<Hit> hits = new ArrayList<>();
    Consumer<Matcher> idShaped =
        m -> {
          String context = clauseBefore(text, m.start());
          if (ID_LABEL.matcher(context).find() || NOT_PERSONAL.matcher(context).find() == false) {
            hits.add(new Hit(m.start(), m.end(), SpanCategory.ID_NUMBER));
          }
        };
    each(ID_18, text, idShaped);
    each(ID_15, text, idShaped);
    each(TRAVEL_DOC, text, idShaped);
    each(DOC_LABEL, text, m -> hits.add(new Hit(m.start(2), m.end(2), SpanCategory.ID_NUMBER)));
    Consumer<Matcher> phone =
        m -> {
          String context = clauseBefore(text, m.start());
          if (PHONE_LABEL.matcher(context).find()
              || NOT_PERSONAL.matcher(context).find() == false) {
            hits.add(new Hit(m.start(), m.end(), SpanCategory.PHONE));
          }
        };
    each(MOBILE, text, phone);
    each(LANDLINE, text, phone);
    each(INTL_LANDLINE, text, phone);
    each(
        SHORT_LANDLINE,
        text,
        m -> {
          String context = clauseBefore(text, m.start());
          if (PHONE_LABEL.matcher(context).find()
              && NOT_PERSONAL.matcher(context).find() == false) {
            hits.add(new Hit(m.start(), m.end(), SpanCategory.PHONE));
          }
        });
    each(
        KEYED_ACCOUNT,
        text,
        m -> hits.add(new Hit(m.start(1), m.end(1), SpanCategory.BANK_ACCOUNT)));
    each(
        LONG_DIGITS,
        text,
        m -> {
          String context = clauseBefore(text, m.start());
          boolean card = CARD_LABEL.matcher(context).find();
          boolean excluded = NOT_PERSONAL.matcher(context).find();
          if (luhn(m.group().replace(" ", "")) && (card || excluded == false)) {
            hits.add(new Hit(m.start(), m.end(), SpanCategory.BANK_ACCOUNT));
          }
        });
    {
      each(
          PLATE,
          text,
          m -> {
            boolean organisations =
                partyKind == PartyKind.ORGANISATION
                    && ORGANISATION_VEHICLE
                        .matcher(text.substring(Math.max(0, m.start() - 30), m.start()))
                        .find();
            if (m.group(2).chars().anyMatch(Character::isDigit) && !organisations) {
              hits.add(new Hit(m.start(2), m.end(2), SpanCategory.PLATE));
            }
          });
    }
    return hits;
  }

  /**
   * Decision and document numbers, USCCs, officers' certificate numbers and law titles: ranges no
   * mask may touch.
   */
  static List<int[]> protectedRanges(String text) {
    List<int[]> ranges = new ArrayList<>();
    each(DECISION_NUMBER, text, m -> ranges.add(new int[] {m.start(), m.end()}));
    each(LAW_TITLE, text, m -> ranges.add(new int[] {m.start(), m.end()}));
    each(CERTIFICATE, text, m -> ranges.add(new int[] {m.start(1), m.end(1)}));
    each(
        USCC_LIKE,
        text,
        m -> {
          if (isUscc(m.group(), clauseBefore(text, m.start()))) {
            ranges.add(new int[] {m.start(), m.end()});
          }
        });
    return ranges;
  }

  /**
   * A valid USCC with a letter before its check character, or labelled as a code. An all-digit
   * string is otherwise left to the identity-card rule: one valid ID in 31 is also a valid USCC.
   */
  static boolean isUscc(String candidate, String context) {
    if (Uscc.isValid(candidate) == false) {
      return false;
    }
    boolean letter = candidate.substring(0, 17).chars().anyMatch(Character::isLetter);
    return letter || context.contains("信用代码") || context.contains("代码");
  }

  /** The text of the clause before {@code at}, at most {@value #LOOK_BACK} characters. */
  static String clauseBefore(String text, int at) {
    int from = Math.max(0, at - LOOK_BACK);
    String window = text.substring(from, at);
    int cut = -1;
    for (char c : "，,。；;\n、".toCharArray()) {
      cut = Math.max(cut, window.lastIndexOf(c));
    }
    return window.substring(cut + 1);
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  static void each(Pattern pattern, String text, Consumer<Matcher> action) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      action.accept(m);
    }
  }
}
