package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.PublicField;
import org.gongshi.search.query.SearchRequest;
import org.junit.jupiter.api.Test;

/** Searches take turns (a few at once per JVM); a failing search gives its turn back. */
class SearchTurnsTest {

  @Test
  void manyMoreSearchesThanTurnsAllAnswerAndFailuresReturnTheirTurn() throws Exception {
    try (SearchEngine engine = SearchEngine.inMemory(IndexSchema.PUBLIC)) {
      for (int i = 0; i < 50; i++) {
        engine.index(
            IndexDocument.builder("d" + i)
                .add(PublicField.KIND, "decision")
                .add(PublicField.CONTENT, "当事人占用城市道路堆放建筑材料，第" + i + "号")
                .build());
      }
      engine.refresh();
      int searches = 10 * LuceneSearchEngine.CONCURRENT_SEARCHES;
      ExecutorService pool = Executors.newFixedThreadPool(searches);
      try {
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < searches; i++) {
          boolean bad = i % 2 == 0;
          answers.add(
              pool.submit(
                  () -> {
                    if (bad) {
                      // a programming error inside the search: it must not keep its turn
                      assertThatThrownBy(
                              () ->
                                  engine.search(
                                      SearchRequest.of("道路").withFacets(PublicField.CONTENT)))
                          .isInstanceOf(IllegalArgumentException.class);
                      return -1L;
                    }
                    return engine.search(SearchRequest.of("占用城市道路")).totalHits();
                  }));
        }
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> {
              for (Future<Long> a : answers) {
                assertThat(a.get()).isIn(-1L, 50L);
              }
              assertThat(engine.search(SearchRequest.of("建筑材料")).totalHits()).isEqualTo(50);
            });
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
