package org.gongshi.search.index;

import java.io.Reader;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.LimitTokenOffsetFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese analysis for Gongshi's indexes.
 *
 * <p>Every text field is indexed twice: CJK bigrams under its own name, for recall (SmartCN splits
 * 金东区 into 金/东区 and has no user dictionary, so words alone would miss place and company names), and
 * SmartCN words under {@code name.sc}, for ranking. Both chains fold full-width letters, digits and
 * traditional to simplified characters (a table built from ICU's transform) before tokenizing, then
 * lower-case; the bigram chain also folds half-width kana (CJKWidthFilter).
 */
public final class ChineseAnalysis {

  private static final Pattern YEAR_BRACKETS =
      Pattern.compile("[\\[［(（【〔〖]\\s*(\\d{4}|[０-９]{4})\\s*[\\]］)）】〕〗]");

  /**
   * The version of this analysis, kept in every index commit. Raise it whenever a change here
   * changes the indexed terms: the application then rebuilds an index made with an earlier one. 2:
   * SmartCN words only for the first {@link #RANKED_CHARS} characters. 3: identifiers without 第, 字,
   * brackets and leading zeros.
   */
  public static final int VERSION = 3;

  /**
   * SmartCN words are indexed for the opening characters of each value only: a decision's header,
   * parties and facts, a document's first page. Segmenting is about 40 % of indexing time and grows
   * with the text; bigrams still match the whole text.
   */
  public static final int RANKED_CHARS = 400;

  private ChineseAnalysis() {}

  /** Recall chain: width and traditional→simplified folding, StandardTokenizer, CJK bigrams. */
  public static Analyzer bigram() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String field, Reader reader) {
        return fold(reader);
      }

      @Override
      protected Reader initReaderForNormalization(String field, Reader reader) {
        return fold(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return 100; // no phrase across two values of a multi-valued field
      }
    };
  }

  /** Ranking chain: the same folding, then SmartCN words without stop words. */
  public static Analyzer smart() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String field, Reader reader) {
        return fold(reader);
      }

      @Override
      protected Reader initReaderForNormalization(String field, Reader reader) {
        return fold(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new HMMChineseTokenizer();
        // stops the tokenizer there: the sentences after it are never segmented
        TokenStream ts = new LimitTokenOffsetFilter(source, RANKED_CHARS, false);
        ts = new LowerCaseFilter(ts);
        ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(source, ts);
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return 100;
      }
    };
  }

  /**
   * The analyzer for a whole schema: SmartCN for {@code *.sc} fields, bigrams for other text
   * fields, keyword for the rest. Use the same instance to index and to parse queries.
   */
  public static Analyzer forSchema(IndexSchema schema) {
    Analyzer bigram = bigram();
    Analyzer smart = smart();
    Analyzer keyword = new KeywordAnalyzer();
    Map<String, Analyzer> byField = new HashMap<>();
    for (SchemaField f : schema.fields()) {
      if (f.kind() == FieldKind.TEXT) {
        byField.put(f.fieldName(), bigram);
        byField.put(SchemaField.smartName(f.fieldName()), smart);
      }
    }
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return byField.getOrDefault(field, field.endsWith(".sc") ? smart : keyword);
      }
    };
  }

  /**
   * The one form of an official identifier: NFKC (full width to half width), whitespace, brackets,
   * 第 and 字 removed, leading zeros of a serial after a Chinese character or bracket dropped, upper
   * case. So 金东综执罚决字[2024]第123号, 金东综执罚决（2024）0123号 and 金东综执罚决〔2024〕123号 are equal; a USCC keeps its
   * zeros.
   */
  public static String normalizeIdentifier(String value) {
    String n = Normalizer.normalize(value, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    boolean afterMark = false; // the previous character was Han or a bracket
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (c == '第' || c == '字') {
        afterMark = true;
        continue;
      }
      switch (c) {
        case '[', '(', '【', '〔', '〖', '{', '［', ']', ')', '】', '〕', '〗', '}', '］' -> {
          afterMark = true;
          continue;
        }
        default -> {}
      }
      if (c == '0' && afterMark && i + 1 < n.length() && Character.isDigit(n.charAt(i + 1))) {
        continue; // a leading zero of a serial: 第0123号
      }
      afterMark = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      b.append(Character.toUpperCase(c));
    }
    return TraditionalToSimplified.fold(b.toString());
  }

  /** A word as the analysis compares it: full width, traditional characters and case folded. */
  public static String foldWord(String word) {
    return TraditionalToSimplified.fold(
        Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Rewrites a year in any brackets ({@code [2024]}, {@code （2024）}) to 〔2024〕 inside free query
   * text, so that a decision number typed with ASCII brackets is not read as query syntax.
   */
  public static String normalizeYearBrackets(String query) {
    Matcher m = YEAR_BRACKETS.matcher(query);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, "〔" + Normalizer.normalize(m.group(1), Normalizer.Form.NFKC) + "〕");
    }
    m.appendTail(b);
    return b.toString();
  }

  private static Reader fold(Reader reader) {
    return new TraditionalToSimplified(reader);
  }
}
