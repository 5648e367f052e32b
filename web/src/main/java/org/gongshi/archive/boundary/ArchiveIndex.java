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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongshi.archive.entity.SearchOutboxEntry;
import org.gongshi.archive.entity.StoredFile;
import org.gongshi.platform.Settings;
import org.gongshi.platform.SharedIndexProgress;
import org.gongshi.platform.audit.AuditTrail;
import org.gongshi.search.SearchEngine;
import org.gongshi.search.index.ArchiveField;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexRebuild;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.OutboxEntry;
import org.gongshi.search.query.SearchExecutor;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;

/**
 * The node's archive index, fed from the transactional outbox: every second the rows after the
 * sequence stored in the last Lucene commit are applied in order. A crash loses nothing (the rows
 * are replayed); a rebuild builds beside the live index and swaps.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ArchiveIndex {
  private static final Logger LOG = Logger.getLogger(ArchiveIndex.class.getName());
  static final int BATCH = 500;

  /** Cases one repair indexes again at most (one transaction); a larger loss wants a rebuild. */
  static final int REPAIR_CASES = 5000;

  @Inject Settings settings;
  @Inject ArchiveIndexDocuments documents;
  @Inject AuditTrail audit;
  @Inject org.gongshi.platform.SearchBackends backends;
  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService searchThreads;
  @PersistenceContext EntityManager em;
  @Inject org.gongshi.platform.cluster.SearchReplicas replicas;
  @Inject org.gongshi.platform.cluster.ClusterJobs jobs;

  /** The position last reported to the other nodes, and when. */
  private volatile long reportedSeq = -1;

  private volatile long reportedAt;

  /**
   * Set when the outbox was pruned past this index's position (the node was down longer than a live
   * replica may be): the first tick rebuilds it from the database.
   */
  private volatile boolean rebuildBehindPrune;

  @jakarta.annotation.Resource(lookup = "java:jboss/datasources/GongshiDS")
  javax.sql.DataSource ds;

  /** The row of this index in search_applied (used when the index is shared: OpenSearch). */
  static final String SHARED_NAME = "archive";

  private SearchEngine engine;

  /**
   * Outbox numbers skipped over by this embedded index: a row whose transaction committed after a
   * higher one was applied. They are asked for again for two minutes (then the hourly repair).
   */
  private final org.gongshi.platform.cluster.FeedPosition position =
      new org.gongshi.platform.cluster.FeedPosition(0, LATE_ROW_HOLD_MILLIS);

  static final long LATE_ROW_HOLD_MILLIS = 120_000;

  /** Late rows asked for in one query at most. */
  static final int LATE_ROWS = 500;

  private volatile long rebuildSequence;
  private final Object applying = new Object();
  private final AtomicLong rebuildProgress = new AtomicLong(-1);

  /**
   * Set when the index was made by an earlier Chinese analysis: the first tick starts a rebuild.
   */
  private volatile boolean rebuildForAnalysis;

  /**
   * Set when the index opened empty at sequence 0 beside a database that already holds cases (a
   * restore, or a deleted index; not a first start, whose demo data commits later): the first tick
   * starts a rebuild, and the outbox is not replayed from its start meanwhile (the rebuild covers
   * it, and replaying every row re-indexes a case once per change).
   */
  private volatile boolean emptyAtStart;

  /** Set while the rebuild of an index that opened empty runs: the outbox waits for it. */
  private volatile boolean rebuildingEmpty;

  @PostConstruct
  void open() {
    try {
      // a large index is searched slice by slice on the server's cores
      engine = backends.open("archive", IndexSchema.ARCHIVE, searchThreads);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the archive index in " + settings.indexDir(), e);
    }
    LOG.info("Archive index open at outbox sequence " + engine.lastAppliedSequence());
    rebuildForAnalysis = engine.analysisOutdated();
    long pruned = replicas.prunedThrough("archive");
    rebuildBehindPrune = engine.lastAppliedSequence() < pruned;
    if (engine.ready() == false) {
      // a cluster that is down at deployment: the outbox waits, the first tick it answers catches
      // up
      LOG.warning("Archive index cannot be reached now: searches answer 503 until it is back");
      return;
    }
    try {
      emptyAtStart =
          engine.lastAppliedSequence() == 0
              && engine.size() == 0
              && em.createQuery("SELECT COUNT(c) FROM EnforcementCase c", Long.class)
                      .getSingleResult()
                  > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the archive index in " + settings.indexDir(), e);
    }
  }

  @PreDestroy
  void close() {
    try {
      engine.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the archive index", e);
    }
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void poll() {
    if (emptyAtStart) {
      emptyAtStart = false;
      rebuildEmpty();
    }
    if (rebuildingEmpty) return;
    if (rebuildForAnalysis) {
      rebuildForAnalysis = false;
      try {
        long id = startRebuildJob();
        LOG.info(
            "Archive index was made by an earlier Chinese analysis: rebuilding it (job "
                + id
                + "); searches go on meanwhile");
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Could not start the archive index rebuild; POST /api/search/rebuild starts it",
            e);
      }
    }
    if (rebuildBehindPrune) {
      rebuildBehindPrune = false;
      try {
        long id = startRebuildJob();
        LOG.info(
            "Archive index is behind the pruned outbox (this node was away): rebuilding it (job "
                + id
                + ")");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not start the archive index rebuild", e);
      }
    }
    try {
      while (applyPending() == BATCH) {
        // drain a backlog before the next tick
      }
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "Applying the search outbox failed; retrying next tick", e);
    }
    reportPosition();
  }

  /** Tells the other nodes (and the outbox pruning) how far this replica applied the outbox. */
  private void reportPosition() {
    long seq = engine.lastAppliedSequence();
    long now = System.currentTimeMillis();
    if (seq == reportedSeq && now - reportedAt < 30_000) return;
    if (rebuilding != null || rebuildingEmpty) return; // the rebuild's rows are not applied yet
    replicas.report("archive", seq);
    reportedSeq = seq;
    reportedAt = now;
  }

  /**
   * Every five minutes one node deletes the outbox rows that every live replica has applied (each
   * node keeps its own index, so each has its own position), and forgets job claims older than 30
   * days.
   */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void pruneOutbox() {
    if (!jobs.claim(
        "outbox-prune",
        org.gongshi.platform.cluster.ClusterJobs.period(java.time.Duration.ofMinutes(5)))) return;
    jobs.forget(java.time.Duration.ofDays(30));
    int n = replicas.prune("archive");
    if (n > 0) LOG.info("Search outbox: " + n + " rows applied by every live replica pruned");
  }

  /** An empty index beside a database with cases (after a restore): rebuilt by the batch job. */
  private void rebuildEmpty() {
    try {
      rebuildingEmpty = true;
      long id = startRebuildJob();
      LOG.info(
          "Archive index is empty and the database holds cases (a restore?): rebuilding it (job "
              + id
              + ")");
    } catch (RuntimeException e) {
      rebuildingEmpty = false; // the outbox replay builds it instead
      LOG.log(Level.WARNING, "Could not start the rebuild of the empty archive index", e);
    }
  }

  /**
   * Applies outbox rows after the last applied sequence; returns how many rows were read. An
   * embedded index keeps that sequence in its own commit; a shared one (OpenSearch) in the
   * database, whose row this transaction locks first: when another node holds it, this node skips
   * its turn (returns 0).
   */
  public int applyPending() throws IOException {
    synchronized (applying) {
      boolean shared = engine.shared();
      long after;
      if (shared) {
        java.util.Optional<SharedIndexProgress.Claim> claim = claim();
        if (claim.isEmpty()) return 0; // another node is applying
        after = claim.get().appliedSequence().orElse(engine.lastAppliedSequence());
        engine.resumeAfter(after);
      } else {
        after = engine.lastAppliedSequence();
        if (position.through() != after) position.reset(after); // a rebuild or the first tick
        applyLateRows();
      }
      List<SearchOutboxEntry> rows =
          em.createNamedQuery(SearchOutboxEntry.AFTER, SearchOutboxEntry.class)
              .setParameter("seq", after)
              .setMaxResults(BATCH)
              .getResultList();
      if (rows.isEmpty()) return 0;
      // each row re-reads its document's current state, so of several rows for one id only the
      // newest needs applying (a case: row indexes every document of the case: 366 uploads to one
      // case after a node's restart were 366 copies of the whole case in memory)
      java.util.LinkedHashMap<String, SearchOutboxEntry> newest = new java.util.LinkedHashMap<>();
      for (SearchOutboxEntry row : rows) {
        newest.remove(row.getDocId());
        newest.put(row.getDocId(), row);
      }
      List<OutboxEntry> entries = new ArrayList<>();
      for (SearchOutboxEntry row : newest.values()) entries.addAll(toEntries(row));
      long last = rows.get(rows.size() - 1).getSeq();
      if (entries.isEmpty() || entries.get(entries.size() - 1).seq() != last) {
        // nothing to write for the last rows: still record that they were seen
        entries.add(OutboxEntry.delete(last, "none:" + last));
      }
      engine.applyBatch(entries);
      engine.refresh();
      if (shared) record(last);
      else position.seen(rows.stream().map(SearchOutboxEntry::getSeq).toList(), now());
      em.clear();
      return rows.size();
    }
  }

  /**
   * Applies the rows that appeared below the applied sequence since the last ticks (their
   * transactions committed late); each re-reads its document's current state, so applying it after
   * newer rows is right.
   */
  private void applyLateRows() throws IOException {
    long now = now();
    List<Long> holes = position.holes(now).stream().sorted().limit(LATE_ROWS).toList();
    if (holes.isEmpty()) return;
    List<SearchOutboxEntry> late =
        em.createQuery(
                "SELECT e FROM SearchOutboxEntry e WHERE e.seq IN :seqs ORDER BY e.seq",
                SearchOutboxEntry.class)
            .setParameter("seqs", holes)
            .getResultList();
    if (late.isEmpty()) return;
    for (SearchOutboxEntry row : late) {
      for (OutboxEntry e : toEntries(row)) {
        if (e.op() == OutboxEntry.Op.UPSERT) engine.index(e.doc());
        else engine.delete(e.docId());
      }
    }
    engine.commit(engine.lastAppliedSequence());
    engine.refresh();
    position.seen(late.stream().map(SearchOutboxEntry::getSeq).toList(), now);
    LOG.info("Search outbox: applied " + late.size() + " rows that committed after later ones");
  }

  private static long now() {
    return System.currentTimeMillis();
  }

  private java.util.Optional<SharedIndexProgress.Claim> claim() throws IOException {
    // the handle goes back to the pool at close; the connection and its lock stay with the JTA
    // transaction until it ends
    try (java.sql.Connection c = ds.getConnection()) {
      return SharedIndexProgress.claim(c, SHARED_NAME);
    } catch (java.sql.SQLException e) {
      throw new IOException("Cannot claim the search applier row", e);
    }
  }

  private void record(long seq) throws IOException {
    try (java.sql.Connection c = ds.getConnection()) {
      SharedIndexProgress.record(
          c, SHARED_NAME, seq, SharedIndexProgress.nodeName(), java.time.Instant.now());
    } catch (java.sql.SQLException e) {
      throw new IOException("Cannot record the applied search sequence", e);
    }
  }

  /** The applied sequence: the index's own, or for a shared index the database's record. */
  private long appliedSequence() {
    if (engine.shared()) {
      try (java.sql.Connection c = ds.getConnection()) {
        return SharedIndexProgress.read(c, SHARED_NAME).orElse(engine.lastAppliedSequence());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("Cannot read the applied search sequence", e);
      }
    }
    return engine.lastAppliedSequence();
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
    return engine.search(request);
  }

  public long lastAppliedSequence() {
    return appliedSequence();
  }

  /** Readiness for /health: the index is open and answers a search. */
  @org.eclipse.microprofile.health.Readiness
  @jakarta.enterprise.context.ApplicationScoped
  public static class Health implements org.eclipse.microprofile.health.HealthCheck {
    @Inject ArchiveIndex index;
    @Inject org.gongshi.platform.SearchBackends backends;

    @Override
    public org.eclipse.microprofile.health.HealthCheckResponse call() {
      try {
        long cases = index.count("case");
        return org.eclipse.microprofile.health.HealthCheckResponse.named("search-index")
            .up()
            .withData("cases", cases)
            .withData("outboxSequence", index.lastAppliedSequence())
            .withData("backend", backends.backend())
            .build();
      } catch (RuntimeException e) {
        return org.eclipse.microprofile.health.HealthCheckResponse.named("search-index")
            .down()
            .withData("error", e.getClass().getSimpleName())
            .build();
      }
    }
  }

  /** Counts of indexed documents by kind ("case", "document"), exact. */
  public long count(String kind) {
    return engine.count(SearchRequest.of("").withFilter(ArchiveField.KIND, java.util.Set.of(kind)));
  }

  /** The ids of every indexed document of a kind ("case:1", "doc:7"…). */
  public java.util.Set<String> ids(String kind) {
    return engine.ids(SearchRequest.of("").withFilter(ArchiveField.KIND, java.util.Set.of(kind)));
  }

  /** A text with every match of the query marked hit-first, hit-first+1… (escaped HTML). */
  public SearchExecutor.Marked markAll(String query, String text, int first) {
    return engine.markAll(query, text, first);
  }

  public boolean contains(String id) {
    return engine.contains(id);
  }

  /** Database against index, by id: what is missing from the index and what it holds in excess. */
  public record Drift(
      long casesInDatabase,
      long casesInIndex,
      long documentsInDatabase,
      long documentsInIndex,
      java.util.SortedSet<String> missing,
      java.util.SortedSet<String> stale,
      long outboxBehind) {
    public boolean consistent() {
      return missing.isEmpty() && stale.isEmpty() && outboxBehind == 0;
    }
  }

  /**
   * What a repair did: the ids it re-indexed (with their cases' documents) and the ids it deleted.
   */
  public record Repair(
      java.time.Instant at, String by, List<String> reindexed, List<String> deleted) {}

  private volatile Repair lastRepair;

  /** Compares every case and document id of the database with the index. */
  public Drift drift() {
    synchronized (applying) {
      java.util.SortedSet<String> expectedCases = new java.util.TreeSet<>();
      em.createQuery("SELECT c.id FROM EnforcementCase c", Long.class)
          .getResultList()
          .forEach(id -> expectedCases.add("case:" + id));
      java.util.SortedSet<String> expectedDocs = new java.util.TreeSet<>();
      em.createQuery("SELECT d.id FROM CaseDocument d", Long.class)
          .getResultList()
          .forEach(id -> expectedDocs.add("doc:" + id));
      java.util.Set<String> indexed = ids("case");
      java.util.Set<String> indexedDocs = ids("document");
      long casesInIndex = indexed.size();
      long docsInIndex = indexedDocs.size();
      indexed.addAll(indexedDocs);
      java.util.SortedSet<String> missing = new java.util.TreeSet<>(expectedCases);
      missing.addAll(expectedDocs);
      missing.removeAll(indexed);
      java.util.SortedSet<String> stale = new java.util.TreeSet<>(indexed);
      stale.removeAll(expectedCases);
      stale.removeAll(expectedDocs);
      Long maxSeq =
          em.createQuery("SELECT MAX(o.seq) FROM SearchOutboxEntry o", Long.class)
              .getSingleResult();
      long behind = Math.max(0, (maxSeq == null ? 0 : maxSeq) - appliedSequence());
      return new Drift(
          expectedCases.size(),
          casesInIndex,
          expectedDocs.size(),
          docsInIndex,
          missing,
          stale,
          behind);
    }
  }

  /**
   * Applies the pending outbox, then repairs what still differs: a missing case or document is
   * indexed again (its whole case), an id the database no longer has is deleted. Committed at the
   * current outbox sequence; audited when anything was repaired.
   */
  public Repair repair(String by) throws IOException {
    synchronized (applying) {
      while (applyPending() == BATCH) {
        // catch up first: rows in flight are not drift
      }
      Drift d = drift();
      java.util.Map<String, Long> caseOf = new java.util.LinkedHashMap<>();
      for (String id : d.missing()) {
        long n = Long.parseLong(id.substring(id.indexOf(':') + 1));
        if (id.startsWith("case:")) {
          caseOf.put(id, n);
        } else {
          org.gongshi.archive.entity.CaseDocument doc =
              em.find(org.gongshi.archive.entity.CaseDocument.class, n);
          if (doc != null) caseOf.put(id, doc.getEnforcementCase().getId());
        }
      }
      java.util.SortedSet<Long> cases = new java.util.TreeSet<>(caseOf.values());
      java.util.Set<Long> indexedCases = new java.util.HashSet<>();
      int done = 0;
      for (long caseId : cases) {
        if (done++ == REPAIR_CASES) {
          LOG.warning(
              "Search index drift: more than "
                  + REPAIR_CASES
                  + " cases missing; the rest next time (or rebuild)");
          break;
        }
        for (IndexDocument doc : documents.forCase(caseId)) engine.index(doc);
        indexedCases.add(caseId);
        em.clear();
      }
      for (String id : d.stale()) engine.delete(id);
      List<String> reindexed =
          caseOf.entrySet().stream()
              .filter(e -> indexedCases.contains(e.getValue()))
              .map(java.util.Map.Entry::getKey)
              .toList();
      Repair r = new Repair(java.time.Instant.now(), by, reindexed, List.copyOf(d.stale()));
      if (!indexedCases.isEmpty() || !d.stale().isEmpty()) {
        engine.commit(engine.lastAppliedSequence());
        engine.refresh();
        LOG.warning(
            "Search index drift repaired by "
                + by
                + ": re-indexed "
                + r.reindexed().size()
                + " "
                + head(r.reindexed())
                + ", deleted "
                + r.deleted().size()
                + " "
                + head(r.deleted()));
        audit.append(
            by,
            "SEARCH_INDEX_REPAIRED",
            "SearchIndex",
            "archive",
            null,
            "re-indexed "
                + r.reindexed().size()
                + ": "
                + head(r.reindexed())
                + "; deleted "
                + r.deleted().size()
                + ": "
                + head(r.deleted()));
      }
      lastRepair = r;
      return r;
    }
  }

  /** Hourly drift check and repair. */
  @Schedule(minute = "23", hour = "*", persistent = false)
  void scheduledRepair() {
    try {
      repair("system");
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Search index drift check failed; next hour retries", e);
    }
  }

  /** The last repair since start (scheduled or asked for), or null. */
  public Repair lastRepair() {
    return lastRepair;
  }

  private static String head(List<String> ids) {
    return ids.size() <= 20 ? ids.toString() : ids.subList(0, 20) + "…";
  }

  private volatile IndexRebuild rebuilding;
  private volatile long rebuildOwner;
  private final AtomicLong rebuildTotal = new AtomicLong(-1);

  /**
   * Starts the Jakarta Batch job that rebuilds this index from the database; returns its execution
   * id.
   */
  public long startRebuildJob() {
    return jakarta.batch.runtime.BatchRuntime.getJobOperator()
        .start("rebuild-archive-index", new java.util.Properties());
  }

  /**
   * Starts a rebuild beside the live index, as of the outbox's current sequence (later rows are
   * replayed onto the new index after the swap); searches go on meanwhile. Fed by {@link
   * #rebuildCases(List)} chunk by chunk, ended by {@link #finishRebuild()} or {@link
   * #abortRebuild()}.
   */
  public void beginRebuild(long jobExecutionId) throws IOException {
    Long maxSeq =
        em.createQuery("SELECT MAX(o.seq) FROM SearchOutboxEntry o", Long.class).getSingleResult();
    long total =
        em.createQuery("SELECT COUNT(c) FROM EnforcementCase c", Long.class).getSingleResult();
    rebuildSequence = maxSeq == null ? 0 : maxSeq;
    rebuilding = engine.startRebuild(rebuildSequence);
    rebuildOwner = jobExecutionId;
    rebuildTotal.set(total);
    rebuildProgress.set(0);
  }

  /** The next case ids after {@code afterId}, in id order: one chunk of the rebuild's reader. */
  public List<Long> caseIdsAfter(long afterId, int max) {
    return em.createQuery(
            "SELECT c.id FROM EnforcementCase c WHERE c.id > :after ORDER BY c.id", Long.class)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Adds cases (and their documents) to the running rebuild, in the caller's (chunk's) transaction.
   */
  public void rebuildCases(List<Long> caseIds) throws IOException {
    IndexRebuild r = rebuilding;
    if (r == null) throw new IllegalStateException("no rebuild running");
    for (long id : caseIds) {
      for (IndexDocument doc : documents.forCase(id)) r.add(doc);
      rebuildProgress.incrementAndGet();
    }
    em.clear();
  }

  /** Commits the rebuilt index and swaps it in; returns the number of index documents. */
  public long finishRebuild() throws IOException {
    IndexRebuild r = rebuilding;
    if (r == null) throw new IllegalStateException("no rebuild running");
    long n = r.finish();
    if (engine.shared()) {
      // the rebuilt index holds the state as of its sequence: rows after it are applied again
      try (java.sql.Connection c = ds.getConnection()) {
        SharedIndexProgress.lowerTo(
            c,
            SHARED_NAME,
            rebuildSequence,
            SharedIndexProgress.nodeName(),
            java.time.Instant.now());
      } catch (java.sql.SQLException e) {
        throw new IOException("Cannot record the rebuilt index's sequence", e);
      }
    }
    rebuilding = null;
    rebuildingEmpty = false;
    LOG.info("Archive index rebuilt: " + n + " documents from " + rebuildProgress.get() + " cases");
    return n;
  }

  /** Drops the rebuild a failed or stopped job started; the live index stays. */
  public void abortRebuild(long jobExecutionId) throws IOException {
    rebuildingEmpty = false; // the outbox replay takes over
    IndexRebuild r = rebuilding;
    if (r != null && rebuildOwner == jobExecutionId) {
      rebuilding = null;
      r.abort();
      LOG.warning("Archive index rebuild aborted after " + rebuildProgress.get() + " cases");
    }
  }

  /** Cases in the database when the running (or last) rebuild started, -1 before any. */
  public long rebuildTotal() {
    return rebuildTotal.get();
  }

  /** Cases processed by the running (or last) rebuild, -1 before any. */
  public long rebuildProgress() {
    return rebuildProgress.get();
  }
}
