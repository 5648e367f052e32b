package org.gongshi.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index of a schema: writes by id, commits carrying the outbox sequence, searches on a
 * near-real-time {@link SearcherManager} (changes visible within about a second), and rebuilds into
 * a sibling directory swapped in atomically while searches continue.
 *
 * <p>On disk the root holds {@code gen-NNNNNN} index directories and a {@code CURRENT} file naming
 * the live one. Closing does not commit: only {@link #commit(long)} makes changes durable, so a
 * crash and a close behave the same and the outbox replays what was not committed.
 *
 * <p>Thread-safe.
 */
public final class IndexStore implements Closeable {

  /** Commit user-data key holding the last applied outbox sequence. */
  public static final String OUTBOX_SEQ = "outboxSeq";

  /**
   * Commit user-data key holding the {@link ChineseAnalysis#VERSION} the documents were analysed
   * with (absent: version 1). Every commit keeps the generation's version; only a rebuild renews
   * it.
   */
  public static final String ANALYSIS = "analysis";

  private static final String CURRENT = "CURRENT";

  /** Work done with a searcher that is released afterwards. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * A searcher's point in time: its reader version within one open index generation ({@code store},
   * random per generation, so a version from another node, a rebuilt index or an earlier start
   * never finds the wrong searcher).
   */
  public record PointInTime(long store, long version) {
    public static final PointInTime NONE = new PointInTime(0, 0);
  }

  /** Work done with a kept searcher, told the point in time that finds it again. */
  @FunctionalInterface
  public interface KeptSearcherWork<T> {
    T apply(IndexSearcher searcher, PointInTime point) throws IOException;
  }

  /** How long a searcher stays available for paging after a newer one replaced it. */
  static final double KEEP_SECONDS = 300;

  private final IndexSchema schema;
  private final Analyzer analyzer;
  private final DocumentMapper mapper;
  private final Path root;
  private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
  private final Object rebuildLock = new Object();
  private final Executor searchExecutor;
  private boolean rebuilding;
  private volatile Generation current;

  private IndexStore(IndexSchema schema, Path root, Executor searchExecutor) throws IOException {
    this.searchExecutor = searchExecutor;
    this.schema = schema;
    this.analyzer = ChineseAnalysis.forSchema(schema);
    this.mapper = new DocumentMapper(schema);
    this.root = root;
    this.current = root == null ? openGeneration(null, 0, false) : openOnDisk();
  }

  /** Opens (or creates) the index under a directory. */
  public static IndexStore open(Path root, IndexSchema schema) throws IOException {
    return new IndexStore(schema, root, null);
  }

  /**
   * Opens (or creates) the index under a directory; searches run over index slices in parallel on
   * {@code searchExecutor} (the calling thread takes part, so a busy executor only slows down).
   */
  public static IndexStore open(Path root, IndexSchema schema, Executor searchExecutor)
      throws IOException {
    return new IndexStore(schema, root, searchExecutor);
  }

  /** An index in memory, for tests. */
  public static IndexStore inMemory(IndexSchema schema) {
    try {
      return new IndexStore(schema, null, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public IndexSchema schema() {
    return schema;
  }

  /** The analyzer used for indexing; parse queries with the same one. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Adds or replaces the document with the same id. Durable after {@link #commit(long)}. */
  public void upsert(IndexDocument doc) throws IOException {
    var lucene = mapper.toLucene(doc);
    swapLock.readLock().lock();
    try {
      current.writer.updateDocument(new Term(schema.idField().fieldName(), doc.id()), lucene);
    } finally {
      swapLock.readLock().unlock();
    }
  }

  /** Deletes the document with this id, if any. */
  public void delete(String id) throws IOException {
    swapLock.readLock().lock();
    try {
      current.writer.deleteDocuments(new Term(schema.idField().fieldName(), id));
    } finally {
      swapLock.readLock().unlock();
    }
  }

  /** Commits everything written so far, recording {@code sequence} as applied. */
  public void commit(long sequence) throws IOException {
    swapLock.readLock().lock();
    try {
      Generation g = current;
      synchronized (g) {
        g.writer.setLiveCommitData(g.commitData(sequence));
        g.writer.commit();
        g.lastApplied = sequence;
      }
    } finally {
      swapLock.readLock().unlock();
    }
  }

  /**
   * Whether the index holds documents analysed by an earlier {@link ChineseAnalysis#VERSION}: they
   * still match, but rank differently from new ones until a rebuild.
   */
  public boolean analysisOutdated() {
    Generation g = current;
    return g.analysisVersion != ChineseAnalysis.VERSION && g.writer.getDocStats().numDocs > 0;
  }

  /** The outbox sequence of the last commit, 0 for a new index. */
  public long lastAppliedSequence() {
    return current.lastApplied;
  }

  /** Makes all writes so far visible to searches now (otherwise within about a second). */
  public void refresh() throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        current.manager.maybeRefreshBlocking();
        return;
      } catch (AlreadyClosedException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /** Runs work on a current searcher and releases it, even during a rebuild swap. */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Generation g = current;
      IndexSearcher searcher;
      try {
        searcher = g.manager.acquire();
      } catch (AlreadyClosedException e) {
        if (attempt >= 3) {
          throw e;
        }
        continue; // swapped meanwhile: take the new generation
      }
      try {
        return work.apply(searcher);
      } finally {
        g.manager.release(searcher);
      }
    }
  }

  /**
   * Runs work on the searcher of {@code point} while it is kept (up to {@value #KEEP_SECONDS}
   * seconds after a newer one replaced it, and never across a rebuild), else on the current
   * searcher, which is kept from now on. A results page and the next one thus come from the same
   * point in time, so hits tied by score keep their order.
   */
  public <T> T withKeptSearcher(PointInTime point, KeptSearcherWork<T> work) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Generation g = current;
      try {
        IndexSearcher kept =
            point.store() == g.token && point.version() > 0
                ? g.kept.acquire(point.version())
                : null;
        if (kept != null) {
          try {
            return work.apply(kept, point);
          } finally {
            g.kept.release(kept);
          }
        }
        IndexSearcher searcher = g.manager.acquire();
        try {
          long recorded = g.kept.record(searcher);
          g.pruneKept();
          return work.apply(searcher, new PointInTime(g.token, recorded));
        } finally {
          g.manager.release(searcher);
        }
      } catch (AlreadyClosedException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Builds a fresh index from {@code docs} beside the live one, commits it at {@code sequence} and
   * swaps it in. Searches continue on the old index until the swap. Writes made to the old index
   * meanwhile are dropped: the outbox replays entries after {@code sequence}.
   *
   * @return the number of documents indexed
   */
  public long rebuild(Iterator<IndexDocument> docs, long sequence) throws IOException {
    return startRebuild(sequence, true).fill(docs);
  }

  /**
   * Starts a rebuild fed in steps (for instance one batch chunk at a time): {@link Rebuild#add},
   * then {@link Rebuild#finish()} to commit at {@code sequence} and swap, or {@link
   * Rebuild#abort()}. One rebuild at a time.
   *
   * @throws IllegalStateException when a rebuild is already running
   */
  public Rebuild startRebuild(long sequence) throws IOException {
    return startRebuild(sequence, false);
  }

  private Rebuild startRebuild(long sequence, boolean wait) throws IOException {
    synchronized (rebuildLock) {
      while (rebuilding && wait) {
        try {
          rebuildLock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted waiting for a rebuild");
        }
      }
      if (rebuilding) {
        throw new IllegalStateException("a rebuild of the " + schema + " index is already running");
      }
      int next = current.number + 1;
      Generation fresh =
          openGeneration(root == null ? null : root.resolve(genName(next)), next, true);
      rebuilding = true;
      return new Rebuild(fresh, sequence);
    }
  }

  /** A rebuild in progress: a fresh generation beside the live one. */
  public final class Rebuild implements IndexRebuild {
    private final Generation fresh;
    private final long sequence;
    private long count;
    private boolean done;

    private Rebuild(Generation fresh, long sequence) {
      this.fresh = fresh;
      this.sequence = sequence;
    }

    /** Adds (or replaces, by id) a document of the new index. */
    @Override
    public synchronized void add(IndexDocument doc) throws IOException {
      if (done) {
        throw new IllegalStateException("rebuild already finished");
      }
      fresh.writer.updateDocument(
          new Term(schema.idField().fieldName(), doc.id()), mapper.toLucene(doc));
      count++;
    }

    /** Documents added so far. */
    @Override
    public synchronized long count() {
      return count;
    }

    /**
     * Merges the new index into as few segments as {@link #mergedSegments} allows, commits it and
     * swaps it in; returns the number of documents added.
     */
    @Override
    public synchronized long finish() throws IOException {
      if (done) {
        throw new IllegalStateException("rebuild already finished");
      }
      try {
        fresh.writer.forceMerge(mergedSegments(fresh.dir));
        fresh.writer.setLiveCommitData(fresh.commitData(sequence));
        fresh.writer.commit();
        fresh.lastApplied = sequence;
        fresh.manager.maybeRefreshBlocking();
      } catch (IOException | RuntimeException e) {
        abort();
        throw e;
      }
      Generation old;
      swapLock.writeLock().lock();
      try {
        if (root != null) {
          writeCurrent(genName(fresh.number));
        }
        old = current;
        current = fresh;
      } finally {
        swapLock.writeLock().unlock();
      }
      done = true;
      synchronized (rebuildLock) {
        rebuilding = false;
        rebuildLock.notifyAll();
      }
      old.close();
      deleteTree(old.path);
      return count;
    }

    /** Drops the new index; the live one stays. */
    @Override
    public synchronized void abort() throws IOException {
      if (done) {
        return;
      }
      done = true;
      try {
        fresh.close();
        deleteTree(fresh.path);
      } finally {
        synchronized (rebuildLock) {
          rebuilding = false;
          rebuildLock.notifyAll();
        }
      }
    }
  }

  /**
   * How many segments a finished rebuild is merged into: one per {@value #MERGED_SEGMENT_BYTES}
   * bytes. A rebuild leaves a dozen small flushed segments beside a few large ones, and every
   * search pays per segment (term lookups, scorers, facet readers): at 100,000 decisions the
   * portal's query mix ran 26 % faster on 3 segments than on the 18 a rebuild left, 30 % on one.
   */
  static int mergedSegments(Directory dir) throws IOException {
    long bytes = 0;
    for (String file : dir.listAll()) {
      bytes += dir.fileLength(file);
    }
    return (int) Math.max(1, (bytes + MERGED_SEGMENT_BYTES - 1) / MERGED_SEGMENT_BYTES);
  }

  /** Indexing buffer per writer before a segment is flushed; tests make it tiny. */
  static volatile double ramBufferMb = 64;

  /** TieredMergePolicy's own largest merged segment (5 GB): merges after a rebuild stay normal. */
  static final long MERGED_SEGMENT_BYTES = 5L << 30;

  /** Closes without committing. */
  @Override
  public void close() throws IOException {
    swapLock.writeLock().lock();
    try {
      current.close();
    } finally {
      swapLock.writeLock().unlock();
    }
  }

  private Generation openOnDisk() throws IOException {
    Files.createDirectories(root);
    Path pointer = root.resolve(CURRENT);
    String name =
        Files.exists(pointer)
            ? Files.readString(pointer, StandardCharsets.UTF_8).strip()
            : genName(1);
    if (Files.exists(pointer) == false) {
      writeCurrent(name);
    }
    try (Stream<Path> children = Files.list(root)) {
      for (Path p : children.toList()) {
        if (p.getFileName().toString().startsWith("gen-")
            && p.getFileName().toString().equals(name) == false) {
          deleteTree(p); // left over from an interrupted rebuild
        }
      }
    }
    return openGeneration(root.resolve(name), Integer.parseInt(name.substring(4)), false);
  }

  private Generation openGeneration(Path path, int number, boolean create) throws IOException {
    Directory dir = path == null ? new ByteBuffersDirectory() : FSDirectory.open(path);
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(
                create
                    ? IndexWriterConfig.OpenMode.CREATE
                    : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCommitOnClose(false)
            .setRAMBufferSizeMB(ramBufferMb);
    IndexWriter writer = new IndexWriter(dir, config);
    SearcherFactory searchers =
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new IndexSearcher(reader, searchExecutor);
          }
        };
    Map<String, String> committed = lastCommitData(writer);
    long sequence = Long.parseLong(committed.getOrDefault(OUTBOX_SEQ, "0"));
    int analysis =
        committed.isEmpty()
            ? ChineseAnalysis.VERSION
            : Integer.parseInt(committed.getOrDefault(ANALYSIS, "1"));
    return new Generation(path, number, dir, writer, sequence, analysis, searchers);
  }

  private static Map<String, String> lastCommitData(IndexWriter writer) {
    Map<String, String> out = new java.util.HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  private void writeCurrent(String name) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, name, StandardCharsets.UTF_8);
    try {
      Files.move(
          tmp,
          root.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String genName(int number) {
    return String.format("gen-%06d", number);
  }

  private static void deleteTree(Path path) throws IOException {
    if (path == null || Files.exists(path) == false) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A live index directory with its writer, NRT manager and reopen thread. */
  private static final class Generation implements Closeable {
    final Path path;
    final int number;
    final Directory dir;
    final IndexWriter writer;
    final SearcherManager manager;
    final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    final SearcherLifetimeManager kept = new SearcherLifetimeManager();
    final long token = new SecureRandom().nextLong() | 1; // never 0, the token of no point in time
    private final SearcherLifetimeManager.Pruner pruneOld =
        new SearcherLifetimeManager.PruneByAge(KEEP_SECONDS);
    private final AtomicLong lastPrune = new AtomicLong(System.nanoTime());
    volatile long lastApplied;
    final int analysisVersion;

    Generation(
        Path path,
        int number,
        Directory dir,
        IndexWriter writer,
        long lastApplied,
        int analysisVersion,
        SearcherFactory searchers)
        throws IOException {
      this.analysisVersion = analysisVersion;
      this.path = path;
      this.number = number;
      this.dir = dir;
      this.writer = writer;
      this.lastApplied = lastApplied;
      this.manager = new SearcherManager(writer, searchers);
      this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, 1.0, 0.1);
      reopener.setName("gongshi-nrt-reopen");
      reopener.setDaemon(true);
      reopener.start();
    }

    Iterable<Map.Entry<String, String>> commitData(long sequence) {
      return Map.of(
              OUTBOX_SEQ, Long.toString(sequence), ANALYSIS, Integer.toString(analysisVersion))
          .entrySet();
    }

    /** Drops searchers replaced long ago, at most once a second. */
    void pruneKept() throws IOException {
      long now = System.nanoTime();
      long last = lastPrune.get();
      if (now - last > 1_000_000_000L && lastPrune.compareAndSet(last, now)) {
        kept.prune(pruneOld);
      }
    }

    @Override
    public void close() throws IOException {
      reopener.close();
      kept.close();
      manager.close();
      writer.rollback(); // never commit on close: the outbox owns durability
      dir.close();
    }
  }
}
