package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchEngineRebuildTest {

  @TempDir Path dir;

  private static List<IndexDocument> docs(String prefix, int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> Decisions.simple(prefix + i, "行政处罚决定书 第" + i + "号 户外广告"))
        .toList();
  }

  @Test
  void rebuildSwapsWhileSearchesContinue() throws Exception {
    try (SearchEngine engine = SearchEngine.open(dir, IndexSchema.ARCHIVE)) {
      for (IndexDocument d : docs("old", 50)) {
        engine.index(d);
      }
      engine.commit(10);
      engine.refresh();

      AtomicBoolean running = new AtomicBoolean(true);
      List<Throwable> errors = new CopyOnWriteArrayList<>();
      List<Long> totals = new CopyOnWriteArrayList<>();
      AtomicInteger searches = new AtomicInteger();
      Thread searcher =
          new Thread(
              () -> {
                while (running.get()) {
                  try {
                    totals.add(engine.search(SearchRequest.of("户外广告").withPageSize(5)).totalHits());
                    searches.incrementAndGet();
                  } catch (Throwable t) {
                    errors.add(t);
                  }
                }
              });
      searcher.start();
      while (searches.get() < 5) {
        Thread.onSpinWait();
      }

      long built = engine.rebuild(docs("new", 80).iterator(), 42);
      int after = searches.get();
      while (searches.get() < after + 5) {
        Thread.onSpinWait();
      }
      running.set(false);
      searcher.join();

      assertThat(errors).isEmpty();
      assertThat(built).isEqualTo(80);
      assertThat(totals).containsOnly(50L, 80L).endsWith(80L);
      assertThat(engine.lastAppliedSequence()).isEqualTo(42);
      assertThat(engine.search(SearchRequest.of("id:old1")).totalHits()).isZero();
    }

    try (SearchEngine engine = SearchEngine.open(dir, IndexSchema.ARCHIVE);
        Stream<Path> children = Files.list(dir)) {
      List<String> names = new ArrayList<>(children.map(p -> p.getFileName().toString()).toList());
      assertThat(names).containsExactlyInAnyOrder("CURRENT", "gen-000002");
      assertThat(engine.lastAppliedSequence()).isEqualTo(42);
      assertThat(engine.search(SearchRequest.of("")).totalHits()).isEqualTo(80);
    }
  }

  @Test
  void aRebuildInStepsSwapsOnFinishAndLeavesNothingOnAbort() throws Exception {
    try (org.gongshi.search.index.IndexStore store =
        org.gongshi.search.index.IndexStore.open(dir, IndexSchema.ARCHIVE)) {
      for (IndexDocument d : docs("old", 5)) {
        store.upsert(d);
      }
      store.commit(3);
      org.gongshi.search.index.IndexStore.Rebuild dropped = store.startRebuild(9);
      dropped.add(docs("gone", 1).get(0));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.startRebuild(9))
          .isInstanceOf(IllegalStateException.class);
      dropped.abort();
      try (Stream<Path> children = Files.list(dir)) {
        assertThat(children.map(p -> p.getFileName().toString()).toList())
            .containsExactlyInAnyOrder("CURRENT", "gen-000001");
      }

      org.gongshi.search.index.IndexStore.Rebuild r = store.startRebuild(7);
      for (List<IndexDocument> chunk : List.of(docs("a", 3), docs("b", 4))) {
        for (IndexDocument d : chunk) {
          r.add(d);
        }
      }
      store.refresh();
      int live = store.withSearcher(s -> s.count(new org.apache.lucene.search.MatchAllDocsQuery()));
      assertThat(live).isEqualTo(5);
      assertThat(r.finish()).isEqualTo(7);
      int swapped =
          store.withSearcher(s -> s.count(new org.apache.lucene.search.MatchAllDocsQuery()));
      assertThat(swapped).isEqualTo(7);
      assertThat(store.lastAppliedSequence()).isEqualTo(7);
    }
  }
}
