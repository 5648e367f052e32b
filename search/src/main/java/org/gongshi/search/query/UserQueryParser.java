package org.gongshi.search.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.gongshi.search.index.ChineseAnalysis;
import org.gongshi.search.index.FieldKind;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.SchemaField;

/**
 * The query language for people, on Lucene's classic parser.
 *
 * <ul>
 *   <li>words, all required: {@code 行政处罚 金东}; a Chinese word matches as a substring (bigram
 *       phrase), so 某某建材 finds 金华市某某建材有限公司
 *   <li>{@code "phrases"}, {@code AND}, {@code OR}, {@code NOT}, {@code -word}, parentheses
 *   <li>{@code field:value} for {@code caseNumber}, {@code decisionNumber}, {@code uscc}, {@code
 *       agency}, {@code domain}, {@code party}, {@code type}, {@code year}, {@code penalty}, {@code
 *       procedure}, {@code basis} and every schema field name
 *   <li>{@code date:[2024-01-01 TO 2024-12-31]} (also {@code 2024}, {@code 2024-03}, {@code *})
 *   <li>decision numbers with any year brackets: 〔2024〕, [2024], (2024), ［2024］, （2024）, or none,
 *       with or without 第 and 字, leading zeros and spaces
 *   <li>everyday words also find the terms decisions use ({@link Synonyms}): 违章建筑 finds
 *       未取得建设工程规划许可证, ranked below the word itself
 *   <li>a word finds organisation names loosely, its characters in order with others between
 *       (忻州鑫源商贸 finds 忻州市鑫源商贸有限公司), ranked below an exact match
 * </ul>
 *
 * <p>Malformed input never throws: it is searched as plain words and marked degraded. Thread-safe
 * (a classic parser is made per call).
 */
public final class UserQueryParser {

  /** A parsed query, and whether it fell back to plain words. */
  public record Parsed(Query query, boolean degraded) {}

  static final String DEFAULT_FIELD = "_text";

  private static final float SMART_BOOST = 0.5f;

  /**
   * Words up to this long also rank by SmartCN words: two characters found as bigrams often cross a
   * word boundary (工程 in 施工程序). A longer word found inside a longer one is mostly the same thing
   * (污染防治 in 水污染防治法, 经营许可 in 食品经营许可证: of 198 four-character queries seen twice in the 120 decisions
   * of the redaction corpus, the 9 found so were all of this kind), and its SmartCN phrase clauses
   * were most of its ranking cost (建筑垃圾 at 1M: 17 ms with them, 6 ms without).
   */
  private static final int RANKED_WORD_CHARS = 2;

  private static final float IDENTIFIER_BOOST = 20f;

  /** A synonym's hit counts for this much of the typed word's. */
  private static final float SYNONYM_BOOST = 0.1f;

  /** A loose name hit counts for this much of an exact one. */
  private static final float LOOSE_NAME_BOOST = 0.2f;

  /** Loose names: characters a word may skip in a name, and the longest word matched loosely. */
  private static final int LOOSE_GAP = 4;

  private static final int LOOSE_MAX_CHARS = 24;

  /** A decision number typed with spaces: 金东综执罚决字 〔2024〕 第123号. */
  private static final java.util.regex.Pattern SPACED_NUMBER =
      java.util.regex.Pattern.compile("\\p{IsHan}+\\s*〔?\\s*\\d{4}\\s*〕?\\s*第?\\s*\\d+\\s*号");

  /**
   * Deeper groups are searched as plain words (degraded); nobody writes more by hand. An API may
   * refuse such a query instead (see {@link #nesting(String)}).
   */
  public static final int MAX_NESTING = 32;

  private static final String SYNTAX = "[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]";

  private final IndexSchema schema;
  private final Analyzer analyzer;
  private final Synonyms synonyms;

  /**
   * A parser for a schema, with the analyzer the index was built with and the standard synonyms.
   */
  public UserQueryParser(IndexSchema schema, Analyzer analyzer) {
    this(schema, analyzer, Synonyms.standard());
  }

  public UserQueryParser(IndexSchema schema, Analyzer analyzer, Synonyms synonyms) {
    this.schema = schema;
    this.analyzer = analyzer;
    this.synonyms = synonyms;
  }

  /** What a parse is for: ranking adds the SmartCN word clauses, which never widen the match. */
  private enum Mode {
    RANK,
    MATCH,
    SNIPPETS
  }

  /** Parses user text; blank text matches every document. */
  public Parsed parse(String text) {
    return parse(text, Mode.RANK);
  }

  /**
   * The same match without the ranking ({@code .sc}) clauses: a SmartCN phrase is a bigram phrase
   * of the same text, so the hit set is the same (up to text cut by punctuation) at about half the
   * cost of checking positions. Words with a lone Han character keep their SmartCN clause, which
   * alone finds them. For counting, where scores are not needed.
   */
  public Query parseForCounting(String text) {
    return parse(text, Mode.MATCH).query();
  }

  /**
   * The same query for highlighting: plain words look only in the schema's snippet fields, as
   * bigrams, without the ranking ({@code .sc}) and identifier clauses. Matches the same snippet
   * words as {@link #parse(String)} at a fraction of the cost per highlighted hit.
   */
  public Query parseForSnippets(String text) {
    return anyWord(parse(text, Mode.SNIPPETS, schema.snippetFields()).query());
  }

  /**
   * As {@link #parseForSnippets(String)}, with plain words looked for in one snippet field only: a
   * highlighter checks every clause of its query in each hit, whichever field it marks.
   */
  public Query parseForSnippets(String text, SchemaField field) {
    return anyWord(parse(text, Mode.SNIPPETS, List.of(field)).query());
  }

  /**
   * The query with every required clause made optional (exclusions kept): a highlighter marks a
   * field only where its whole query matches the document, but a hit's words may lie in different
   * fields (夜间施工 in the violation, 居民休息 in the text), and each is marked where it stands.
   */
  static Query anyWord(Query q) {
    if (q instanceof BoostQuery bq) {
      return new BoostQuery(anyWord(bq.getQuery()), bq.getBoost());
    }
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (BooleanClause c : bq.clauses()) {
        b.add(
            anyWord(c.query()),
            c.occur() == BooleanClause.Occur.MUST_NOT
                ? BooleanClause.Occur.MUST_NOT
                : BooleanClause.Occur.SHOULD);
      }
      return b.build();
    }
    return q;
  }

  private Parsed parse(String text, Mode mode) {
    return parse(text, mode, schema.snippetFields());
  }

  private Parsed parse(String text, Mode mode, List<SchemaField> snippetFields) {
    if (text == null || text.isBlank()) {
      return new Parsed(new MatchAllDocsQuery(), false);
    }
    String prepared = ChineseAnalysis.normalizeYearBrackets(text.strip());
    if (SPACED_NUMBER.matcher(prepared).matches()) {
      prepared = prepared.replaceAll("\\s+", "");
    }
    if (nesting(prepared) > MAX_NESTING) {
      // the classic parser recurses per group: thousands of parentheses overflow the stack
      return new Parsed(plainWords(prepared, mode, snippetFields), true);
    }
    try {
      Query q = newParser(mode, snippetFields).parse(prepared);
      return new Parsed(withPositiveClause(q), false);
    } catch (ParseException | TokenMgrError | RuntimeException e) {
      return new Parsed(plainWords(prepared, mode, snippetFields), true);
    }
  }

  /**
   * The deepest nesting of (), [] and {} groups, escaped characters and phrases aside.
   *
   * @param text the query as typed
   * @return how deep its groups nest; 0 for none
   */
  public static int nesting(String text) {
    int depth = 0;
    int max = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
        max = Math.max(max, ++depth);
      } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  private Parser newParser(Mode mode, List<SchemaField> snippetFields) {
    Parser p = new Parser(analyzer, mode, snippetFields);
    p.setSplitOnWhitespace(true); // must come before setAutoGeneratePhraseQueries(true)
    p.setAutoGeneratePhraseQueries(true);
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setAllowLeadingWildcard(false);
    return p;
  }

  /** Every word required, all syntax ignored. */
  private Query plainWords(String text, Mode mode, List<SchemaField> snippetFields) {
    List<String> words =
        new ArrayList<>(List.of(text.replaceAll(SYNTAX, " ").trim().split("\\s+")));
    words.removeIf(String::isBlank);
    if (words.stream().anyMatch(w -> isOperator(w) == false)) {
      words.removeIf(UserQueryParser::isOperator);
    }
    if (words.isEmpty()) {
      return new MatchNoDocsQuery("nothing to search");
    }
    try {
      Parser p = newParser(mode, snippetFields);
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String w : words) {
        Query q = p.fieldQuery(DEFAULT_FIELD, w, false);
        if (q != null) {
          b.add(q, BooleanClause.Occur.MUST);
        }
      }
      return b.build();
    } catch (ParseException | RuntimeException e) {
      return new MatchNoDocsQuery("unparsable");
    }
  }

  private static boolean isOperator(String w) {
    return w.equals("AND") || w.equals("OR") || w.equals("NOT");
  }

  /** Lucene matches nothing for a query of only negations; give it everything to subtract from. */
  private static Query withPositiveClause(Query q) {
    if (q == null) {
      return new MatchNoDocsQuery("only stop words");
    }
    if (q instanceof BooleanQuery bq
        && bq.clauses().isEmpty() == false
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder b =
          new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(b::add);
      return b.build();
    }
    return q;
  }

  private final class Parser extends QueryParser {

    private final Mode mode;

    /** Where plain words and synonyms are looked for in snippets, and synonyms otherwise. */
    private final List<SchemaField> snippetFields;

    Parser(Analyzer analyzer, Mode mode, List<SchemaField> snippetFields) {
      super(DEFAULT_FIELD, analyzer);
      this.mode = mode;
      this.snippetFields = snippetFields;
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      return fieldQuery(field, text, quoted);
    }

    Query fieldQuery(String field, String text, boolean quoted) throws ParseException {
      if (DEFAULT_FIELD.equals(field)) {
        return defaultQuery(text, quoted);
      }
      List<SchemaField> fields = schema.resolve(field).orElse(null);
      if (fields == null) {
        return defaultQuery(field + ":" + text, quoted); // not a field: the user meant the text
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (SchemaField f : fields) {
        addFieldClauses(b, f, text, quoted);
        if (!quoted && mode != Mode.SNIPPETS && schema.nameFields().contains(f)) {
          should(b, looseName(f.fieldName(), text.strip()), LOOSE_NAME_BOOST);
        }
      }
      return simplify(b.build());
    }

    private Query defaultQuery(String text, boolean quoted) throws ParseException {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (SchemaField f : mode == Mode.SNIPPETS ? snippetFields : schema.defaultFields()) {
        addFieldClauses(b, f, text, quoted);
      }
      if (!quoted) {
        // A synonym names the violation: it is looked for in the texts that describe one (the
        // snippet fields), not in names or legal bases, and ranked by bigrams alone. At 100,000
        // decisions this made 扬尘 (four synonyms) about twice as fast to rank.
        for (String alternative : synonyms.alternatives(text)) {
          BooleanQuery.Builder alt = new BooleanQuery.Builder();
          for (SchemaField f : snippetFields) {
            addSynonymClauses(alt, f, alternative);
          }
          should(b, simplify(alt.build()), SYNONYM_BOOST);
        }
        if (mode != Mode.SNIPPETS) {
          for (SchemaField f : schema.nameFields()) {
            should(b, looseName(f.fieldName(), text.strip()), LOOSE_NAME_BOOST);
          }
        }
      }
      if (mode != Mode.SNIPPETS && text.chars().anyMatch(Character::isDigit)) {
        String id = ChineseAnalysis.normalizeIdentifier(text);
        for (SchemaField f : schema.fields()) {
          if (f.kind() == FieldKind.IDENTIFIER) {
            b.add(
                new BoostQuery(new TermQuery(new Term(f.fieldName(), id)), IDENTIFIER_BOOST),
                BooleanClause.Occur.SHOULD);
          }
        }
      }
      return simplify(b.build());
    }

    private void addSynonymClauses(BooleanQuery.Builder b, SchemaField f, String alternative)
        throws ParseException {
      // snippet fields are TEXT fields
      should(b, super.getFieldQuery(f.fieldName(), alternative, false), 1f);
      if (mode != Mode.SNIPPETS && hasLoneHan(alternative)) {
        should(
            b, super.getFieldQuery(SchemaField.smartName(f.fieldName()), alternative, false), 1f);
      }
    }

    private void addFieldClauses(BooleanQuery.Builder b, SchemaField f, String text, boolean quoted)
        throws ParseException {
      String name = f.fieldName();
      switch (f.kind()) {
        case TEXT -> {
          should(b, super.getFieldQuery(name, text, quoted), 1f);
          boolean ranks = mode == Mode.RANK && text.strip().length() <= RANKED_WORD_CHARS;
          if (ranks || (mode != Mode.SNIPPETS && hasLoneHan(text))) {
            String smartName = SchemaField.smartName(name);
            Query words = super.getFieldQuery(smartName, text, quoted);
            should(b, words, SMART_BOOST);
            if (ranks
                && words != null
                && !(words instanceof TermQuery)
                && isHanWord(text.strip())) {
              // SmartCN splits some words standing alone (用地 -> 用/地) that it keeps whole in a
              // sentence (建设/用地)
              should(
                  b,
                  new TermQuery(
                      new Term(smartName, getAnalyzer().normalize(smartName, text.strip()))),
                  SMART_BOOST);
            }
          }
          if (text.length() == 1
              && Character.UnicodeScript.of(text.charAt(0)) == Character.UnicodeScript.HAN) {
            // A lone character is no bigram: match bigrams that start with it.
            should(b, new PrefixQuery(new Term(name, getAnalyzer().normalize(name, text))), 1f);
          }
        }
        case ID, KEYWORD -> should(b, new TermQuery(new Term(name, text.strip())), 1f);
        case IDENTIFIER ->
            should(b, new TermQuery(new Term(name, ChineseAnalysis.normalizeIdentifier(text))), 1f);
        case DATE -> {
          LocalDate[] span = span(text);
          should(b, LongPoint.newRangeQuery(name, span[0].toEpochDay(), span[1].toEpochDay()), 1f);
        }
      }
    }

    @Override
    protected Query getRangeQuery(
        String field, String lower, String upper, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      List<SchemaField> fields =
          schema.resolve(field).orElseThrow(() -> new ParseException("no range on " + field));
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (SchemaField f : fields) {
        switch (f.kind()) {
          case DATE -> {
            long from =
                isOpen(lower)
                    ? Long.MIN_VALUE
                    : span(lower)[startInclusive ? 0 : 1].toEpochDay() + (startInclusive ? 0 : 1);
            long to =
                isOpen(upper)
                    ? Long.MAX_VALUE
                    : span(upper)[endInclusive ? 1 : 0].toEpochDay() - (endInclusive ? 0 : 1);
            should(b, LongPoint.newRangeQuery(f.fieldName(), from, to), 1f);
          }
          case KEYWORD, IDENTIFIER, ID ->
              should(
                  b,
                  TermRangeQuery.newStringRange(
                      f.fieldName(),
                      isOpen(lower) ? null : lower,
                      isOpen(upper) ? null : upper,
                      startInclusive,
                      endInclusive),
                  1f);
          case TEXT -> {
            // no ranges over words
          }
        }
      }
      Query q = simplify(b.build());
      if (q == null) {
        throw new ParseException("no range on " + field);
      }
      return q;
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return wildcard(field, termStr + "*");
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return wildcard(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      return fieldQuery(field, termStr, false);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      return fieldQuery(field, termStr, false);
    }

    /** Wildcards on exact fields only; on text they are dropped and the rest searched. */
    private Query wildcard(String field, String pattern) throws ParseException {
      List<SchemaField> fields = schema.resolve(field).orElse(List.of());
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (SchemaField f : fields) {
        if (f.kind() == FieldKind.KEYWORD) {
          should(b, new WildcardQuery(new Term(f.fieldName(), pattern)), 1f);
        } else if (f.kind() == FieldKind.IDENTIFIER) {
          should(
              b,
              new WildcardQuery(
                  new Term(f.fieldName(), ChineseAnalysis.normalizeIdentifier(pattern))),
              1f);
        }
      }
      Query q = simplify(b.build());
      String bare = pattern.replaceAll("[*?]", " ").strip();
      return q != null || bare.isEmpty() ? q : fieldQuery(field, bare, false);
    }
  }

  /**
   * A name's characters in order, others between: the word cut into bigrams that must follow each
   * other in the field within {@link #LOOSE_GAP} skipped characters. An odd word's extra bigram
   * overlaps its last (or first) one: 浙江远物流有限公司 is 浙江 远物 流有 限公 公司. Null for words that are not Han
   * or too short or long to be a name.
   */
  static SpanQuery looseName(String field, String word) {
    int n = word.length();
    if (n < 3
        || n > LOOSE_MAX_CHARS
        || !word.chars()
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return null;
    }
    String w = ChineseAnalysis.foldWord(word);
    List<Integer> pairs = new ArrayList<>();
    for (int i = 0; i + 2 <= n; i += 2) {
      pairs.add(i);
    }
    if (n % 2 == 0) {
      return loosePieces(field, w, pairs);
    }
    List<Integer> lastOverlaps = new ArrayList<>(pairs);
    lastOverlaps.add(n - 2);
    List<Integer> firstOverlaps = new ArrayList<>(List.of(0));
    for (int i = 1; i + 2 <= n; i += 2) {
      firstOverlaps.add(i);
    }
    return new SpanOrQuery(
        loosePieces(field, w, lastOverlaps), loosePieces(field, w, firstOverlaps));
  }

  /** The bigrams starting at these offsets, in order, near each other. */
  private static SpanQuery loosePieces(String field, String w, List<Integer> starts) {
    SpanQuery[] pieces =
        starts.stream()
            .map(i -> new SpanTermQuery(new Term(field, w.substring(i, i + 2))))
            .toArray(SpanQuery[]::new);
    return new SpanNearQuery(pieces, pieces.length - 1 + LOOSE_GAP, true);
  }

  /** Whether the text is one Han word short enough to be ranked by SmartCN words. */
  private static boolean isHanWord(String text) {
    return text.length() >= 2
        && text.length() <= RANKED_WORD_CHARS
        && text.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * Whether a Han character stands alone between other scripts (砼ab甲c): as bigrams it is a unigram
   * the index does not hold where the text runs on (在砼), so only the words find it.
   */
  static boolean hasLoneHan(String text) {
    int run = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean han =
          i < text.length()
              && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
      if (han) {
        run++;
      } else {
        if (run == 1 && text.strip().length() > 1) {
          return true;
        }
        run = 0;
      }
    }
    return false;
  }

  private static void should(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null) {
      b.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }

  private static Query simplify(BooleanQuery q) {
    if (q.clauses().isEmpty()) {
      return null;
    }
    return q.clauses().size() == 1 ? q.clauses().get(0).query() : q;
  }

  private static boolean isOpen(String bound) {
    return bound == null || bound.equals("*");
  }

  /** First and last day denoted by 2024, 2024-03 or 2024-03-15 (also with '/'). */
  static LocalDate[] span(String text) throws ParseException {
    String t = text.strip().replace('/', '-').replace('.', '-').toLowerCase(Locale.ROOT);
    try {
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      if (t.matches("\\d{4}-\\d{1,2}")) {
        YearMonth ym =
            YearMonth.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
        return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      String[] p = t.split("-");
      if (p.length == 3) {
        LocalDate d =
            LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        return new LocalDate[] {d, d};
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new ParseException("not a date: " + text);
    }
    throw new ParseException("not a date: " + text);
  }
}
