package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.platform.id.IdNumber;
import org.gongshi.platform.id.Uscc;

/** The pattern rules: numbers to mask, and identifiers that must stay. */
final class NumberFinder {

  /** A found range. */
  record Hit(int start, int end, SpanCategory category) {}

  private static final Pattern ID_LIKE =
      Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
  private static final Pattern MOBILE =
      Pattern.compile("(?<![\\d-])1[3-9]\\d-?\\d{4}-?\\d{4}(?![\\d-])");
  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![\\d-])(?:0\\d{2,3}-\\d{7,8}|[（(]0\\d{2,3}[)）]\\s?\\d{7,8})(?:转\\d{1,5})?(?![\\d-])");
  private static final Pattern LONG_DIGITS =
      Pattern.compile("(?<![\\d-])(?:\\d{16,19}|\\d{4}(?: \\d{4}){3}(?: \\d{1,3})?)(?![\\d-])");
  private static final Pattern KEYED_ACCOUNT =
      Pattern.compile("(?:账号|帐号|卡号|账户|帐户|开户行)[^。；;\\n]{0,40}?(\\d[\\d -]{6,30}\\d)(?![\\d])");
  private static final Pattern USCC_LIKE = Pattern.compile("(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])");
  private static final Pattern DECISION_NUMBER =
      Pattern.compile(
          "[\\p{IsHan}A-Za-z]{1,15}[〔\\[［(（【]\\s*(?:19|20)\\d{2}\\s*[〕\\]］)）】]\\s*第?\\s*\\d{1,6}\\s*号");
  private static final Pattern LAW_TITLE = Pattern.compile("《[^《》\\n]{1,60}》");

  private static final Pattern ID_LABEL = Pattern.compile("身份证|证件号|身份号码");
  private static final Pattern NOT_PERSONAL =
      Pattern.compile("发票|订单|单号|运单|票号|流水|批号|条码|编号|快递|合同|登记号|注册号|许可证|执法证|信用代码");
  private static final Pattern CARD_LABEL = Pattern.compile("卡|账|帐|银行");
  private static final int LOOK_BACK = 12;

  private NumberFinder() {}

  /** Identity card numbers, phones and bank numbers, possibly overlapping. */
  static List<Hit> sensitive(String text) {
    List<Hit> hits = new ArrayList<>();
    each(
        ID_LIKE,
        text,
        m -> {
          String context = clauseBefore(text, m.start());
          boolean labelled = ID_LABEL.matcher(context).find();
          if (IdNumber.isValid(m.group())
              && (labelled || NOT_PERSONAL.matcher(context).find() == false)) {
            hits.add(new Hit(m.start(), m.end(), SpanCategory.ID_NUMBER));
          }
        });
    each(MOBILE, text, m -> hits.add(new Hit(m.start(), m.end(), SpanCategory.PHONE)));
    each(LANDLINE, text, m -> hits.add(new Hit(m.start(), m.end(), SpanCategory.PHONE)));
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
    return hits;
  }

  /** Decision numbers, USCCs and law titles: ranges no recognised name may touch. */
  static List<int[]> protectedRanges(String text) {
    List<int[]> ranges = new ArrayList<>();
    each(DECISION_NUMBER, text, m -> ranges.add(new int[] {m.start(), m.end()}));
    each(LAW_TITLE, text, m -> ranges.add(new int[] {m.start(), m.end()}));
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

  private static void each(Pattern pattern, String text, Consumer<Matcher> action) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      action.accept(m);
    }
  }
}
