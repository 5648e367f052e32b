package org.gongshi.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.gongshi.search.Decisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisVersionTest {

  @TempDir Path root;

  @Test
  void anIndexMadeBeforeTheCurrentAnalysisIsOutdatedUntilRebuilt() throws Exception {
    try (IndexStore store = IndexStore.open(root, IndexSchema.ARCHIVE)) {
      assertThat(store.analysisOutdated()).as("a new, empty index").isFalse();
      store.upsert(Decisions.simple("c1", "户外广告"));
      store.commit(1);
      assertThat(store.analysisOutdated()).isFalse();
    }
    Path live = root.resolve(Files.readString(root.resolve("CURRENT")).strip());
    try (IndexWriter old = new IndexWriter(FSDirectory.open(live), new IndexWriterConfig())) {
      old.setLiveCommitData(
          Map.of(IndexStore.OUTBOX_SEQ, "1").entrySet()); // as written before versions
      old.commit();
    }

    try (IndexStore store = IndexStore.open(root, IndexSchema.ARCHIVE)) {
      assertThat(store.analysisOutdated()).isTrue();
      store.upsert(Decisions.simple("c2", "占道经营"));
      store.commit(2);
    }
    try (IndexStore store = IndexStore.open(root, IndexSchema.ARCHIVE)) {
      assertThat(store.analysisOutdated()).as("new commits keep the old version").isTrue();
      store.rebuild(
          List.of(Decisions.simple("c1", "户外广告"), Decisions.simple("c2", "占道经营")).iterator(), 2);
      assertThat(store.analysisOutdated()).isFalse();
    }
    try (IndexStore store = IndexStore.open(root, IndexSchema.ARCHIVE)) {
      assertThat(store.analysisOutdated()).isFalse();
      assertThat(store.lastAppliedSequence()).isEqualTo(2);
    }
  }
}
