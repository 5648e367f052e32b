package org.gongshi.search.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongshi.search.SearchEngine;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.PublicField;
import org.gongshi.search.query.SearchRequest;

/**
 * The engine alone under the portal's search: the public index the portal wrote, the query mix of
 * {@code bench/portal/queries.txt} (one query string a line, e.g. {@code q=扬尘&year=2026}), each
 * search built as the portal's search page builds it (kind decision, the filters, 20 hits, facets
 * and snippets), run by N closed-loop clients for a duration, as wrk runs the pages. Prints
 * searches/s and latency percentiles on one line.
 *
 * <p>{@code ./mvnw -pl search exec:exec@bench-portal-engine -Dbench.index=DIR
 * -Dbench.queries=bench/portal/queries.txt -Dbench.clients=16 -Dbench.seconds=30}
 */
public final class PortalEngineBenchmark {

  private PortalEngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    List<String> lines =
        Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
            .filter(l -> l.isBlank() == false && l.startsWith("#") == false)
            .map(String::strip)
            .toList();
    List<SearchRequest> mix = lines.stream().map(PortalEngineBenchmark::request).toList();
    int clients = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    try (SearchEngine engine = SearchEngine.open(index, IndexSchema.PUBLIC)) {
      if (Boolean.getBoolean("bench.profile")) {
        profile(engine, mix, lines);
        return;
      }
      run(
          engine,
          mix,
          clients,
          2 * seconds,
          false); // warm-up: the JIT compiles before the measured run
      run(engine, mix, clients, seconds, true);
    }
  }

  /** As PublicDecisions builds page 1 of a search on the portal. */
  static SearchRequest request(String queryString) {
    String q = "";
    SearchRequest r = null;
    List<String[]> filters = new ArrayList<>();
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq);
      String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (name.equals("q")) q = value;
      else filters.add(new String[] {name, value});
    }
    r =
        SearchRequest.of(q)
            .withFilter(PublicField.KIND, Set.of("decision"))
            .sortedBy(q.isBlank() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE);
    for (String[] f : filters) {
      PublicField field =
          switch (f[0]) {
            case "year" -> PublicField.YEAR;
            case "domain" -> PublicField.DOMAIN;
            case "agency" -> PublicField.AGENCY_ID;
            case "penalty" -> PublicField.PENALTY_TYPES;
            case "category" -> PublicField.VIOLATION_CATEGORY;
            case "fine" -> PublicField.FINE_BAND;
            default -> throw new IllegalArgumentException("unknown filter " + f[0]);
          };
      r = r.withFilter(field, Set.of(f[1]));
    }
    return r.withPageSize(20)
        .after(null)
        .withFacets(
            PublicField.AGENCY_ID,
            PublicField.DOMAIN,
            PublicField.YEAR,
            PublicField.PENALTY_TYPES,
            PublicField.VIOLATION_CATEGORY,
            PublicField.FINE_BAND)
        .withHighlight(true);
  }

  /**
   * One thread, each query of the mix alone: its hits, and the CPU time of one search (median of
   * 100 after 100 unmeasured) bare, with facets, with snippets and with both, as the portal asks.
   */
  private static void profile(SearchEngine engine, List<SearchRequest> mix, List<String> lines)
      throws Exception {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    System.out.println("CPU ms per search, one thread, median: bare | +facets | +snippets | both");
    double[] sum = new double[4];
    for (int q = 0; q < mix.size(); q++) {
      SearchRequest full = mix.get(q);
      SearchRequest[] variants = {
        full.withFacets(false).withHighlight(false),
        full.withFacets(true).withHighlight(false),
        full.withFacets(false).withHighlight(true),
        full
      };
      StringBuilder line = new StringBuilder();
      long hits = engine.search(full).totalHits();
      line.append(
          String.format(
              Locale.ROOT,
              "  %-36s %7d hits",
              URLDecoder.decode(lines.get(q), StandardCharsets.UTF_8),
              hits));
      for (int v = 0; v < variants.length; v++) {
        for (int i = 0; i < 100; i++) engine.search(variants[v]);
        long[] cpu = new long[100];
        for (int i = 0; i < cpu.length; i++) {
          long t0 = mx.getCurrentThreadCpuTime();
          engine.search(variants[v]);
          cpu[i] = mx.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(cpu);
        sum[v] += cpu[cpu.length / 2] / 1e6;
        line.append(String.format(Locale.ROOT, " | %6.2f", cpu[cpu.length / 2] / 1e6));
      }
      System.out.println(line);
    }
    System.out.printf(
        Locale.ROOT,
        "  %-47s | %6.2f | %6.2f | %6.2f | %6.2f%n",
        "sum",
        sum[0],
        sum[1],
        sum[2],
        sum[3]);
  }

  private static void run(
      SearchEngine engine, List<SearchRequest> mix, int clients, int seconds, boolean print)
      throws Exception {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int seed = 42 + c;
      results.add(
          pool.submit(
              () -> {
                Random random = new Random(seed);
                long[] took = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                  long t0 = System.nanoTime();
                  engine.search(mix.get(random.nextInt(mix.size())));
                  if (n == took.length) took = Arrays.copyOf(took, n * 2);
                  took[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(took, n);
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : results) all.add(f.get());
    pool.shutdown();
    double cpuPerSearch = (os.getProcessCpuTime() - cpu0) / 1e6;
    long[] took = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    cpuPerSearch /= Math.max(1, took.length);
    if (print == false || took.length == 0) return;
    System.out.printf(
        Locale.ROOT,
        "%-16s %10.2f req/s   p50 %6.2fms   p99 %6.2fms   (%d clients in process, %d searches,"
            + " %.2f ms CPU each)%n",
        "engine-alone",
        took.length / (double) seconds,
        took[took.length / 2] / 1e6,
        took[(int) Math.min(took.length - 1, Math.ceil(took.length * 0.99) - 1)] / 1e6,
        clients,
        took.length,
        cpuPerSearch);
  }
}
