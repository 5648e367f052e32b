package org.gongshi.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.gongshi.search.Markup;
import org.gongshi.search.index.ChineseAnalysis;
import org.gongshi.search.index.FieldKind;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.IndexStore;
import org.gongshi.search.index.SchemaField;

/**
 * Runs a {@link SearchRequest} on a searcher: the user query as a required clause, every filter as
 * a non-scoring required clause, a stable sort with the id as tie-breaker, facet counts from doc
 * values and HTML-escaped {@code <mark>} snippets. Thread-safe.
 */
public final class SearchExecutor {

  private static final int FACET_VALUES = 50;
  private static final int SNIPPET_SOURCE_CHARS = 20_000;
  private static final int MARK_CHARS = 1_000_000;

  /** Hits counted exactly before the top collector may skip. */
  static final int EXACT_HITS = 1000;

  /** A filter keeping at least this share of the documents is applied to the top pass's hits. */
  static final double POST_FILTER_SHARE = 0.25;

  /** Doc ids remembered while collecting, for exact facets without a second pass. */
  private static final int RECORD_HITS = 4 * EXACT_HITS;

  /** About this many documents are looked at to estimate a broad query's counts. */
  static final int SAMPLE_DOCS = 100_000;

  /** A broad query is checked on a sample of about this many candidates (fewer documents still). */
  static final int SAMPLE_CANDIDATES = 30_000;

  private final IndexSchema schema;
  private final Analyzer analyzer;
  private final UserQueryParser parser;
  private final String fullTextField;
  private final Set<String> shownFields;
  private final int sampleDocs;
  private final int sampleCandidates;

  /** The highlighter of the searcher last used (a new searcher after each refresh). */
  private volatile SearcherHighlighter lastHighlighter;

  public SearchExecutor(IndexSchema schema, Analyzer analyzer) {
    this(schema, analyzer, SAMPLE_DOCS, SAMPLE_CANDIDATES);
  }

  /** With other sample sizes (tests use small indexes). */
  SearchExecutor(IndexSchema schema, Analyzer analyzer, int sampleDocs, int sampleCandidates) {
    this.sampleDocs = sampleDocs;
    this.sampleCandidates = sampleCandidates;
    this.schema = schema;
    this.analyzer = analyzer;
    this.parser = new UserQueryParser(schema, analyzer);
    this.fullTextField = schema.snippetFields().get(0).fieldName();
    this.shownFields =
        schema.fields().stream()
            .map(SchemaField::fieldName)
            .filter(f -> f.equals(fullTextField) == false)
            .collect(Collectors.toSet());
  }

  /**
   * Runs the request. Hits are counted exactly up to {@value #EXACT_HITS}; beyond that the top page
   * is found with skipping, and the total and facet counts of a large index come from a
   * pseudo-random sample of about {@value #SAMPLE_DOCS} documents ({@link
   * SearchResult#approximate()}). Unknown filter names are a programming error and throw.
   */
  public SearchResult execute(IndexSearcher searcher, SearchRequest request) throws IOException {
    return execute(
        searcher,
        IndexStore.PointInTime.NONE,
        Cursor.decode(request.sort(), request.searchAfter()),
        request);
  }

  /**
   * Runs the request on an index. A next page by relevance is read from the searcher of the first
   * page while it is kept (see {@link IndexStore#withKeptSearcher}), so hits of equal score keep
   * their order; after that it continues on the current searcher.
   */
  public SearchResult execute(IndexStore store, SearchRequest request) throws IOException {
    if (request.sort() != SearchRequest.Sort.RELEVANCE) {
      return store.withSearcher(searcher -> execute(searcher, request));
    }
    Cursor.Position at = Cursor.decode(request.sort(), request.searchAfter());
    return store.withKeptSearcher(
        at == null ? IndexStore.PointInTime.NONE : at.point(),
        (searcher, point) -> execute(searcher, point, at, request));
  }

  private SearchResult execute(
      IndexSearcher searcher,
      IndexStore.PointInTime point,
      Cursor.Position at,
      SearchRequest request)
      throws IOException {
    UserQueryParser.Parsed parsed = parser.parse(request.query());
    DenseFilters dense = denseFilters(searcher, request);
    Query query = withFilters(parsed.query(), request, dense.names());
    // A small index is counted exactly in one pass; a large one only up to EXACT_HITS, then
    // sampled.
    int every =
        Math.max(1, (int) Math.ceil(searcher.getIndexReader().maxDoc() / (double) sampleDocs));
    int threshold = every == 1 ? Integer.MAX_VALUE : EXACT_HITS;
    // By relevance, ties go by doc id: past the threshold only strictly better hits are scored.
    CollectorManager<? extends Collector, ? extends TopDocs> top =
        request.sort() == SearchRequest.Sort.RELEVANCE
            ? new TopScoreDocCollectorManager(
                request.pageSize(), at == null ? null : at.after(), threshold)
            : new TopFieldCollectorManager(
                dateSort(),
                request.pageSize(),
                at == null ? null : (FieldDoc) at.after(),
                threshold);
    int record = request.facets() == false ? 0 : every == 1 ? Integer.MAX_VALUE : RECORD_HITS;
    RecordingTopManager<?> recording = new RecordingTopManager<>(top, record, dense.kept());
    TopDocs docs = searcher.search(query, recording);
    boolean exact = docs.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    long total = docs.totalHits.value();
    boolean approximate = false;
    Map<String, List<SearchResult.FacetCount>> facets = Map.of();
    List<RecordingTopManager.LeafDocs> all =
        exact && request.facets() ? recording.recorded() : null;
    if (all != null && all.stream().mapToLong(RecordingTopManager.LeafDocs::size).sum() == total) {
      FacetTally tally = new FacetTally(request.facetFieldsIn(schema));
      for (RecordingTopManager.LeafDocs leaf : all) {
        tally.countSorted(leaf.context(), leaf.docs(), leaf.size());
      }
      facets = tally.result(FACET_VALUES, 1);
    } else if (request.facets() || exact == false) {
      Query counted = query;
      int rate = every;
      if (every > 1) {
        counted = withFilters(parser.parseForCounting(request.query()), request);
        rate = sampleRate(searcher, counted, every);
        counted = sampled(counted, rate);
      }
      FacetTally tally =
          searcher.search(counted, FacetTally.manager(request.facetFieldsIn(schema)));
      if (request.facets()) {
        facets = tally.result(FACET_VALUES, rate);
      }
      if (exact == false) {
        total = Math.max(total, tally.hits() * rate);
      }
      approximate = every > 1;
    }
    String[] snippets = request.highlight() ? snippets(searcher, request.query(), docs) : null;
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(docs.scoreDocs.length);
    for (int i = 0; i < docs.scoreDocs.length; i++) {
      ScoreDoc sd = docs.scoreDocs[i];
      DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(shownFields);
      stored.document(sd.doc, visitor);
      Document d = visitor.getDocument();
      float score = request.sort() == SearchRequest.Sort.RELEVANCE ? sd.score : Float.NaN;
      hits.add(
          new SearchResult.Hit(
              d.get(schema.idField().fieldName()),
              score,
              fields(d),
              snippets == null ? "" : snippets[i]));
    }
    String next =
        docs.scoreDocs.length == request.pageSize()
            ? Cursor.encode(request.sort(), docs.scoreDocs[docs.scoreDocs.length - 1], point)
            : null;
    return new SearchResult(total, List.copyOf(hits), facets, next, parsed.degraded(), approximate);
  }

  /**
   * The request as one query (the user's words and every filter) for another backend to translate.
   *
   * @param query the query with its filters
   * @param degraded whether the text was malformed and read as plain words
   */
  public record Prepared(Query query, boolean degraded) {}

  /**
   * The request's query with its filters, as {@link #execute} runs it.
   *
   * @param request the search
   * @return the query and whether it was degraded
   */
  public Prepared prepare(SearchRequest request) {
    UserQueryParser.Parsed parsed = parser.parse(request.query());
    return new Prepared(withFilters(parsed.query(), request), parsed.degraded());
  }

  /**
   * A snippet cut from stored texts rather than an index (for a backend that returns the texts):
   * the schema's snippet fields in order of preference, as {@link #execute} makes them.
   *
   * @param queryText the user's query
   * @param texts the values of the hit's fields by field name
   * @return HTML with only {@code <mark>} tags; empty when no field has text
   * @throws IOException when the text cannot be analysed
   */
  public String snippet(String queryText, Map<String, List<String>> texts) throws IOException {
    Query query = parser.parseForSnippets(queryText);
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builderWithoutSearcher(analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withMaxLength(SNIPPET_SOURCE_CHARS)
            .build();
    String fallback = null;
    for (SchemaField field : schema.snippetFields()) {
      List<String> values = texts.getOrDefault(field.fieldName(), List.of());
      if (values.isEmpty()) {
        continue;
      }
      // U+2029 is the highlighter's own separator of values
      String text = String.join("\u2029", values);
      if (text.length() > SNIPPET_SOURCE_CHARS) {
        text = text.substring(0, SNIPPET_SOURCE_CHARS);
      }
      Object got = highlighter.highlightWithoutSearcher(field.fieldName(), query, text, 2);
      String s = got == null ? null : got.toString();
      if (s != null && s.contains("<mark>")) {
        return s.replace("</mark><mark>", "");
      }
      if (fallback == null && s != null && s.isBlank() == false) {
        fallback = s;
      }
    }
    return fallback == null ? "" : fallback;
  }

  /** The exact number of documents matching the request's query and filters. */
  public long count(IndexSearcher searcher, SearchRequest request) throws IOException {
    return searcher.count(withFilters(parser.parse(request.query()).query(), request));
  }

  /** The ids of every document matching the request's query and filters, in index order. */
  public List<String> ids(IndexSearcher searcher, SearchRequest request) throws IOException {
    String idField = schema.idField().fieldName();
    List<String> out = new ArrayList<>();
    searcher.search(
        withFilters(parser.parse(request.query()).query(), request),
        new CollectorManager<Collector, Void>() {
          @Override
          public Collector newCollector() {
            return new SimpleCollector() {
              private SortedDocValues ids;

              @Override
              protected void doSetNextReader(LeafReaderContext context) throws IOException {
                ids = DocValues.getSorted(context.reader(), idField);
              }

              @Override
              public void collect(int doc) throws IOException {
                if (ids.advanceExact(doc)) {
                  String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                  synchronized (out) {
                    out.add(id);
                  }
                }
              }

              @Override
              public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
              }
            };
          }

          @Override
          public Void reduce(Collection<Collector> collectors) {
            return null;
          }
        });
    return out;
  }

  /**
   * One document in how many to look at: at least {@code every}, and fewer still for a broad query,
   * so that about {@value #SAMPLE_CANDIDATES} candidates (the query's cost estimate from the
   * postings) are checked whatever the size of the index.
   */
  private int sampleRate(IndexSearcher searcher, Query query, int every) throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long cost = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) {
        cost += supplier.cost();
      }
    }
    return (int)
        Math.max(
            every,
            Math.min(
                cost / sampleCandidates, searcher.getIndexReader().maxDoc() / sampleCandidates));
  }

  private static Query sampled(Query query, int every) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.FILTER)
        .add(new SampleQuery(every), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * A whole text as HTML with every match marked: {@code <mark id="hit-N">}, numbered from a given
   * N.
   */
  public record Marked(String html, int count) {}

  /**
   * Marks every match of the query's words and phrases in {@code text} (as the search matches them:
   * bigrams, phrases strictly), numbering the marks {@code hit-first}, {@code hit-first+1}… so a
   * link can point at {@code #hit-1}. The text is HTML-escaped; only marks are markup. At most
   * {@value #MARK_CHARS} characters are analysed; the rest is shown unmarked.
   */
  public Marked markAll(String queryText, String text, int first) throws IOException {
    if (text == null || text.isEmpty()) {
      return new Marked("", 0);
    }
    if (queryText == null || queryText.isBlank()) {
      return new Marked(Markup.escape(text, 0, text.length()), 0);
    }
    int[] count = {0};
    PassageFormatter numbered =
        new PassageFormatter() {
          @Override
          public Object format(Passage[] passages, String content) {
            StringBuilder b = new StringBuilder(content.length() + 64);
            int pos = 0;
            for (Passage p : passages) {
              int n = p.getNumMatches();
              long[] spans = new long[n];
              for (int i = 0; i < n; i++) {
                spans[i] = ((long) p.getMatchStarts()[i] << 32) | p.getMatchEnds()[i];
              }
              java.util.Arrays.sort(spans);
              int[] starts = new int[n];
              int[] ends = new int[n];
              for (int i = 0; i < n; i++) {
                starts[i] = (int) (spans[i] >>> 32);
                ends[i] = (int) spans[i];
              }
              for (int i = 0; i < n; ) {
                int start = Math.max(starts[i], pos);
                int end = ends[i];
                // overlapping bigrams and adjacent matches form one mark
                for (i++; i < n && starts[i] <= end; i++) {
                  end = Math.max(end, ends[i]);
                }
                if (end <= start) {
                  continue;
                }
                b.append(Markup.escape(content, pos, start));
                b.append("<mark id=\"hit-").append(first + count[0]++).append("\">");
                b.append(Markup.escape(content, start, end)).append("</mark>");
                pos = end;
              }
            }
            return b.append(Markup.escape(content, pos, content.length())).toString();
          }
        };
    String analysed = text.length() > MARK_CHARS ? text.substring(0, MARK_CHARS) : text;
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builderWithoutSearcher(analyzer)
            .withBreakIterator(WholeBreakIterator::new)
            .withMaxLength(analysed.length())
            .withFormatter(numbered)
            .build();
    Object marked =
        highlighter.highlightWithoutSearcher(
            fullTextField, parser.parseForSnippets(queryText), analysed, 1);
    String html = marked == null ? Markup.escape(analysed, 0, analysed.length()) : (String) marked;
    if (analysed.length() < text.length()) {
      html += Markup.escape(text, analysed.length(), text.length());
    }
    return new Marked(html, count[0]);
  }

  private Query withFilters(Query userQuery, SearchRequest request) {
    return withFilters(userQuery, request, Set.of());
  }

  /** The query with its filters, but for those named (which the caller applies itself). */
  private Query withFilters(Query userQuery, SearchRequest request, Set<String> applied) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
    request
        .filters()
        .forEach(
            (name, values) -> {
              if (applied.contains(name) == false)
                b.add(filter(name, values), BooleanClause.Occur.FILTER);
            });
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(
          LongPoint.newRangeQuery(schema.dateField().fieldName(), from, to),
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /**
   * The filters that keep at least {@value #POST_FILTER_SHARE} of the documents (the portal's
   * kind:decision keeps all but the power-list items), as one query, by name. The top pass applies
   * them to what it collects instead of adding them to the query: a required filter keeps Lucene
   * from skipping hits that cannot reach the top page, and a filter that keeps most documents
   * narrows little. At 1M decisions that made the top pass of 恒达 10 times faster, same hits.
   */
  private DenseFilters denseFilters(IndexSearcher searcher, SearchRequest request)
      throws IOException {
    Map<String, Query> dense = new LinkedHashMap<>();
    Weight only = null;
    long maxDoc = searcher.getIndexReader().maxDoc();
    if (maxDoc == 0) return new DenseFilters(Set.of(), null);
    for (Map.Entry<String, Set<String>> f : request.filters().entrySet()) {
      Query q = searcher.rewrite(filter(f.getKey(), f.getValue()));
      Weight w = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f);
      long cost = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        ScorerSupplier supplier = w.scorerSupplier(leaf);
        if (supplier != null) cost += supplier.cost();
      }
      if (cost >= maxDoc * POST_FILTER_SHARE) {
        dense.put(f.getKey(), q);
        only = w;
      }
    }
    if (dense.size() > 1) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      dense.values().forEach(q -> all.add(q, BooleanClause.Occur.FILTER));
      only = searcher.createWeight(searcher.rewrite(all.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    return new DenseFilters(Set.copyOf(dense.keySet()), only);
  }

  /** The dense filters' names and one weight of them all (null when none). */
  private record DenseFilters(Set<String> names, Weight kept) {}

  private Query filter(String name, Set<String> values) {
    List<SchemaField> fields =
        schema
            .resolve(name)
            .orElseThrow(() -> new IllegalArgumentException("unknown filter " + name))
            .stream()
            .filter(
                f ->
                    f.kind() == FieldKind.KEYWORD
                        || f.kind() == FieldKind.IDENTIFIER
                        || f.kind() == FieldKind.ID)
            .toList();
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("not an exact field: " + name);
    }
    if (values.isEmpty()) {
      return new MatchNoDocsQuery("empty filter " + name);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (SchemaField f : fields) {
      List<BytesRef> terms =
          values.stream()
              .map(
                  v ->
                      f.kind() == FieldKind.IDENTIFIER ? ChineseAnalysis.normalizeIdentifier(v) : v)
              .map(BytesRef::new)
              .toList();
      b.add(new TermInSetQuery(f.fieldName(), terms), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** Newest first, then by id (stable across searchers). */
  private Sort dateSort() {
    SortField id = new SortField(schema.idField().fieldName(), SortField.Type.STRING);
    SortField date = new SortField(schema.dateField().fieldName(), SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, id);
  }

  /**
   * Snippets of the page's hits only. The highlighter works on a query of the snippet fields alone
   * (bigram clauses, no ranking or identifier clauses): matching the full query per hit costs
   * several times more. Offsets come from the postings; at most {@value #SNIPPET_SOURCE_CHARS}
   * characters of a field are looked at.
   */
  private String[] snippets(IndexSearcher searcher, String text, TopDocs docs) throws IOException {
    String[] result = new String[docs.scoreDocs.length];
    if (result.length == 0) {
      return result;
    }
    UnifiedHighlighter highlighter = highlighter(searcher);
    // Field by field, in order of preference: the next field only for hits still without a mark.
    String[] fallback = new String[result.length];
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < result.length; i++) {
      open.add(i);
    }
    for (SchemaField field : schema.snippetFields()) {
      if (open.isEmpty()) {
        break;
      }
      int[] docIds = open.stream().mapToInt(i -> docs.scoreDocs[i].doc).toArray();
      Query query = parser.parseForSnippets(text, field);
      String[] got =
          highlighter
              .highlightFields(new String[] {field.fieldName()}, query, docIds, new int[] {2})
              .get(field.fieldName());
      List<Integer> still = new ArrayList<>();
      for (int k = 0; k < docIds.length; k++) {
        int i = open.get(k);
        String s = got[k];
        if (s != null && s.contains("<mark>")) {
          result[i] = s;
        } else {
          if (fallback[i] == null && s != null && s.isBlank() == false) {
            fallback[i] = s;
          }
          still.add(i);
        }
      }
      open = still;
    }
    for (int i = 0; i < result.length; i++) {
      String chosen = result[i] != null ? result[i] : fallback[i];
      // Overlapping bigrams are marked one by one; join adjacent marks.
      result[i] = chosen == null ? "" : chosen.replace("</mark><mark>", "");
    }
    return result;
  }

  /** The searcher's highlighter, made once per searcher: it reads the index's field infos once. */
  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    SearcherHighlighter last = lastHighlighter;
    if (last != null && last.searcher() == searcher) {
      return last.highlighter();
    }
    UnifiedHighlighter h =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withMaxLength(SNIPPET_SOURCE_CHARS)
            .build();
    lastHighlighter = new SearcherHighlighter(searcher, h);
    return h;
  }

  private record SearcherHighlighter(IndexSearcher searcher, UnifiedHighlighter highlighter) {}

  private Map<String, List<String>> fields(Document d) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (f.name().equals(fullTextField) || f.stringValue() == null) {
        continue;
      }
      out.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.stringValue());
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
