package org.gongshi.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.Settings;
import org.gongshi.portal.control.FineBand;
import org.gongshi.portal.entity.PublicationChanged;
import org.gongshi.portal.entity.PublicationStatus;
import org.gongshi.portal.entity.PublishedDecision;
import org.gongshi.search.SearchEngine;
import org.gongshi.search.index.IndexDocument;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.PublicField;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.gongshi.search.query.Synonyms;

/**
 * The public index (the portal's Chinese search): power-list items (kind "item") and published
 * decisions (kind "decision", status PUBLISHED only, public columns only). Rebuilt from the
 * database at start-up and on request; follows publications and catalog imports after commit.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublicIndex {
  @Inject Clock clock;
  private static final Logger LOG = Logger.getLogger(PublicIndex.class.getName());
  public static final String ITEM = "item";
  public static final String DECISION = "decision";

  @Inject Settings settings;
  @Inject org.gongshi.platform.SearchBackends backends;
  @Inject PublicItemSource catalog;
  @Inject org.gongshi.platform.cluster.ChangeFeed feed;
  @Inject org.gongshi.platform.cluster.ClusterJobs jobs;
  @PersistenceContext EntityManager em;

  private final ReentrantLock writeLock =
      new ReentrantLock(); // a change waits for a running rebuild, then applies
  private SearchEngine engine;
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * Set when a change could not be written (the cluster was down at start-up or at a publication):
   * the next tick at which the index answers rebuilds it from the database.
   */
  private volatile boolean stale;

  /**
   * How far this node's embedded index followed the public changes of all nodes (unused with a
   * shared index, which the changing node writes for everyone).
   */
  private final org.gongshi.platform.cluster.FeedPosition followed =
      new org.gongshi.platform.cluster.FeedPosition(0, FEED_HOLD_MILLIS);

  /**
   * How long a change numbered below one already seen is awaited (its transaction commits late).
   */
  static final long FEED_HOLD_MILLIS = 120_000;

  static final int FOLLOW_BATCH = 500;

  /** How long the public changes are kept: a node away longer rebuilds its index at start. */
  static final java.time.Duration FEED_KEPT = java.time.Duration.ofDays(7);

  /** How many documents a rebuild wrote. */
  public record Rebuilt(long items, long decisions) {}

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a rebuild may outlast any timeout
  void open() {
    try {
      engine = backends.open("public", IndexSchema.PUBLIC, null);
      if (engine.ready() == false) {
        stale = true;
        LOG.warning(
            "Public index cannot be reached now: rebuilt from the database once it answers");
        return;
      }
      long expected =
          em.createQuery("SELECT COUNT(p) FROM PublishedDecision p WHERE p.status = :s", Long.class)
                  .setParameter("s", PublicationStatus.PUBLISHED)
                  .getSingleResult()
              + itemsInForce().size();
      long indexed = engine.size();
      followed.reset(engine.lastAppliedSequence());
      boolean behindPrune = !engine.shared() && engine.lastAppliedSequence() < feed.prunedThrough();
      if (engine.analysisOutdated()) {
        LOG.info("Public index was made by an earlier Chinese analysis: rebuilding it");
      } else if (behindPrune) {
        LOG.info(
            "Public index is behind the kept public changes (this node was away): rebuilding it");
      } else if (indexed == expected && expected > 0) {
        LOG.info(
            "Public index up to date: "
                + indexed
                + " documents (POST /api/public-index/rebuild rebuilds it)");
        return;
      }
      Rebuilt r = rebuild();
      LOG.info(
          "Public index rebuilt: "
              + r.items()
              + " power-list items, "
              + r.decisions()
              + " published decisions");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() {
    try {
      engine.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the public index", e);
    }
  }

  /** Catches up after an outage: a stale index is rebuilt as soon as it answers again. */
  @jakarta.ejb.Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void catchUp() {
    if (stale == false || engine.ready() == false) return;
    stale = false;
    try {
      Rebuilt r = rebuild();
      LOG.info(
          "Public index back: rebuilt with "
              + r.items()
              + " power-list items and "
              + r.decisions()
              + " published decisions");
    } catch (RuntimeException e) {
      stale = true;
      LOG.log(Level.WARNING, "Rebuilding the public index after an outage failed; retrying", e);
    }
  }

  /**
   * Reads every public item and published decision and swaps in a fresh index. Outside a
   * transaction: it only reads, page by page, and at 100,000 decisions on a loaded machine it
   * outlasted WildFly's 300 s transaction timeout.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Rebuilt rebuild() {
    writeLock.lock();
    try {
      long[] decisions = {0};
      long[] lastRead = {0};
      // decisions are read page by page (after the last id read: an offset would make the database
      // skip every earlier row again, and a rebuild of 1M took over 25 min) while the index is
      // written: memory stays flat at any count
      java.util.Iterator<IndexDocument> all =
          java.util.stream.Stream.concat(
                  // read lazily, after the head below, as the decisions: a catalog change made
                  // before the head is in what is read, one made after it is followed again
                  java.util.stream.Stream.of(this)
                      .flatMap(index -> index.itemsInForce().stream())
                      .map(PublicIndex::item),
                  // generated lazily: the first page too is read after the head below
                  java.util.stream.Stream.generate(
                          () -> {
                            List<PublishedDecision> page = decisionsAfter(lastRead[0]);
                            if (!page.isEmpty()) lastRead[0] = page.get(page.size() - 1).getId();
                            return page;
                          })
                      .takeWhile(page -> !page.isEmpty())
                      .flatMap(
                          page -> {
                            List<IndexDocument> out =
                                page.stream().map(PublicIndex::decision).toList();
                            em.clear();
                            return out.stream();
                          })
                      .peek(d -> decisions[0]++))
              .iterator();
      // changes after this point are followed again (applying one twice writes the same document)
      long head = engine.shared() ? engine.lastAppliedSequence() : feed.head();
      long written = engine.rebuild(all, head);
      followed.reset(head);
      generation.incrementAndGet();
      return new Rebuilt(written - decisions[0], decisions[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writeLock.unlock();
    }
  }

  /** The next page of published decisions in id order, after the given id. */
  private List<PublishedDecision> decisionsAfter(long lastId) {
    return em.createQuery(
            "SELECT p FROM PublishedDecision p WHERE p.status = :s AND p.id > :last ORDER BY p.id",
            PublishedDecision.class)
        .setParameter("s", PublicationStatus.PUBLISHED)
        .setParameter("last", lastId)
        .setMaxResults(settings.indexRebuildPage())
        .getResultList();
  }

  /**
   * Follows the public changes made through every node (a cluster shares the database, not this
   * embedded index): publications, withdrawals and take-downs are applied to this node's index, and
   * a changed power list is read again. A change made through this node was applied at its commit
   * already; applying it again writes the same document.
   */
  @jakarta.ejb.Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void follow() {
    if (engine == null || engine.shared() || stale || !engine.ready()) return;
    long now = System.currentTimeMillis();
    List<org.gongshi.platform.cluster.ChangeFeed.Change> changes =
        feed.after(followed.through(), followed.holes(now), FOLLOW_BATCH);
    if (changes.isEmpty()) return;
    writeLock.lock();
    try {
      java.util.Set<Long> decisions = new java.util.LinkedHashSet<>();
      java.util.Set<Long> agencies = new java.util.LinkedHashSet<>();
      for (var c : changes) {
        if (org.gongshi.platform.cluster.ChangeFeed.PUBLICATION.equals(c.kind()))
          decisions.add(c.ref());
        else if (org.gongshi.platform.cluster.ChangeFeed.CATALOG.equals(c.kind()))
          agencies.add(c.ref());
      }
      for (long id : decisions) indexDecision(id);
      for (long agencyId : agencies) {
        catalog.forget(agencyId);
        indexItems(agencyId);
      }
      em.clear();
      followed.seen(changes.stream().map(c -> c.seq()).toList(), now);
      // a change still awaited below the position is asked for again after a restart too
      long safe =
          followed.holes(now).stream().mapToLong(s -> s - 1).min().orElse(followed.through());
      engine.commit(Math.min(safe, followed.through()));
      engine.refresh();
    } catch (IOException | RuntimeException e) {
      stale = true;
      LOG.log(
          Level.WARNING,
          "Following the public changes of the cluster failed; the index is rebuilt once it answers",
          e);
    } finally {
      writeLock.unlock();
    }
  }

  /** One node an hour forgets the public changes older than {@link #FEED_KEPT}. */
  @jakarta.ejb.Schedule(minute = "41", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void pruneChanges() {
    if (!jobs.claim(
        "public-change-prune",
        org.gongshi.platform.cluster.ClusterJobs.period(java.time.Duration.ofHours(1)))) return;
    int n = feed.prune(FEED_KEPT);
    if (n > 0) LOG.info("Public changes: " + n + " rows older than " + FEED_KEPT + " pruned");
  }

  /**
   * After a publication, withdrawal or take-down commits: the decision is searchable (or gone) at
   * once.
   */
  @TransactionAttribute(
      TransactionAttributeType.REQUIRES_NEW) // the publishing transaction has ended
  public void onPublication(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationChanged event) {
    writeLock.lock();
    try {
      indexDecision(event.publishedDecisionId());
      engine.commit(engine.lastAppliedSequence());
      engine.refresh();
    } catch (IOException | RuntimeException e) {
      stale = true;
      LOG.log(
          Level.WARNING,
          "Updating the public index after publication "
              + event.publishedDecisionId()
              + " failed; it is rebuilt once the index answers again",
          e);
    } finally {
      writeLock.unlock();
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // the import's transaction has ended
  public void onImport(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          PublicItemSource.PublicItemsChanged event) {
    writeLock.lock();
    try {
      indexItems(event.agencyId());
      engine.commit(engine.lastAppliedSequence());
      engine.refresh();
    } catch (IOException | RuntimeException e) {
      stale = true;
      LOG.log(
          Level.WARNING,
          "Updating the public index after a catalog import failed; it is rebuilt once the index"
              + " answers again",
          e);
    } finally {
      writeLock.unlock();
    }
  }

  /** The decision as the table holds it now: indexed while published, gone otherwise. */
  private void indexDecision(long id) throws IOException {
    PublishedDecision p = em.find(PublishedDecision.class, id);
    if (p != null && p.getStatus() == PublicationStatus.PUBLISHED) engine.index(decision(p));
    else engine.delete(decisionId(id));
  }

  private void indexItems(long agencyId) throws IOException {
    for (PublicItemSource.PublicItem i : catalog.items(agencyId, LocalDate.now(clock))) {
      if (i.inForce()) engine.index(item(i));
      else engine.delete(itemId(i.agencyId(), i.code()));
    }
  }

  /**
   * Counts the rebuilds since start: what was derived from the table before a rebuild (which may
   * follow changes made outside the application) is not trusted after it.
   */
  public long generation() {
    return generation.get();
  }

  /** Runs a search on the public index. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public SearchResult search(SearchRequest request) {
    return engine.search(request);
  }

  /** Item codes matching the words, per the portal's Chinese analysis ("agencyId:code"). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Set<String> matching(String q, Long agencyId) {
    SearchRequest r =
        SearchRequest.of(q)
            .withFilter(PublicField.KIND, Set.of(ITEM))
            .withPageSize(1000)
            .withFacets(false)
            .withHighlight(false);
    if (agencyId != null) r = r.withFilter(PublicField.AGENCY_ID, Set.of(String.valueOf(agencyId)));
    return search(r).hits().stream()
        .map(h -> h.id().substring((ITEM + ":").length()))
        .collect(Collectors.toSet());
  }

  static String itemId(long agencyId, String code) {
    return ITEM + ":" + agencyId + ":" + code;
  }

  static String decisionId(long id) {
    return DECISION + ":" + id;
  }

  /** The published decision id of a hit, or null for other kinds. */
  static Long decisionIdOf(SearchResult.Hit hit) {
    return hit.id().startsWith(DECISION + ":")
        ? Long.valueOf(hit.id().substring(DECISION.length() + 1))
        : null;
  }

  private List<PublicItemSource.PublicItem> itemsInForce() {
    LocalDate today = LocalDate.now(clock);
    return catalog.agencyIds().stream()
        .flatMap(id -> catalog.items(id, today).stream())
        .filter(PublicItemSource.PublicItem::inForce)
        .toList();
  }

  private static IndexDocument item(PublicItemSource.PublicItem i) {
    return IndexDocument.builder(itemId(i.agencyId(), i.code()))
        .add(PublicField.KIND, ITEM)
        .add(PublicField.AGENCY_ID, String.valueOf(i.agencyId()))
        .add(PublicField.AGENCY_NAME, i.agencyName())
        .add(PublicField.TITLE, i.name())
        .add(PublicField.ITEM_CODE, i.code())
        .add(PublicField.ITEM_CATEGORY, i.kindLabel())
        .add(PublicField.DOMAIN, i.domain())
        .add(PublicField.LEGAL_BASIS, i.legalBasis())
        .add(PublicField.CONTENT, i.content())
        .build();
  }

  /** Only the public columns of a PUBLISHED decision. */
  static IndexDocument decision(PublishedDecision p) {
    String content =
        p.getPublicText() != null && !p.getPublicText().isBlank()
            ? p.getPublicText()
            : join(p.getFacts(), p.getPenaltyContent());
    return IndexDocument.builder(decisionId(p.getId()))
        .add(PublicField.KIND, DECISION)
        .add(PublicField.AGENCY_ID, String.valueOf(p.getAgencyId()))
        .add(PublicField.AGENCY_NAME, p.getAgencyName())
        .add(PublicField.TITLE, p.getPartyName())
        .add(PublicField.DECISION_NUMBER, p.getDecisionNumber())
        .add(PublicField.PARTIES, p.getPartyName())
        .add(PublicField.USCC, p.getPartyUscc())
        .add(PublicField.VIOLATION, join(p.getViolationType(), p.getFacts()))
        .add(PublicField.ITEM_CODE, p.getCatalogCode())
        .addAll(
            PublicField.VIOLATION_CATEGORY,
            Synonyms.standard().categories(join(p.getViolationType(), p.getFacts())))
        .add(PublicField.FINE_BAND, FineBand.of(p.getFineWan()))
        .add(PublicField.LEGAL_BASIS, p.getLegalBasis())
        .add(PublicField.CONTENT, content)
        .add(PublicField.DOMAIN, p.getDomain())
        .addAll(PublicField.PENALTY_TYPES, penaltyTypes(p.getPenaltyTypes()))
        .add(PublicField.PROCEDURE, p.getProcedureKind())
        .add(PublicField.DECISION_DATE, p.getDecidedOn())
        .add(PublicField.PUBLISHED_DATE, p.getPublishedAt().atZone(Clocks.CHINA).toLocalDate())
        .build();
  }

  /** "罚款；没收违法所得" → its kinds. */
  public static List<String> penaltyTypes(String joined) {
    if (joined == null || joined.isBlank()) return List.of();
    return Arrays.stream(joined.split("[；;、,，]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) return b;
    if (b == null || b.isBlank()) return a;
    return a + "\n" + b;
  }
}
