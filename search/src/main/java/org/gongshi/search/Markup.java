package org.gongshi.search;

/**
 * The one escaper for text placed in HTML or XML (pages, snippets, Atom, sitemaps). It also drops
 * the characters XML 1.0 forbids (NUL and other controls, lone surrogates), so a hostile value
 * cannot break a feed.
 */
public final class Markup {
  private Markup() {}

  /**
   * Escapes a whole text; null becomes "".
   *
   * @param s the text, or null
   * @return the text safe inside an element or a quoted attribute
   */
  public static String escape(String s) {
    return s == null ? "" : escape(s, 0, s.length());
  }

  /**
   * Escapes the characters from {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param s the text
   * @param from the first index
   * @param to the index after the last
   * @return the range, escaped
   */
  public static String escape(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from + 16);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)) {
            b.append(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < to
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } // else: not allowed in XML 1.0, dropped
        }
      }
    }
    return b.toString();
  }
}
