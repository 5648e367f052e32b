package org.gongshi.search.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.search.SearchEngine;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.opensearch.OpenSearchConnection;
import org.gongshi.search.opensearch.OpenSearchEngine;
import org.gongshi.search.opensearch.OpenSearchSettings;
import org.gongshi.search.query.SearchRequest;

/**
 * Lucene and OpenSearch side by side on the same generated corpus and query mix: feeding rate
 * through the outbox applier (batches of 1,000 entries, one applier), index size, and search
 * latency (facets and snippets, 20 hits) with 1, 2 and 8 concurrent clients.
 *
 * <p>{@code ./mvnw -pl search exec:exec@bench-backends -Dbench.docs=100000
 * -Dbench.opensearch=http://127.0.0.1:10300}
 */
public final class BackendBenchmark {

  private static final int BATCH = 1000;
  private static final int[] CLIENTS = {1, 2, 8};

  private BackendBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    String url = System.getProperty("bench.opensearch", "http://127.0.0.1:10300");
    List<SearchBenchmark.MixQuery> mix = SearchBenchmark.mix(n);
    System.out.printf(
        Locale.ROOT,
        "Backends benchmark: %,d decisions, %d cores, JDK %s; OpenSearch at %s%n",
        n,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        url);
    Path dir = Files.createTempDirectory("gongshi-backends-");
    try (SearchEngine lucene = SearchEngine.open(dir, IndexSchema.ARCHIVE)) {
      double secs = feed(lucene, n);
      run("Lucene", lucene, n, secs, SearchBenchmark.size(dir), mix);
    } finally {
      SearchBenchmark.deleteTree(dir);
    }
    String prefix = "bench" + n;
    try (OpenSearchConnection c =
        OpenSearchConnection.open(OpenSearchSettings.local(url, prefix))) {
      http(url, "DELETE", "/" + prefix + "-*");
      OpenSearchEngine os = OpenSearchEngine.open(c, IndexSchema.ARCHIVE);
      double secs = feed(os, n);
      http(url, "POST", "/" + os.alias() + "/_flush");
      String stats = http(url, "GET", "/" + os.alias() + "/_stats/store");
      Matcher m = Pattern.compile("\"size_in_bytes\"\\s*:\\s*(\\d+)").matcher(stats);
      long bytes = m.find() ? Long.parseLong(m.group(1)) : -1;
      run("OpenSearch", os, n, secs, bytes, mix);
      http(url, "DELETE", "/" + prefix + "-*");
    }
  }

  /** Feeds the corpus as outbox entries, in batches; returns the seconds it took. */
  private static double feed(SearchEngine engine, int n) throws Exception {
    CorpusGenerator corpus = new CorpusGenerator(20241122L, n); // SearchBenchmark's corpus
    long start = System.nanoTime();
    List<OutboxEntry> batch = new ArrayList<>(BATCH);
    long seq = 0;
    while (corpus.hasNext()) {
      batch.add(OutboxEntry.upsert(++seq, corpus.next().toIndexDocument()));
      if (batch.size() == BATCH) {
        engine.applyBatch(batch);
        batch.clear();
      }
    }
    if (batch.isEmpty() == false) {
      engine.applyBatch(batch);
    }
    engine.refresh();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void run(
      String name,
      SearchEngine engine,
      int n,
      double feedSecs,
      long bytes,
      List<SearchBenchmark.MixQuery> mix)
      throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%-10s fed %,d in %.1f s = %,.0f decisions/s; index %,.1f MB  (load %s)%n",
        name,
        n,
        feedSecs,
        n / feedSecs,
        bytes / 1e6,
        load());
    for (int i = 0; i < 20; i++) {
      for (SearchBenchmark.MixQuery q : mix) {
        engine.search(SearchRequest.of(q.lucene())); // warm up
      }
    }
    for (int clients : CLIENTS) {
      int rounds = 64 / clients; // about the same number of searches at every level
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<double[]>> all = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        all.add(
            pool.submit(
                () -> {
                  double[] ms = new double[rounds * mix.size()];
                  int k = 0;
                  for (int r = 0; r < rounds; r++) {
                    for (int i = 0; i < mix.size(); i++) {
                      String q = mix.get((i + offset) % mix.size()).lucene();
                      long s = System.nanoTime();
                      engine.search(SearchRequest.of(q));
                      ms[k++] = (System.nanoTime() - s) / 1e6;
                    }
                  }
                  return ms;
                }));
      }
      List<Double> ms = new ArrayList<>();
      for (Future<double[]> f : all) {
        for (double d : f.get()) {
          ms.add(d);
        }
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      pool.shutdown();
      double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(a);
      System.out.printf(
          Locale.ROOT,
          "%-10s %d client(s): p50 %6.1f ms  p99 %6.1f ms  %6.0f searches/s  (load %s)%n",
          name,
          clients,
          SearchBenchmark.pct(a, 50),
          SearchBenchmark.pct(a, 99),
          a.length / wall,
          load());
    }
  }

  /** The 1, 5 and 15 minute load averages (the machine is shared: read figures against them). */
  static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static String http(String base, String method, String path) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
