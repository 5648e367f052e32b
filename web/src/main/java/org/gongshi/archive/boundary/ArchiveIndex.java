package org.gongshi.archive.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongshi.archive.entity.SearchOutboxEntry;
import org.gongshi.archive.entity.StoredFile;
import org.gongshi.platform.Settings;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexOutbox;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.IndexStore;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.query.SearchExecutor;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;

/**
 * The node's archive index, fed from the transactional outbox: every second the rows after the
 * sequence stored in the last Lucene commit are applied in order. A crash loses nothing (the
 * rows are replayed); a rebuild builds beside the live index and swaps.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ArchiveIndex {
  private static final Logger LOG = Logger.getLogger(ArchiveIndex.class.getName());
  static final int BATCH = 500;

  @Inject Settings settings;
  @Inject ArchiveIndexDocuments documents;
  @PersistenceContext EntityManager em;

  private IndexStore store;
  private IndexOutbox outbox;
  private SearchExecutor executor;
  private final Object applying = new Object();
  private final AtomicLong rebuildProgress = new AtomicLong(-1);

  @PostConstruct
  void open() {
    try {
      store = IndexStore.open(settings.indexDir().resolve("archive"), IndexSchema.ARCHIVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the archive index in " + settings.indexDir(), e);
    }
    outbox = new IndexOutbox(store);
    executor = new SearchExecutor(IndexSchema.ARCHIVE, store.analyzer());
    LOG.info("Archive index open at outbox sequence " + store.lastAppliedSequence());
  }

  @PreDestroy
  void close() {
    try {
      store.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the archive index", e);
    }
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void poll() {
    try {
      while (applyPending() == BATCH) {
        // drain a backlog before the next tick
      }
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "Applying the search outbox failed; retrying next tick", e);
    }
  }

  /** Applies outbox rows after the last committed sequence; returns how many rows were read. */
  public int applyPending() throws IOException {
    synchronized (applying) {
      long after = store.lastAppliedSequence();
      List<SearchOutboxEntry> rows = em.createNamedQuery(SearchOutboxEntry.AFTER, SearchOutboxEntry.class)
          .setParameter("seq", after).setMaxResults(BATCH).getResultList();
      if (rows.isEmpty()) return 0;
      List<OutboxEntry> entries = new ArrayList<>();
      for (SearchOutboxEntry row : rows) entries.addAll(toEntries(row));
      if (entries.isEmpty() || entries.get(entries.size() - 1).seq() != rows.get(rows.size() - 1).getSeq()) {
        // nothing to write for the last rows: still record that they were seen
        entries.add(OutboxEntry.delete(rows.get(rows.size() - 1).getSeq(), "none:" + rows.get(rows.size() - 1).getSeq()));
      }
      outbox.applyBatch(entries);
      store.refresh();
      em.clear();
      return rows.size();
    }
  }

  private List<OutboxEntry> toEntries(SearchOutboxEntry row) {
    long seq = row.getSeq();
    String id = row.getDocId();
    List<OutboxEntry> out = new ArrayList<>();
    if ("DELETE".equals(row.getOp())) {
      out.add(OutboxEntry.delete(seq, id));
    } else if (id.startsWith("case:")) {
      List<IndexDocument> docs = documents.forCase(Long.parseLong(id.substring(5)));
      if (docs.isEmpty()) out.add(OutboxEntry.delete(seq, id));
      docs.forEach(d -> out.add(OutboxEntry.upsert(seq, d)));
    } else if (id.startsWith("file:")) {
      StoredFile f = em.find(StoredFile.class, Long.parseLong(id.substring(5)));
      if (f != null) out.add(OutboxEntry.upsert(seq, documents.forDocument(f.getDocument())));
    }
    return out;
  }

  public SearchResult search(SearchRequest request) {
    try {
      return store.withSearcher(searcher -> executor.execute(searcher, request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long lastAppliedSequence() { return store.lastAppliedSequence(); }

  /** Readiness for /health: the index is open and answers a search. */
  @org.eclipse.microprofile.health.Readiness
  @jakarta.enterprise.context.ApplicationScoped
  public static class Health implements org.eclipse.microprofile.health.HealthCheck {
    @Inject ArchiveIndex index;

    @Override public org.eclipse.microprofile.health.HealthCheckResponse call() {
      try {
        long cases = index.count("case");
        return org.eclipse.microprofile.health.HealthCheckResponse.named("search-index").up()
            .withData("cases", cases).withData("outboxSequence", index.lastAppliedSequence()).build();
      } catch (RuntimeException e) {
        return org.eclipse.microprofile.health.HealthCheckResponse.named("search-index").down()
            .withData("error", e.getClass().getSimpleName()).build();
      }
    }
  }

  /** Counts of indexed documents by kind ("case", "document"). */
  public long count(String kind) {
    return search(SearchRequest.of("").withFilter("kind", java.util.Set.of(kind)).withPageSize(1).withFacets(false)
        .withHighlight(false)).totalHits();
  }

  public boolean contains(String id) {
    try {
      return store.withSearcher(s -> s.count(new org.apache.lucene.search.TermQuery(
          new org.apache.lucene.index.Term(IndexSchema.ARCHIVE.idField().fieldName(), id))) > 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rebuilds from the database beside the live index; searches go on meanwhile. */
  public long rebuild() throws IOException {
    synchronized (applying) {
      Long maxSeq = em.createQuery("SELECT MAX(o.seq) FROM SearchOutboxEntry o", Long.class).getSingleResult();
      List<Long> caseIds = em.createQuery("SELECT c.id FROM EnforcementCase c ORDER BY c.id", Long.class).getResultList();
      rebuildProgress.set(0);
      Iterator<IndexDocument> docs = new Iterator<>() {
        private final Iterator<Long> ids = caseIds.iterator();
        private Iterator<IndexDocument> current = java.util.Collections.emptyIterator();

        @Override public boolean hasNext() {
          while (!current.hasNext() && ids.hasNext()) {
            em.clear();
            current = documents.forCase(ids.next()).iterator();
            rebuildProgress.incrementAndGet();
          }
          return current.hasNext();
        }

        @Override public IndexDocument next() {
          if (!hasNext()) throw new java.util.NoSuchElementException();
          return current.next();
        }
      };
      long n = store.rebuild(docs, maxSeq == null ? 0 : maxSeq);
      LOG.info("Archive index rebuilt: " + n + " documents from " + caseIds.size() + " cases");
      return n;
    }
  }

  /** Cases processed by the running (or last) rebuild, -1 before any. */
  public long rebuildProgress() { return rebuildProgress.get(); }
}
