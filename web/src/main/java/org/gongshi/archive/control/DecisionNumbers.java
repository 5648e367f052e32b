package org.gongshi.archive.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key of a decision number (决定书文号, DOMAIN.md §7: 金东综执罚决字〔2024〕第123号): NFKC
 * (full-width digits and letters folded), no white space, and every bracket typed for the year's 〔〕
 * ([], (), （）, 【】, 〖〗, ﹝﹞) read as 〔〕. Two numbers with the same key are the same number; an agency
 * uses each at most once (the year is part of the number).
 */
public final class DecisionNumbers {
  private DecisionNumbers() {}

  public static String key(String number) {
    if (number == null || number.isBlank()) return null;
    String folded = Normalizer.normalize(number, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(folded.length());
    folded
        .codePoints()
        .forEach(
            cp -> {
              if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return;
              switch (cp) {
                case '[', '(', '【', '〖', '〔', '{' -> b.append('〔');
                case ']', ')', '】', '〗', '〕', '}' -> b.append('〕');
                default -> b.appendCodePoint(cp);
              }
            });
    return b.toString().toUpperCase(Locale.ROOT);
  }
}
