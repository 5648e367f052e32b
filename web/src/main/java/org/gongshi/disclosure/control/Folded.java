package org.gongshi.disclosure.control;

import java.text.Normalizer;

/**
 * A text folded for detection (NFKC: full-width digits, letters and punctuation become ASCII, the
 * ideographic space a space), with the map from every folded character back to the original
 * characters it came from. Detection runs on the folded text; masks are placed on the original, so
 * the characters outside every mask stay exactly as written.
 */
final class Folded {

  private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc";

  private final String original;
  private final String text;
  private final int[] from;
  private final int[] to;

  private Folded(String original, String text, int[] from, int[] to) {
    this.original = original;
    this.text = text;
    this.from = from;
    this.to = to;
  }

  static Folded of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] from = new int[original.length() + 8];
    int[] to = new int[original.length() + 8];
    int n = 0;
    for (int i = 0; i < original.length(); ) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      String piece = original.substring(i, next);
      String folded = cp < 0x80 ? piece : Normalizer.normalize(piece, Normalizer.Form.NFKC);
      if (folded.isEmpty()) {
        folded = piece;
      }
      if (folded.length() == 1 && DASHES.indexOf(folded.charAt(0)) >= 0) {
        folded = "-"; // em dash, minus and friends written between the digits of a phone
      }
      for (int k = 0; k < folded.length(); k++) {
        if (n == from.length) {
          from = java.util.Arrays.copyOf(from, n * 2);
          to = java.util.Arrays.copyOf(to, n * 2);
        }
        from[n] = i;
        to[n] = next;
        n++;
      }
      out.append(folded);
      i = next;
    }
    return new Folded(original, out.toString(), from, to);
  }

  /** The folded text. */
  String text() {
    return text;
  }

  String original() {
    return original;
  }

  /** The original offset where the folded character at {@code start} begins. */
  int originalStart(int start) {
    return start >= text.length() ? original.length() : from[start];
  }

  /** The original offset just after the folded range ending (exclusively) at {@code end}. */
  int originalEnd(int end) {
    return end <= 0 ? 0 : to[end - 1];
  }

  /** Folds a name or word of the case data the same way. */
  static String fold(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
