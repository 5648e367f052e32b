package org.gongshi.search.index;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds traditional Chinese characters to simplified ones and full-width letters and digits to half
 * width, one character for one, as a char filter so that both the bigram and the SmartCN chains see
 * the folded text.
 *
 * <p>The table is ICU's {@code Traditional-Simplified} transform applied to each CJK character once
 * at start-up: running the transliterator per token, or ICU's NFKC char filter, cost more than the
 * rest of the analysis together.
 */
final class TraditionalToSimplified extends CharFilter {

  private static final char[] TABLE = buildTable();

  TraditionalToSimplified(Reader in) {
    super(in);
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff; // one char for one: offsets do not move
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = input.read(buf, off, len);
    for (int i = off; i < off + n; i++) {
      buf[i] = TABLE[buf[i]];
    }
    return n;
  }

  static String fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = TABLE[chars[i]];
    }
    return new String(chars);
  }

  private static char[] buildTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    // Full-width digits and letters only: folding full-width punctuation (，；) would merge
    // SmartCN's sentences and make its segmentation several times slower.
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      if (Character.isLetterOrDigit(c)) {
        table[c] = (char) (c - 0xFF01 + 0x21);
      }
    }
    table[0x3000] = ' '; // ideographic space
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    int[][] ranges = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    for (int[] range : ranges) {
      for (int c = range[0]; c <= range[1]; c++) {
        String out = t.transliterate(String.valueOf((char) c));
        if (out.length() == 1 && out.charAt(0) != c) {
          table[c] = out.charAt(0);
        }
      }
    }
    return table;
  }
}
