package org.gongshi.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongshi.search.Decisions;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Feeding OpenSearch from the outbox: external versions make replays and crashes harmless. */
@ExtendWith(OpenSearchNode.class)
class OpenSearchFeedTest {

  private static List<String> ids(OpenSearchEngine e, String query) {
    return e.search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void aCrashMidBulkThenAReplayWritesNothingTwiceAndKeepsTheNewestVersion() throws Exception {
    String prefix = "crash" + ProcessHandle.current().pid();
    OpenSearchEngine applier = OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix);
    applier.applyBatch(
        List.of(
            OutboxEntry.upsert(1, Decisions.simple("a", "旧的案情：占道经营")),
            OutboxEntry.upsert(2, Decisions.simple("b", "夜间施工噪声扰民"))));
    List<OutboxEntry> next =
        List.of(
            OutboxEntry.upsert(3, Decisions.simple("a", "新的案情：违法建设")),
            OutboxEntry.delete(4, "b"),
            OutboxEntry.upsert(5, Decisions.simple("c", "超标排放污染物")));
    // The applier dies after the bulk reached the cluster, before the sequence was recorded.
    applier.writeVersioned(next.subList(0, 2));

    OpenSearchEngine restarted = OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix);
    assertThat(restarted.lastAppliedSequence()).isEqualTo(2);
    // The outbox hands out everything after 2 again; a slow second applier replays entry 1 too.
    assertThat(restarted.applyBatch(next)).isEqualTo(3);
    restarted.writeVersioned(List.of(OutboxEntry.upsert(1, Decisions.simple("a", "旧的案情：占道经营"))));
    restarted.refresh();

    assertThat(restarted.lastAppliedSequence()).isEqualTo(5);
    assertThat(restarted.size()).as("a and c, once each").isEqualTo(2);
    assertThat(ids(restarted, "违法建设")).containsExactly("a");
    assertThat(ids(restarted, "占道经营")).as("the old version never comes back").isEmpty();
    assertThat(ids(restarted, "噪声扰民")).as("the delete holds").isEmpty();
    assertThat(ids(restarted, "超标排放")).containsExactly("c");
    assertThat(OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix).lastAppliedSequence())
        .as("kept in the index, read again on the next start")
        .isEqualTo(5);
  }

  @Test
  void aRebuildFillsANewIndexAndSwitchesTheAliasAtOnce() throws Exception {
    String prefix = "rebuild" + ProcessHandle.current().pid();
    OpenSearchEngine e = OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix);
    e.applyBatch(List.of(OutboxEntry.upsert(1, Decisions.simple("old", "占道经营"))));
    e.refresh();

    var rebuild = e.startRebuild(7);
    rebuild.add(Decisions.simple("new", "违法建设"));
    assertThat(ids(e, "占道经营")).as("searches go on meanwhile").containsExactly("old");
    assertThat(rebuild.finish()).isEqualTo(1);

    assertThat(ids(e, "违法建设")).containsExactly("new");
    assertThat(ids(e, "占道经营")).isEmpty();
    assertThat(e.lastAppliedSequence()).isEqualTo(7);
    assertThat(OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix).lastAppliedSequence())
        .isEqualTo(7);
    assertThat(e.analysisOutdated()).isFalse();
  }
}
