package org.gongshi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexOutbox;
import org.gongshi.search.index.IndexRebuild;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.IndexStore;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.query.SearchExecutor;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;

/**
 * The embedded Lucene engine of one index, the default and reference {@link SearchEngine}. Changes
 * are searchable within about a second; only commits (done by {@link #applyBatch(List)} or {@link
 * #commit(long)}) survive a restart. Thread-safe.
 */
public final class LuceneSearchEngine implements SearchEngine {

  /**
   * Searches running at once in this JVM (system property {@code gongshi.search.concurrency},
   * default twice the number of cores, as OpenSearch sizes its search pool); more wait their turn,
   * first come first served. On 2 cores, 16 searches at once took 1.5 times the CPU each of 4 at
   * once (the caches thrash), so queueing answers more searches per second and the slowest sooner.
   */
  static final int CONCURRENT_SEARCHES =
      Math.max(
          1,
          Integer.getInteger(
              "gongshi.search.concurrency", 2 * Runtime.getRuntime().availableProcessors()));

  /** How long a search waits for its turn before it is refused as unavailable. */
  private static final long TURN_WAIT_SECONDS = 30;

  private static final Semaphore RUNNING = new Semaphore(CONCURRENT_SEARCHES, true);

  private final IndexStore store;
  private final IndexOutbox outbox;
  private final SearchExecutor executor;

  private LuceneSearchEngine(IndexStore store) {
    this.store = store;
    this.outbox = new IndexOutbox(store);
    this.executor = new SearchExecutor(store.schema(), store.analyzer());
  }

  /** Opens or creates the index in a directory. */
  public static LuceneSearchEngine open(Path directory, IndexSchema schema) throws IOException {
    return new LuceneSearchEngine(IndexStore.open(directory, schema));
  }

  /**
   * Opens or creates the index in a directory; searches use {@code searchExecutor} across index
   * slices.
   */
  public static LuceneSearchEngine open(
      Path directory, IndexSchema schema, java.util.concurrent.Executor searchExecutor)
      throws IOException {
    return new LuceneSearchEngine(IndexStore.open(directory, schema, searchExecutor));
  }

  /** An engine in memory, for tests and demos. */
  public static LuceneSearchEngine inMemory(IndexSchema schema) {
    return new LuceneSearchEngine(IndexStore.inMemory(schema));
  }

  @Override
  public IndexSchema schema() {
    return store.schema();
  }

  /** Adds or replaces a document by id (not durable until a commit). */
  @Override
  public void index(IndexDocument doc) throws IOException {
    store.upsert(doc);
  }

  /** Deletes a document by id (not durable until a commit). */
  @Override
  public void delete(String id) throws IOException {
    store.delete(id);
  }

  /** Commits all changes and records {@code outboxSeq} in the commit. */
  @Override
  public void commit(long outboxSeq) throws IOException {
    store.commit(outboxSeq);
  }

  /** The outbox sequence of the last commit; ask the outbox for entries after it. */
  @Override
  public long lastAppliedSequence() {
    return store.lastAppliedSequence();
  }

  /** Applies outbox entries in order, skipping those already committed, then commits. */
  @Override
  public int applyBatch(List<OutboxEntry> entries) throws IOException {
    return outbox.applyBatch(entries);
  }

  /** Rebuilds the index from {@code docs} (the state at {@code outboxSeq}) and swaps it in. */
  @Override
  public long rebuild(Iterator<IndexDocument> docs, long outboxSeq) throws IOException {
    return store.rebuild(docs, outboxSeq);
  }

  /** Makes every change so far visible to searches now. */
  @Override
  public void refresh() throws IOException {
    store.refresh();
  }

  /** Runs a search. Malformed query text never throws (see {@link SearchResult#degraded()}). */
  @Override
  public SearchResult search(SearchRequest request) {
    try {
      if (RUNNING.tryAcquire(TURN_WAIT_SECONDS, TimeUnit.SECONDS) == false) {
        throw new SearchBusyException("no turn to search within " + TURN_WAIT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchUnavailableException("interrupted while waiting to search", e);
    }
    try {
      return executor.execute(store, request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      RUNNING.release();
    }
  }

  /** A whole text with every match of the query marked (see {@link SearchExecutor#markAll}). */
  @Override
  public SearchExecutor.Marked markAll(String query, String text, int first) {
    try {
      return executor.markAll(query, text, first);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Counts the documents that match a request (its words and filters), exactly.
   *
   * @param request what to count
   * @return the number of matching documents
   */
  @Override
  public long count(SearchRequest request) {
    try {
      return store.withSearcher(s -> executor.count(s, request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ids of every document that matches a request, for comparing the index with its source.
   *
   * @param request what to list
   * @return the ids, in no particular order
   */
  @Override
  public Set<String> ids(SearchRequest request) {
    try {
      return new HashSet<>(store.withSearcher(s -> executor.ids(s, request)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a document with this id is visible to searches.
   *
   * @param id the document id
   * @return true when it is indexed
   */
  @Override
  public boolean contains(String id) {
    try {
      return store.withSearcher(
          s -> s.count(new TermQuery(new Term(store.schema().idField().fieldName(), id))) > 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How many documents the index holds now.
   *
   * @return the live document count
   * @throws IOException when the index cannot be read
   */
  @Override
  public long size() throws IOException {
    return store.withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  /**
   * Whether the index was made by an earlier version of the Chinese analysis and must be rebuilt.
   *
   * @return true when a rebuild is due
   */
  @Override
  public boolean analysisOutdated() {
    return store.analysisOutdated();
  }

  /**
   * Starts a rebuild beside the live index, fed document by document (a chunked job); searches go
   * on meanwhile.
   *
   * @param outboxSeq the outbox sequence the rebuilt index will record
   * @return the running rebuild: add documents, then finish or abort it
   * @throws IOException when the new index cannot be created
   */
  @Override
  public IndexRebuild startRebuild(long outboxSeq) throws IOException {
    return store.startRebuild(outboxSeq);
  }

  /** Closes without committing. */
  @Override
  public void close() throws IOException {
    store.close();
  }
}
