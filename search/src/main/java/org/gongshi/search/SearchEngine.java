package org.gongshi.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexRebuild;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.query.SearchExecutor;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;

/**
 * The search engine of one index ({@link IndexSchema#ARCHIVE} or {@link IndexSchema#PUBLIC}): the
 * one object the web app holds per index (its outbox applier and rebuild jobs sit on top). Feed it
 * from the outbox with {@link #applyBatch(List)}, query it with {@link #search(SearchRequest)}.
 *
 * <p>Two backends give the same query language, facets, snippets, cursors and scope: the embedded
 * Lucene engine ({@link LuceneSearchEngine}, the default and the reference) and an OpenSearch
 * cluster ({@code org.gongshi.search.opensearch.OpenSearchEngine}). Implementations are
 * thread-safe.
 */
public interface SearchEngine extends Closeable {

  /**
   * Opens or creates an embedded Lucene index in a directory.
   *
   * @param directory where the index lives
   * @param schema the index's schema
   * @return the engine
   * @throws IOException when the index cannot be opened
   */
  static SearchEngine open(Path directory, IndexSchema schema) throws IOException {
    return LuceneSearchEngine.open(directory, schema);
  }

  /**
   * Opens or creates an embedded Lucene index; searches use {@code searchExecutor} across index
   * slices.
   *
   * @param directory where the index lives
   * @param schema the index's schema
   * @param searchExecutor threads for one search
   * @return the engine
   * @throws IOException when the index cannot be opened
   */
  static SearchEngine open(Path directory, IndexSchema schema, Executor searchExecutor)
      throws IOException {
    return LuceneSearchEngine.open(directory, schema, searchExecutor);
  }

  /**
   * An embedded Lucene index in memory, for tests and demos.
   *
   * @param schema the index's schema
   * @return the engine
   */
  static SearchEngine inMemory(IndexSchema schema) {
    return LuceneSearchEngine.inMemory(schema);
  }

  /**
   * The schema of the index.
   *
   * @return the schema
   */
  IndexSchema schema();

  /**
   * Adds or replaces a document by id (not durable until a commit).
   *
   * @param doc the document
   * @throws IOException when it cannot be written
   */
  void index(IndexDocument doc) throws IOException;

  /**
   * Deletes a document by id (not durable until a commit).
   *
   * @param id the document id
   * @throws IOException when it cannot be written
   */
  void delete(String id) throws IOException;

  /**
   * Commits all changes and records {@code outboxSeq} as applied.
   *
   * @param outboxSeq the last outbox sequence the index holds
   * @throws IOException when it cannot be committed
   */
  void commit(long outboxSeq) throws IOException;

  /**
   * The outbox sequence of the last commit; ask the outbox for entries after it.
   *
   * @return the sequence, 0 for a new index
   */
  long lastAppliedSequence();

  /**
   * Whether several application nodes share this index (a cluster): then one node at a time applies
   * the outbox, and the applied sequence is kept by the caller (in the database) and handed in with
   * {@link #resumeAfter(long)} before each batch. An embedded index belongs to its node.
   *
   * @return true for a shared index
   */
  default boolean shared() {
    return false;
  }

  /**
   * For a {@link #shared()} index: the caller's record says every outbox entry up to {@code seq} is
   * in the index and nothing after it is known to be; the next {@link #applyBatch(List)} applies
   * the entries after it (another node may have applied more, or a rebuild less, than this engine
   * saw).
   *
   * @param seq the applied sequence the caller keeps
   * @throws UnsupportedOperationException for an embedded index, which keeps its own
   */
  default void resumeAfter(long seq) {
    throw new UnsupportedOperationException("an embedded index keeps its own applied sequence");
  }

  /**
   * Applies outbox entries in order, skipping those already applied, then commits. A replay writes
   * nothing twice and never lets an older entry overwrite a newer one.
   *
   * @param entries the entries
   * @return how many were applied
   * @throws IOException when they cannot be applied (nothing is recorded as applied then)
   */
  int applyBatch(List<OutboxEntry> entries) throws IOException;

  /**
   * Rebuilds the index from {@code docs} (the state at {@code outboxSeq}) and swaps it in.
   *
   * @param docs every document
   * @param outboxSeq the outbox sequence the rebuilt index records
   * @return the number of documents
   * @throws IOException when the rebuild fails (the live index stays)
   */
  long rebuild(Iterator<IndexDocument> docs, long outboxSeq) throws IOException;

  /**
   * Makes every change so far visible to searches now.
   *
   * @throws IOException when the index cannot be refreshed
   */
  void refresh() throws IOException;

  /**
   * Runs a search. Malformed query text never throws (see {@link SearchResult#degraded()}).
   *
   * @param request what to search
   * @return one page of results
   * @throws SearchUnavailableException when the backend cannot be reached
   */
  SearchResult search(SearchRequest request);

  /**
   * A whole text with every match of the query marked (see {@link SearchExecutor#markAll}).
   *
   * @param query the user's query
   * @param text the text to mark
   * @param first the number of the first mark
   * @return the marked HTML and the number of marks
   */
  SearchExecutor.Marked markAll(String query, String text, int first);

  /**
   * Counts the documents that match a request (its words and filters), exactly.
   *
   * @param request what to count
   * @return the number of matching documents
   */
  long count(SearchRequest request);

  /**
   * The ids of every document that matches a request, for comparing the index with its source.
   *
   * @param request what to list
   * @return the ids, in no particular order
   */
  Set<String> ids(SearchRequest request);

  /**
   * Whether a document with this id is visible to searches.
   *
   * @param id the document id
   * @return true when it is indexed
   */
  boolean contains(String id);

  /**
   * How many documents the index holds now.
   *
   * @return the live document count
   * @throws IOException when the index cannot be read
   */
  long size() throws IOException;

  /**
   * Whether the index was made by an earlier version of the Chinese analysis and must be rebuilt.
   *
   * @return true when a rebuild is due
   */
  boolean analysisOutdated();

  /**
   * Starts a rebuild beside the live index, fed document by document (a chunked job); searches go
   * on meanwhile.
   *
   * @param outboxSeq the outbox sequence the rebuilt index will record
   * @return the running rebuild: add documents, then finish or abort it
   * @throws IOException when the new index cannot be created
   */
  IndexRebuild startRebuild(long outboxSeq) throws IOException;

  /**
   * Whether the backend answers now (always true for the embedded engine).
   *
   * @return true when searches can be served
   */
  default boolean ready() {
    return true;
  }

  /** Closes without committing. */
  @Override
  void close() throws IOException;
}
