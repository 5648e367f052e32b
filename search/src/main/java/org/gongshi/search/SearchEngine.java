package org.gongshi.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexOutbox;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.IndexStore;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.query.SearchExecutor;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;

/**
 * The search engine of one index ({@link IndexSchema#ARCHIVE} or {@link IndexSchema#PUBLIC}): the
 * facade the web app calls. Feed it from the outbox with {@link #applyBatch(List)}, query it with
 * {@link #search(SearchRequest)}. Changes are searchable within about a second; only commits (done
 * by {@link #applyBatch(List)} or {@link #commit(long)}) survive a restart. Thread-safe.
 */
public final class SearchEngine implements Closeable {

  private final IndexStore store;
  private final IndexOutbox outbox;
  private final SearchExecutor executor;

  private SearchEngine(IndexStore store) {
    this.store = store;
    this.outbox = new IndexOutbox(store);
    this.executor = new SearchExecutor(store.schema(), store.analyzer());
  }

  /** Opens or creates the index in a directory. */
  public static SearchEngine open(Path directory, IndexSchema schema) throws IOException {
    return new SearchEngine(IndexStore.open(directory, schema));
  }

  /**
   * Opens or creates the index in a directory; searches use {@code searchExecutor} across index
   * slices.
   */
  public static SearchEngine open(
      Path directory, IndexSchema schema, java.util.concurrent.Executor searchExecutor)
      throws IOException {
    return new SearchEngine(IndexStore.open(directory, schema, searchExecutor));
  }

  /** An engine in memory, for tests and demos. */
  public static SearchEngine inMemory(IndexSchema schema) {
    return new SearchEngine(IndexStore.inMemory(schema));
  }

  public IndexSchema schema() {
    return store.schema();
  }

  /** Adds or replaces a document by id (not durable until a commit). */
  public void index(IndexDocument doc) throws IOException {
    store.upsert(doc);
  }

  /** Deletes a document by id (not durable until a commit). */
  public void delete(String id) throws IOException {
    store.delete(id);
  }

  /** Commits all changes and records {@code outboxSeq} in the commit. */
  public void commit(long outboxSeq) throws IOException {
    store.commit(outboxSeq);
  }

  /** The outbox sequence of the last commit; ask the outbox for entries after it. */
  public long lastAppliedSequence() {
    return store.lastAppliedSequence();
  }

  /** Applies outbox entries in order, skipping those already committed, then commits. */
  public int applyBatch(List<OutboxEntry> entries) throws IOException {
    return outbox.applyBatch(entries);
  }

  /** Rebuilds the index from {@code docs} (the state at {@code outboxSeq}) and swaps it in. */
  public long rebuild(Iterator<IndexDocument> docs, long outboxSeq) throws IOException {
    return store.rebuild(docs, outboxSeq);
  }

  /** Makes every change so far visible to searches now. */
  public void refresh() throws IOException {
    store.refresh();
  }

  /** Runs a search. Malformed query text never throws (see {@link SearchResult#degraded()}). */
  public SearchResult search(SearchRequest request) {
    try {
      return executor.execute(store, request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A whole text with every match of the query marked (see {@link SearchExecutor#markAll}). */
  public SearchExecutor.Marked markAll(String query, String text, int first) {
    try {
      return executor.markAll(query, text, first);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes without committing. */
  @Override
  public void close() throws IOException {
    store.close();
  }
}
