package org.gongshi.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.gongshi.search.SearchEngine;
import org.gongshi.search.index.ChineseAnalysis;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.IndexStore;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;

/**
 * Indexes N generated decisions (default 100,000), then times a fixed query mix (words, phrases, a
 * decision number, a company name; with facets and highlights), and the same mix as {@code LIKE
 * '%…%'} in PostgreSQL when it is reachable at 127.0.0.1:5432/test.
 *
 * <p>{@code ./mvnw -pl search exec:exec@bench -Dbench.docs=100000}
 */
public final class SearchBenchmark {

  private static final long SEED = 20241122L;

  /** The benchmark's own table in the shared database {@code test}; dropped at the end. */
  private static final String TABLE = "gongshi_bench_decision";

  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  /** The threads that run searches: the main thread and the search pool's. */
  private static final List<Thread> SEARCH_THREADS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private SearchBenchmark() {}

  /** CPU nanoseconds of each search thread now. */
  private static long[] cpuNow() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] t = new long[SEARCH_THREADS.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = Math.max(0, mx.getThreadCpuTime(SEARCH_THREADS.get(i).threadId()));
    }
    return t;
  }

  /**
   * The largest CPU time any one search thread spent since {@code before}, in ms: the latency the
   * query would have on idle cores (the threads run in parallel), whatever else loads the machine.
   */
  private static double maxCpuSince(long[] before) {
    long[] now = cpuNow();
    long max = 0;
    for (int i = 0; i < now.length; i++) {
      max = Math.max(max, now[i] - (i < before.length ? before[i] : 0));
    }
    return max / 1e6;
  }

  /** A query of the mix: the Lucene text and the words a LIKE search needs. */
  record MixQuery(String label, String lucene, List<String> likeWords) {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    String keep = System.getProperty("bench.dir", "");
    Path dir =
        keep.isBlank() ? Files.createTempDirectory("gongshi-bench-" + n + "-") : Path.of(keep);
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    System.out.printf(
        Locale.ROOT,
        "Gongshi search benchmark: %,d decisions, %d indexing thread(s), JDK %s%n",
        n,
        threads,
        Runtime.version());

    List<MixQuery> mix = mix(n);
    double[] lucene;
    Path built = dir;
    try (SearchEngine engine = SearchEngine.open(dir, IndexSchema.ARCHIVE)) {
      if (engine.lastAppliedSequence() == n) {
        System.out.printf(
            Locale.ROOT, "reusing the index of %,d in %s (%,.1f MB)%n", n, dir, size(dir) / 1e6);
      } else {
        long start = System.nanoTime();
        engine.rebuild(java.util.Collections.emptyIterator(), 0);
        index(engine, n, threads);
        engine.commit(n);
        engine.refresh();
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "indexed %,d in %.1f s = %,.0f decisions/s; index on disk %,.1f MB%n",
            n,
            secs,
            n / secs,
            size(dir) / 1e6);
      }
    }
    int copies = Integer.getInteger("bench.copies", 1);
    if (copies > 1) {
      dir = replicate(dir, copies, (long) n * copies);
      n *= copies;
    }
    int searchThreads = Integer.getInteger("bench.searchThreads", threads);
    ExecutorService searchPool =
        searchThreads > 1
            ? Executors.newFixedThreadPool(
                searchThreads - 1, // the calling thread searches too
                r -> {
                  Thread t = new Thread(r, "bench-search");
                  t.setDaemon(true);
                  SEARCH_THREADS.add(t);
                  return t;
                })
            : null;
    SEARCH_THREADS.add(Thread.currentThread());
    System.out.printf(
        Locale.ROOT, "searching with %d thread(s) per query%n", Math.max(1, searchThreads));
    try (SearchEngine engine = SearchEngine.open(dir, IndexSchema.ARCHIVE, searchPool)) {
      for (MixQuery q : mix) {
        SearchResult r = engine.search(SearchRequest.of(q.lucene()));
        System.out.printf(
            Locale.ROOT,
            "  %-14s %-40s hits=%,d%s%n",
            q.label(),
            q.lucene(),
            r.totalHits(),
            r.approximate() ? " (estimated)" : "");
      }
      lucene = timeLucene(engine, mix);
      if (Boolean.getBoolean("bench.profile")) {
        profile(engine, mix);
      }
    } finally {
      if (searchPool != null) {
        searchPool.shutdown();
      }
      if (keep.isBlank()) {
        deleteTree(dir);
        deleteTree(built);
      }
    }
    report("Lucene (facets+highlights)", lucene);
    pg(n, mix, lucene);
  }

  private static void index(SearchEngine engine, int n, int threads) throws Exception {
    CorpusGenerator corpus = new CorpusGenerator(SEED, n);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicReference<Exception> failure = new AtomicReference<>();
    for (int t = 0; t < threads; t++) {
      pool.submit(
          () -> {
            while (failure.get() == null) {
              CorpusGenerator.Decision d;
              synchronized (corpus) {
                if (corpus.hasNext() == false) {
                  return;
                }
                d = corpus.next();
              }
              try {
                engine.index(d.toIndexDocument());
              } catch (Exception e) {
                failure.set(e);
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(7, TimeUnit.DAYS);
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /** Queries built from decisions known to be in the corpus. */
  static List<MixQuery> mix(int n) {
    CorpusGenerator corpus = new CorpusGenerator(SEED, Math.min(n, 1000));
    CorpusGenerator.Decision company = null;
    CorpusGenerator.Decision numbered = null;
    CorpusGenerator.Decision person = null;
    for (int i = 0; corpus.hasNext(); i++) {
      CorpusGenerator.Decision d = corpus.next();
      if (i >= 300 && person == null && d.uscc() == null && d.party().length() == 3) {
        person = d;
      }
      if (i >= 100 && company == null && d.uscc() != null) {
        company = d;
      }
      if (i >= 200 && numbered == null) {
        numbered = d;
      }
    }
    String fragment =
        company.party().substring(3, company.party().indexOf("有限公司")); // drop the city
    String number = numbered.decisionNumber().replace('〔', '[').replace('〕', ']');
    return List.of(
        new MixQuery("word", "户外广告", List.of("户外广告")),
        new MixQuery("two words", "噪声 夜间", List.of("噪声", "夜间")),
        new MixQuery("phrase", "\"未取得建设工程规划许可证\"", List.of("未取得建设工程规划许可证")),
        new MixQuery("phrase", "\"餐饮油烟\"", List.of("餐饮油烟")),
        new MixQuery("decisionNo", number, List.of(numbered.decisionNumber())),
        new MixQuery("company", fragment, List.of(fragment)),
        new MixQuery("field+word", "agency:金东区 占道经营", List.of("金东区", "占道经营")),
        new MixQuery("person", "party:" + person.party(), List.of(person.party())),
        new MixQuery("word", "消防通道", List.of("消防通道")));
  }

  /**
   * Wall-clock latency of the mix after a warm-up; also prints the latency on idle cores (the
   * largest CPU time of one search thread per query), which a loaded machine barely disturbs.
   */
  private static double[] timeLucene(SearchEngine engine, List<MixQuery> mix) {
    for (int i = 0; i < 30; i++) {
      for (MixQuery q : mix) {
        engine.search(SearchRequest.of(q.lucene()));
      }
    }
    int rounds = 60;
    double[] ms = new double[rounds * mix.size()];
    double[] cpu = new double[ms.length];
    int k = 0;
    for (int i = 0; i < rounds; i++) {
      for (MixQuery q : mix) {
        long[] c0 = cpuNow();
        long t0 = System.nanoTime();
        engine.search(SearchRequest.of(q.lucene()));
        ms[k] = (System.nanoTime() - t0) / 1e6;
        cpu[k++] = maxCpuSince(c0);
      }
    }
    report("Lucene on idle cores (largest CPU time of a search thread per query)", cpu);
    return ms;
  }

  /**
   * A large index quickly: {@code copies} copies of the index in {@code dir} merged into one
   * (duplicate ids; the same postings lengths, segment structure and sizes as a corpus that many
   * times larger), for timing queries when indexing a million decisions would take too long.
   */
  private static Path replicate(Path dir, int copies, long docs) throws IOException {
    Path base = dir.resolve(Files.readString(dir.resolve("CURRENT")).strip());
    Path target = dir.resolveSibling(dir.getFileName() + "-x" + copies);
    if (Files.exists(target.resolve("CURRENT"))) {
      try (SearchEngine e = SearchEngine.open(target, IndexSchema.ARCHIVE)) {
        if (e.lastAppliedSequence() == docs) {
          System.out.printf(
              Locale.ROOT,
              "reusing %,d copies of the index in %s (%,.1f MB)%n",
              copies,
              target,
              size(target) / 1e6);
          return target;
        }
      }
    }
    deleteTree(target);
    Files.createDirectories(target);
    long start = System.nanoTime();
    try (FSDirectory from = FSDirectory.open(base);
        FSDirectory to = FSDirectory.open(target.resolve("gen-000001"));
        IndexWriter w =
            new IndexWriter(
                to, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (int i = 0; i < copies; i++) {
        w.addIndexes(from);
      }
      w.maybeMerge();
      w.setLiveCommitData(
          Map.of(
                  IndexStore.OUTBOX_SEQ,
                  Long.toString(docs),
                  IndexStore.ANALYSIS,
                  Integer.toString(ChineseAnalysis.VERSION))
              .entrySet());
      w.commit();
    }
    Files.writeString(target.resolve("CURRENT"), "gen-000001");
    System.out.printf(
        Locale.ROOT,
        "merged %,d copies into %,d decisions in %.1f s; index on disk %,.1f MB%n",
        copies,
        docs,
        (System.nanoTime() - start) / 1e9,
        size(target) / 1e6);
    return target;
  }

  /** Per query: the median and worst time with and without facets and snippets. */
  private static void profile(SearchEngine engine, List<MixQuery> mix) {
    System.out.println(
        "profile (ms on idle cores, p50/max over 15 runs): bare | +facets | +highlight | both");
    for (MixQuery q : mix) {
      StringBuilder line =
          new StringBuilder(String.format(Locale.ROOT, "  %-14s %-40s", q.label(), q.lucene()));
      for (boolean[] fh :
          new boolean[][] {{false, false}, {true, false}, {false, true}, {true, true}}) {
        SearchRequest r = SearchRequest.of(q.lucene()).withFacets(fh[0]).withHighlight(fh[1]);
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
          long[] c0 = cpuNow();
          engine.search(r);
          ms[i] = maxCpuSince(c0);
        }
        line.append(String.format(Locale.ROOT, " | %6.1f/%6.1f", pct(ms, 50), pct(ms, 100)));
      }
      System.out.println(line);
    }
  }

  private static void pg(int n, List<MixQuery> mix, double[] lucene) {
    if (Boolean.getBoolean("bench.skipPg")) {
      return;
    }
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
      try {
        System.out.println("PostgreSQL reachable: loading the same corpus into table " + TABLE);
        comparePg(c, n, mix, lucene);
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute(
              "DROP TABLE IF EXISTS " + TABLE); // the database is shared: leave nothing behind
        }
      }
    } catch (SQLException e) {
      System.out.println(
          "PostgreSQL not reachable (" + e.getMessage() + "): LIKE comparison skipped");
    }
  }

  private static void comparePg(Connection c, int n, List<MixQuery> mix, double[] lucene)
      throws SQLException {
    long start = System.nanoTime();
    load(c, n);
    System.out.printf(
        Locale.ROOT, "loaded %,d rows in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
    boolean large = n > 200_000; // a LIKE scan of 1M rows takes seconds: fewer rounds
    for (int i = 0; i < (large ? 0 : 1); i++) {
      for (MixQuery q : mix) {
        like(c, q); // warm the cache
      }
    }
    int rounds = large ? 1 : 3;
    double[] ms = new double[rounds * mix.size()];
    int k = 0;
    for (int i = 0; i < rounds; i++) {
      for (MixQuery q : mix) {
        long t0 = System.nanoTime();
        like(c, q);
        ms[k++] = (System.nanoTime() - t0) / 1e6;
      }
    }
    report("PostgreSQL LIKE (count+page+agency counts)", ms);
    System.out.printf(
        Locale.ROOT,
        "ratio PostgreSQL/Lucene: p50 %.0fx, p95 %.0fx%n",
        pct(ms, 50) / pct(lucene, 50),
        pct(ms, 95) / pct(lucene, 95));
  }

  private static void load(Connection c, int n) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + TABLE);
      s.execute(
          "CREATE TABLE "
              + TABLE
              + " (id text PRIMARY KEY, agency_id text, decision_date date, body text)");
    }
    c.setAutoCommit(false);
    CorpusGenerator corpus = new CorpusGenerator(SEED, n);
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?)")) {
      int batch = 0;
      while (corpus.hasNext()) {
        CorpusGenerator.Decision d = corpus.next();
        ps.setString(1, d.id());
        ps.setString(2, d.agencyId());
        ps.setObject(3, d.decisionDate());
        ps.setString(
            4,
            String.join(
                " ",
                d.agencyName(),
                d.party(),
                d.violation(),
                d.legalBasis(),
                d.decisionNumber(),
                d.caseNumber(),
                d.text()));
        ps.addBatch();
        if (++batch % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE " + TABLE);
    }
  }

  /** What a LIKE-based search page needs: total, first page by date, counts per agency. */
  private static void like(Connection c, MixQuery q) throws SQLException {
    String where =
        " WHERE " + String.join(" AND ", q.likeWords().stream().map(w -> "body LIKE ?").toList());
    for (String sql :
        List.of(
            "SELECT count(*) FROM " + TABLE + where,
            "SELECT id, decision_date FROM "
                + TABLE
                + where
                + " ORDER BY decision_date DESC, id LIMIT 20",
            "SELECT agency_id, count(*) FROM " + TABLE + where + " GROUP BY agency_id")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < q.likeWords().size(); i++) {
          ps.setString(i + 1, "%" + q.likeWords().get(i) + "%");
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getString(1);
          }
        }
      }
    }
  }

  private static void report(String label, double[] ms) {
    System.out.printf(
        Locale.ROOT,
        "%s: %d queries, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
        label,
        ms.length,
        pct(ms, 50),
        pct(ms, 95),
        pct(ms, 99));
  }

  static double pct(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir) == false) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
