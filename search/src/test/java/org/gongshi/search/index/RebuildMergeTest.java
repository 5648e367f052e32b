package org.gongshi.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.gongshi.search.Decisions;
import org.gongshi.search.query.SearchExecutor;
import org.gongshi.search.query.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildMergeTest {

  @TempDir Path root;

  @AfterEach
  void restoreBuffer() {
    IndexStore.ramBufferMb = 64;
  }

  @Test
  void aRebuildIsMergedIntoOneSegmentBeforeItIsSearched() throws Exception {
    IndexStore.ramBufferMb = 0.1; // flush every few dozen documents, as 100,000 do with 64 MB
    try (IndexStore store = IndexStore.open(root, IndexSchema.ARCHIVE)) {
      store.upsert(Decisions.simple("old", "户外广告"));
      store.commit(1);
      long added =
          store.rebuild(
              IntStream.range(0, 600)
                  .mapToObj(i -> Decisions.simple("c" + i, "占道经营 第" + i + "号 门前堆放杂物"))
                  .iterator(),
              2);
      assertThat(added).isEqualTo(600);
      assertThat(segments()).isEqualTo(1);
      var executor =
          new SearchExecutor(IndexSchema.ARCHIVE, ChineseAnalysis.forSchema(IndexSchema.ARCHIVE));
      long found = store.withSearcher(s -> executor.count(s, SearchRequest.of("占道经营")));
      long gone = store.withSearcher(s -> executor.count(s, SearchRequest.of("户外广告")));
      assertThat(found).isEqualTo(600);
      assertThat(gone).as("the old index is gone").isZero();
    }
  }

  private int segments() throws Exception {
    Path live = root.resolve(Files.readString(root.resolve("CURRENT")).strip());
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(live))) {
      return r.leaves().size();
    }
  }
}
