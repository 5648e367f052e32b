package org.gongshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchEngineRecoveryTest {

  @TempDir Path dir;

  private static List<OutboxEntry> outbox() {
    return List.of(
        OutboxEntry.upsert(1, Decisions.simple("c1", "第一份决定书 户外广告")),
        OutboxEntry.upsert(2, Decisions.simple("c2", "第二份决定书 占道经营")),
        OutboxEntry.upsert(3, Decisions.simple("c3", "第三份决定书 违法建设")),
        OutboxEntry.upsert(4, Decisions.simple("c1", "第一份决定书 已更正 户外广告")),
        OutboxEntry.delete(5, "c2"),
        OutboxEntry.upsert(6, Decisions.simple("c4", "第四份决定书 噪声扰民")));
  }

  private static long count(SearchEngine engine, String query) throws Exception {
    engine.refresh();
    return engine.search(SearchRequest.of(query)).totalHits();
  }

  @Test
  void crashBeforeCommitReplaysWithoutDuplicates() throws Exception {
    try (SearchEngine engine = SearchEngine.open(dir, IndexSchema.ARCHIVE)) {
      assertThat(engine.lastAppliedSequence()).isZero();
      assertThat(engine.applyBatch(outbox().subList(0, 3))).isEqualTo(3);
      // entries 4..6 reach the writer, then the process dies before the commit
      engine.index(outbox().get(3).doc());
      engine.delete("c2");
      engine.index(outbox().get(5).doc());
      assertThat(count(engine, "")).isEqualTo(3);
    } // close never commits: same as a crash

    try (SearchEngine engine = SearchEngine.open(dir, IndexSchema.ARCHIVE)) {
      assertThat(engine.lastAppliedSequence()).isEqualTo(3);
      assertThat(count(engine, "")).isEqualTo(3);
      assertThat(count(engine, "已更正")).isZero();

      assertThat(engine.applyBatch(outbox())).isEqualTo(3); // 1..3 skipped
      assertThat(engine.applyBatch(outbox())).isZero();

      assertThat(engine.lastAppliedSequence()).isEqualTo(6);
      assertThat(count(engine, "")).isEqualTo(3); // c1, c3, c4
      assertThat(count(engine, "id:c1")).isEqualTo(1);
      assertThat(count(engine, "已更正")).isEqualTo(1);
      assertThat(count(engine, "占道经营")).isZero();
    }

    try (SearchEngine engine = SearchEngine.open(dir, IndexSchema.ARCHIVE)) {
      assertThat(engine.lastAppliedSequence()).isEqualTo(6);
      assertThat(count(engine, "")).isEqualTo(3);
    }
  }

  @Test
  void batchIsAppliedInSequenceOrder() throws Exception {
    try (SearchEngine engine = SearchEngine.inMemory(IndexSchema.ARCHIVE)) {
      List<OutboxEntry> shuffled =
          List.of(outbox().get(3), outbox().get(0), outbox().get(4), outbox().get(1));

      engine.applyBatch(shuffled);

      assertThat(count(engine, "已更正")).isEqualTo(1);
      assertThat(count(engine, "占道经营")).isZero();
      assertThat(engine.lastAppliedSequence()).isEqualTo(5);
    }
  }
}
