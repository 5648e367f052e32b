package org.gongshi.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch applier is killed with SIGKILL between the two bulk requests of a batch, three
 * times, in a JVM of its own ({@link CrashApplier}); each restart resumes from the recorded
 * sequence. Afterwards the index holds exactly the documents the outbox leaves alive (no loss, no
 * duplicate, no deleted document back), each at the version and with the text of its newest upsert
 * (no stale version); a replay of the whole outbox from the start changes nothing.
 */
@ExtendWith(OpenSearchNode.class)
class OpenSearchCrashTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final long SEED = 20261206L;
  private static final int SIZE = 6000;
  private static final int BATCH = 1000;

  @Test
  void killedMidBulkThreeTimesTheIndexEndsExactlyAsTheOutboxSays(@TempDir Path dir)
      throws Exception {
    String prefix = "killed" + ProcessHandle.current().pid();
    OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix); // creates the alias, registers clean-up
    Path progress = dir.resolve("applied-seq");
    List<String> kills = new ArrayList<>();

    for (int round = 0; round < 3; round++) {
      Process p = applier(prefix, progress);
      long lastApplied = CrashApplier.recorded(progress);
      String mid = null;
      int mids = 0;
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          if (line.startsWith("applied ")) {
            lastApplied = Long.parseLong(line.substring(8));
          }
          // round r lets r batches through, then kills the next one half-written
          if (line.startsWith("mid ") && mids++ == round) {
            mid = line.substring(4);
            p.destroyForcibly(); // SIGKILL
            break;
          }
        }
      }
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(mid).as("round %d reached a bulk", round).isNotNull();
      long recorded = CrashApplier.recorded(progress);
      long written = maxVersion(prefix);
      kills.add(
          "killed in the batch up to "
              + mid
              + ": recorded "
              + recorded
              + ", cluster already holds version "
              + written);
      assertThat(recorded).as("the half-written batch is not recorded").isEqualTo(lastApplied);
      assertThat(written).as("part of it reached the cluster").isGreaterThan(recorded);
    }

    kills.forEach(System.out::println);
    Process last = applier(prefix, progress);
    String tail = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(tail).isZero();
    assertThat(tail).contains("done");
    assertThat(CrashApplier.recorded(progress)).isEqualTo(SIZE);

    Map<String, Long> expected = expected();
    assertThat(state(prefix)).as(String.join("; ", kills)).isEqualTo(expected);

    // a node whose record was lost replays everything: the versions keep the index as it is
    OpenSearchEngine again = OpenSearchNode.engine(IndexSchema.ARCHIVE, prefix);
    again.resumeAfter(0);
    again.applyBatch(CrashApplier.outbox(SEED, SIZE, 1500));
    again.refresh();
    assertThat(state(prefix)).isEqualTo(expected);
    assertThat(again.size()).isEqualTo(expected.size());
  }

  private static Process applier(String prefix, Path progress) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashApplier.class.getName(),
            OpenSearchNode.url(),
            prefix,
            progress.toString(),
            Long.toString(SEED),
            Integer.toString(SIZE),
            Integer.toString(BATCH))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /** Each live document's newest upsert sequence, by replaying the outbox in memory. */
  private static Map<String, Long> expected() {
    Map<String, Long> live = new HashMap<>();
    for (OutboxEntry e : CrashApplier.outbox(SEED, SIZE, 1500)) {
      switch (e.op()) {
        case UPSERT -> live.put(e.docId(), e.seq());
        case DELETE -> live.remove(e.docId());
      }
    }
    return new TreeMap<>(live);
  }

  /**
   * Every document in the index by id: its version, checked against the sequence written in its
   * text (a document seen twice fails).
   */
  private static Map<String, Long> state(String prefix) throws Exception {
    String alias = prefix + "-" + IndexSchema.ARCHIVE.name();
    http("POST", "/" + alias + "/_refresh", null);
    JsonNode r =
        http(
            "POST",
            "/" + alias + "/_search",
            "{\"size\":10000,\"version\":true,\"query\":{\"match_all\":{}}}");
    Map<String, Long> out = new TreeMap<>();
    for (JsonNode h : r.path("hits").path("hits")) {
      long version = h.path("_version").asLong();
      assertThat(out.put(h.path("_id").asText(), version)).as("seen twice").isNull();
      assertThat(h.path("_source").toString())
          .as("text of %s", h.path("_id").asText())
          .contains(CrashApplier.marker(version));
    }
    assertThat(r.path("hits").path("total").path("value").asLong()).isEqualTo(out.size());
    return out;
  }

  /** The highest version among the documents in the index (what reached the cluster). */
  private static long maxVersion(String prefix) throws Exception {
    String alias = prefix + "-" + IndexSchema.ARCHIVE.name();
    http("POST", "/" + alias + "/_refresh", null);
    JsonNode all =
        http(
            "POST",
            "/" + alias + "/_search",
            "{\"size\":10000,\"version\":true,\"_source\":false,\"query\":{\"match_all\":{}}}");
    long max = 0;
    for (JsonNode h : all.path("hits").path("hits")) {
      max = Math.max(max, h.path("_version").asLong());
    }
    return max;
  }

  private static JsonNode http(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(OpenSearchNode.url() + path))
            .header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isLessThan(300);
    return JSON.readTree(r.body());
  }
}
