package org.gongshi.disclosure.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.platform.id.PartyKind;

/**
 * Home addresses: the text after a residence label, up to the end of its clause.
 *
 * <p>Choice: for an {@link PartyKind#ORGANISATION} the labels 住所 and 住所地 name its registered
 * domicile, which is on its business licence and in the public register, and Art. 59 requires the
 * decision to state it: kept. Labels that only a natural person has (住址, 家庭住址, 现住, 户籍地…) are masked
 * in every case, so a legal representative's home address is still hidden. For a natural person or
 * an individual business (whose registered place is 经营场所, so a 住所 is the operator's home) 住所 is
 * masked too. 经营场所 and 地址 alone are never masked.
 */
final class AddressFinder {

  private static final Pattern PERSONAL_LABEL =
      Pattern.compile(
          "(?:(?:家庭住址|家庭地址|现住址|现居住地|居住地址|经常居住地|户籍地址|户籍所在地|户籍地|住址|暂住地址|暂住地|居住地)(?:[：:]|为|是|在)?"
              + "|(?:现住|家住|暂住|现居住|居住)(?![址所地证房])(?:于|在)?[：:]?"
              + "|住在"
              + "|(?<![^，,；;\\s（(])住(?![所房宅院宿户址宾店处证])[：:]?)\\s*");
  private static final Pattern DOMICILE_LABEL = Pattern.compile("住所地?(?:[：:]|为)\\s*");
  private static final Pattern END =
      Pattern.compile("[，,。；;\\n\\r）)]|联系电话|电话|手机|身份证|的|期间|经营|从事|被|因");
  private static final int MAX_LENGTH = 60;
  private static final int MIN_LENGTH = 4;

  private AddressFinder() {}

  static List<int[]> find(String text, PartyKind partyKind) {
    List<int[]> found = new ArrayList<>();
    collect(PERSONAL_LABEL, text, found);
    if (partyKind != PartyKind.ORGANISATION) {
      collect(DOMICILE_LABEL, text, found);
    }
    return found;
  }

  /** An organisation's 住所 ranges, kept in its decisions. */
  static List<int[]> registeredDomicile(String text) {
    List<int[]> found = new ArrayList<>();
    collect(DOMICILE_LABEL, text, found);
    return found;
  }

  /**
   * The 住所 ranges that belong to an organisation co-party: the nearest 当事人 line before the label
   * names one of {@code organisations}. Kept even when the first party is a natural person.
   */
  static List<int[]> organisationDomiciles(
      String text, java.util.Collection<String> organisations) {
    List<int[]> kept = new ArrayList<>();
    for (int[] r : registeredDomicile(text)) {
      int party = text.lastIndexOf("当事人", r[0]);
      if (party < 0 || r[0] - party > 200) continue;
      String between = text.substring(party, r[0]);
      if (between.contains("个体") || between.contains("经营者")) continue; // the operator's home
      int lineEnd = text.indexOf('\n', party);
      String named =
          text.substring(party + 3, lineEnd < 0 ? r[0] : Math.min(lineEnd, r[0]))
              .replaceFirst("^[：:]", "")
              .strip();
      if (organisations.stream().anyMatch(o -> !o.isBlank() && named.startsWith(o))) kept.add(r);
    }
    return kept;
  }

  private static void collect(Pattern label, String text, List<int[]> found) {
    Matcher m = label.matcher(text);
    while (m.find()) {
      int start = m.end();
      int limit = Math.min(text.length(), start + MAX_LENGTH);
      Matcher end = END.matcher(text).region(start, limit);
      int stop = end.find() ? end.start() : limit;
      if (stop - start >= MIN_LENGTH) {
        found.add(new int[] {start, stop});
      }
    }
  }
}
