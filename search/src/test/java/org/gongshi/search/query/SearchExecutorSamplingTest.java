package org.gongshi.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.search.bench.CorpusGenerator;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.IndexStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broad queries on a large index: exact top page, estimated counts, flagged; narrow ones stay
 * exact.
 */
class SearchExecutorSamplingTest {

  private static final int DOCS = 3000;
  private static IndexStore store;

  /** Treats the 3,000 documents as a large index: a sample of one in three. */
  private static SearchExecutor sampling;

  private static SearchExecutor exact;

  @BeforeAll
  static void index() throws Exception {
    store = IndexStore.inMemory(IndexSchema.ARCHIVE);
    CorpusGenerator corpus = new CorpusGenerator(7L, DOCS);
    while (corpus.hasNext()) {
      store.upsert(corpus.next().toIndexDocument());
    }
    store.commit(DOCS);
    store.refresh();
    sampling = new SearchExecutor(IndexSchema.ARCHIVE, store.analyzer(), 1000, 1000);
    exact =
        new SearchExecutor(
            IndexSchema.ARCHIVE, store.analyzer(), Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  private static SearchResult run(SearchExecutor executor, SearchRequest request) throws Exception {
    return store.withSearcher(s -> executor.execute(s, request));
  }

  @Test
  void broadQueryHasTheExactTopPageAndEstimatedCounts() throws Exception {
    SearchRequest request = SearchRequest.of("行政处罚");
    SearchResult truth = run(exact, request);
    SearchResult estimate = run(sampling, request);

    assertThat(truth.totalHits()).isGreaterThan(SearchExecutor.EXACT_HITS);
    assertThat(truth.approximate()).isFalse();
    assertThat(estimate.approximate()).isTrue();
    assertThat(estimate.hits())
        .extracting(SearchResult.Hit::id)
        .isEqualTo(truth.hits().stream().map(SearchResult.Hit::id).toList());
    assertThat(estimate.hits().get(0).snippet()).contains("<mark>行政处罚</mark>");
    assertThat((double) estimate.totalHits())
        .isCloseTo(truth.totalHits(), within(truth.totalHits() * 0.1));
    Map<String, Long> trueYears = asMap(truth.facets().get("year"));
    for (SearchResult.FacetCount year : estimate.facets().get("year")) {
      long real = trueYears.getOrDefault(year.value(), 0L);
      if (real > 300) {
        assertThat((double) year.count()).as(year.value()).isCloseTo(real, within(real * 0.3));
      }
    }
  }

  /**
   * An index of several segments (a busy one between merges) is sampled as one: the sample is a
   * hash of the doc id in the index. Hashed in the segment, every segment had the same sample, and
   * three segments of 1,000 were counted 8 % short.
   */
  @Test
  void severalSegmentsAreSampledAsOne() throws Exception {
    try (IndexStore small = IndexStore.inMemory(IndexSchema.ARCHIVE)) {
      CorpusGenerator corpus = new CorpusGenerator(7L, DOCS);
      int n = 0;
      while (corpus.hasNext()) {
        small.upsert(corpus.next().toIndexDocument());
        if (++n % 1000 == 0) {
          small.commit(n);
          small.refresh();
        }
      }
      small.commit(n);
      small.refresh();
      for (int every : new int[] {3, 7}) {
        SearchExecutor sampled =
            new SearchExecutor(IndexSchema.ARCHIVE, small.analyzer(), DOCS / every, DOCS);
        SearchResult r = small.withSearcher(s -> sampled.execute(s, SearchRequest.of("行政处罚")));
        long truth = small.withSearcher(s -> exact.count(s, SearchRequest.of("行政处罚")));
        assertThat(r.approximate()).isTrue();
        assertThat((double) r.totalHits())
            .as("one in " + every)
            .isCloseTo(truth, within(truth * 0.06));
      }
    }
  }

  @Test
  void aBroaderQueryIsCheckedOnASmallerSample() throws Exception {
    // Candidates capped at 300 of 3,000 documents: a query matching most of them samples one in
    // ten.
    SearchExecutor lean = new SearchExecutor(IndexSchema.ARCHIVE, store.analyzer(), 1000, 300);
    for (String q : List.of("行政处罚", "罚款 决定")) {
      SearchRequest request = SearchRequest.of(q).withHighlight(false);
      SearchResult truth = run(exact, request);
      SearchResult estimate = run(lean, request);
      assertThat(estimate.approximate()).isTrue();
      assertThat(ids(estimate)).as(q).isEqualTo(ids(truth));
      assertThat((double) estimate.totalHits())
          .as(q)
          .isCloseTo(truth.totalHits(), within(truth.totalHits() * 0.15));
    }
  }

  @Test
  void pagesOfABroadQueryAreTheExactPages() throws Exception {
    SearchRequest first =
        SearchRequest.of("罚款")
            .sortedBy(SearchRequest.Sort.DATE)
            .withFacets(false)
            .withHighlight(false);
    SearchResult a = run(sampling, first);
    SearchResult b = run(exact, first);
    assertThat(ids(a)).isEqualTo(ids(b));
    assertThat(ids(run(sampling, first.after(a.nextCursor()))))
        .isEqualTo(ids(run(exact, first.after(b.nextCursor()))));
  }

  @Test
  void narrowQueryStaysExact() throws Exception {
    SearchRequest request = SearchRequest.of("\"餐饮油烟\"").withFilter("year", Set.of("2022"));
    SearchResult truth = run(exact, request);
    SearchResult got = run(sampling, request);
    assertThat(truth.totalHits()).isBetween(1L, (long) SearchExecutor.EXACT_HITS);
    assertThat(got.approximate()).isFalse();
    assertThat(got.totalHits()).isEqualTo(truth.totalHits());
    assertThat(got.facets()).isEqualTo(truth.facets());
    assertThat(got.facets().get("year"))
        .containsExactly(new SearchResult.FacetCount("2022", truth.totalHits()));
  }

  /**
   * A filter keeping most documents is applied to the top pass's hits rather than in its query; the
   * page is the same: the unfiltered ranking with the filtered-out hits left out.
   */
  @Test
  void aFilterKeepingMostDocumentsKeepsTheRanking() throws Exception {
    List<SearchResult.FacetCount> years =
        new java.util.ArrayList<>(run(exact, SearchRequest.of("")).facets().get("year"));
    years.sort(java.util.Comparator.comparingLong(SearchResult.FacetCount::count).reversed());
    Set<String> most = new java.util.HashSet<>();
    long kept = 0;
    for (SearchResult.FacetCount y : years) {
      if (kept >= DOCS * 0.4) break;
      most.add(y.value());
      kept += y.count();
    }
    SearchRequest words = SearchRequest.of("行政处罚").withHighlight(false).withFacets(false);
    SearchRequest filtered = words.withFilter("year", most);
    Set<String> matching = Set.copyOf(store.withSearcher(s -> exact.ids(s, filtered)));
    assertThat(matching.size()).isGreaterThan(SearchExecutor.EXACT_HITS);

    List<String> truth = new java.util.ArrayList<>();
    SearchRequest page = words.withPageSize(100);
    SearchResult r = run(exact, page);
    while (truth.size() < 40) {
      r.hits().stream().map(SearchResult.Hit::id).filter(matching::contains).forEach(truth::add);
      if (r.nextCursor() == null) break;
      r = run(exact, page.after(r.nextCursor()));
    }
    SearchResult first = run(sampling, filtered);
    assertThat(ids(first)).isEqualTo(truth.subList(0, 20));
    assertThat(ids(run(sampling, filtered.after(first.nextCursor()))))
        .isEqualTo(truth.subList(20, 40));
    assertThat(ids(run(exact, filtered))).isEqualTo(truth.subList(0, 20));
    assertThat(run(exact, filtered).totalHits()).isEqualTo(matching.size());
  }

  @Test
  void exactCountAndIdsIgnoreTheSample() throws Exception {
    SearchRequest all = SearchRequest.of("");
    long count = store.withSearcher(s -> sampling.count(s, all));
    assertThat(count).isEqualTo(DOCS);
    List<String> ids =
        store.withSearcher(s -> sampling.ids(s, all.withFilter("kind", Set.of("case"))));
    assertThat(ids).hasSize(DOCS).doesNotHaveDuplicates();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }

  private static Map<String, Long> asMap(List<SearchResult.FacetCount> counts) {
    return counts.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                SearchResult.FacetCount::value, SearchResult.FacetCount::count));
  }
}
