package org.gongshi.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.gongshi.search.index.ChineseAnalysis;
import org.gongshi.search.index.FieldKind;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.SchemaField;

/**
 * Runs a {@link SearchRequest} on a searcher: the user query as a required clause, every filter as
 * a non-scoring required clause, a stable sort with the id as tie-breaker, facet counts from doc
 * values and HTML-escaped {@code <mark>} snippets. Thread-safe.
 */
public final class SearchExecutor {

  private static final int FACET_VALUES = 50;
  private static final int SNIPPET_SOURCE_CHARS = 100_000;

  private final IndexSchema schema;
  private final Analyzer analyzer;
  private final UserQueryParser parser;
  private final String fullTextField;

  public SearchExecutor(IndexSchema schema, Analyzer analyzer) {
    this.schema = schema;
    this.analyzer = analyzer;
    this.parser = new UserQueryParser(schema, analyzer);
    this.fullTextField = schema.snippetFields().get(0).fieldName();
  }

  /** Runs the request. Unknown filter names are a programming error and throw. */
  public SearchResult execute(IndexSearcher searcher, SearchRequest request) throws IOException {
    UserQueryParser.Parsed parsed = parser.parse(request.query());
    Query query = withFilters(parsed.query(), request);
    FieldDoc after = Cursor.decode(request.sort(), request.searchAfter());
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(sort(request.sort()), request.pageSize(), after, Integer.MAX_VALUE);
    TopDocs docs;
    Map<String, List<SearchResult.FacetCount>> facets = Map.of();
    if (request.facets()) {
      Object[] both = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
      docs = (TopDocs) both[0];
      facets = countFacets((FacetsCollector) both[1]);
    } else {
      docs = searcher.search(query, top);
    }
    String[] snippets = request.highlight() ? snippets(searcher, parsed.query(), docs) : null;
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(docs.scoreDocs.length);
    for (int i = 0; i < docs.scoreDocs.length; i++) {
      FieldDoc fd = (FieldDoc) docs.scoreDocs[i];
      Document d = stored.document(fd.doc);
      float score = fd.fields[0] instanceof Float f ? f : Float.NaN;
      hits.add(new SearchResult.Hit(d.get(schema.idField().fieldName()), score, fields(d), snippets == null ? "" : snippets[i]));
    }
    String next =
        docs.scoreDocs.length == request.pageSize()
            ? Cursor.encode(request.sort(), (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1])
            : null;
    return new SearchResult(docs.totalHits.value(), List.copyOf(hits), facets, next, parsed.degraded());
  }

  private Query withFilters(Query userQuery, SearchRequest request) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, BooleanClause.Occur.MUST);
    request.filters().forEach((name, values) -> b.add(filter(name, values), BooleanClause.Occur.FILTER));
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(schema.dateField().fieldName(), from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private Query filter(String name, Set<String> values) {
    List<SchemaField> fields =
        schema.resolve(name).orElseThrow(() -> new IllegalArgumentException("unknown filter " + name)).stream()
            .filter(f -> f.kind() == FieldKind.KEYWORD || f.kind() == FieldKind.IDENTIFIER || f.kind() == FieldKind.ID)
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
              .map(v -> f.kind() == FieldKind.IDENTIFIER ? ChineseAnalysis.normalizeIdentifier(v) : v)
              .map(BytesRef::new)
              .toList();
      b.add(new TermInSetQuery(f.fieldName(), terms), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private Sort sort(SearchRequest.Sort sort) {
    SortField id = new SortField(schema.idField().fieldName(), SortField.Type.STRING);
    if (sort == SearchRequest.Sort.DATE) {
      SortField date = new SortField(schema.dateField().fieldName(), SortField.Type.LONG, true);
      date.setMissingValue(Long.MIN_VALUE);
      return new Sort(date, id);
    }
    return new Sort(SortField.FIELD_SCORE, id);
  }

  private Map<String, List<SearchResult.FacetCount>> countFacets(FacetsCollector collector) throws IOException {
    List<SchemaField> dims = schema.facetFields();
    List<Map<String, Long>> totals = new ArrayList<>();
    dims.forEach(d -> totals.add(new HashMap<>()));
    for (FacetsCollector.MatchingDocs md : collector.getMatchingDocs()) {
      DocIdSetIterator it = md.bits() == null ? null : md.bits().iterator();
      if (it == null) {
        continue;
      }
      LeafReader reader = md.context().reader();
      SortedSetDocValues[] dv = new SortedSetDocValues[dims.size()];
      int[][] counts = new int[dims.size()][];
      for (int i = 0; i < dv.length; i++) {
        dv[i] = DocValues.getSortedSet(reader, dims.get(i).fieldName());
        counts[i] = new int[(int) dv[i].getValueCount()];
      }
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        for (int i = 0; i < dv.length; i++) {
          if (dv[i].advanceExact(doc)) {
            for (int k = dv[i].docValueCount(); k > 0; k--) {
              counts[i][(int) dv[i].nextOrd()]++;
            }
          }
        }
      }
      for (int i = 0; i < dv.length; i++) {
        for (int ord = 0; ord < counts[i].length; ord++) {
          if (counts[i][ord] > 0) {
            totals.get(i).merge(dv[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
          }
        }
      }
    }
    Map<String, List<SearchResult.FacetCount>> result = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) {
      result.put(
          dims.get(i).fieldName(),
          totals.get(i).entrySet().stream()
              .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue()))
              .sorted(Comparator.comparingLong(SearchResult.FacetCount::count).reversed().thenComparing(SearchResult.FacetCount::value))
              .limit(FACET_VALUES)
              .toList());
    }
    return result;
  }

  private String[] snippets(IndexSearcher searcher, Query query, TopDocs docs) throws IOException {
    String[] result = new String[docs.scoreDocs.length];
    if (result.length == 0) {
      return result;
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withMaxLength(SNIPPET_SOURCE_CHARS)
            .build();
    String[] fields = schema.snippetFields().stream().map(SchemaField::fieldName).toArray(String[]::new);
    int[] passages = new int[fields.length];
    java.util.Arrays.fill(passages, 2);
    Map<String, String[]> byField = highlighter.highlightFields(fields, query, docs, passages);
    for (int i = 0; i < result.length; i++) {
      String chosen = null;
      for (String f : fields) {
        String s = byField.get(f)[i];
        if (s != null && s.contains("<mark>")) {
          chosen = s;
          break;
        }
        if (chosen == null && s != null && s.isBlank() == false) {
          chosen = s;
        }
      }
      // Overlapping bigrams are marked one by one; join adjacent marks.
      result[i] = chosen == null ? "" : chosen.replace("</mark><mark>", "");
    }
    return result;
  }

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
