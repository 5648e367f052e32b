package org.gongshi.platform;

import java.text.Normalizer;

/**
 * Guards CSV cells against spreadsheet formula injection, for every CSV the product writes. A cell
 * whose text, after NFKC folding (so the full-width ＝ ＋ － ＠ count as = + - @), starts with = + - @,
 * a tab or a carriage return gets a leading apostrophe: spreadsheets show it as text. A cell that
 * already starts with an apostrophe before such a character gets one more, so {@link #unguard}
 * restores every original exactly.
 */
public final class CsvCells {
  private CsvCells() {}

  public static String guard(String value) {
    return value != null && needsGuard(value) ? "'" + value : value;
  }

  /** Reverses {@link #guard} (for importing a file this product wrote). */
  public static String unguard(String value) {
    return value != null && value.startsWith("'") && needsGuard(value.substring(1))
        ? value.substring(1)
        : value;
  }

  static boolean needsGuard(String v) {
    if (v.isEmpty()) return false;
    if (v.charAt(0) == '\'') return needsGuard(v.substring(1));
    return startsFormula(v);
  }

  /** Whether a spreadsheet would read the text as a formula, after NFKC folding. */
  public static boolean startsFormula(String v) {
    if (v.isEmpty()) return false;
    int end = v.offsetByCodePoints(0, 1);
    String first = Normalizer.normalize(v.substring(0, end), Normalizer.Form.NFKC);
    return !first.isEmpty() && "=+-@\t\r".indexOf(first.charAt(0)) >= 0;
  }
}
