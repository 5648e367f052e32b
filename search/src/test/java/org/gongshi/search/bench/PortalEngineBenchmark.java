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
    List<SearchRequest> mix = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      if (line.isBlank() == false && line.startsWith("#") == false) mix.add(request(line.strip()));
    }
    int clients = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    try (SearchEngine engine = SearchEngine.open(index, IndexSchema.PUBLIC)) {
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
    return r.withPageSize(20).after(null).withFacets(true).withHighlight(true);
  }

  private static void run(
      SearchEngine engine, List<SearchRequest> mix, int clients, int seconds, boolean print)
      throws Exception {
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
    long[] took = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (print == false || took.length == 0) return;
    System.out.printf(
        Locale.ROOT,
        "%-16s %10.2f req/s   p50 %6.2fms   p99 %6.2fms   (%d clients in process, %d searches)%n",
        "engine-alone",
        took.length / (double) seconds,
        took[took.length / 2] / 1e6,
        took[(int) Math.min(took.length - 1, Math.ceil(took.length * 0.99) - 1)] / 1e6,
        clients,
        took.length);
  }
}
