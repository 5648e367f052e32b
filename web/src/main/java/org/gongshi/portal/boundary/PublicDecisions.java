package org.gongshi.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.platform.store.ContentStore;
import org.gongshi.portal.control.FineBand;
import org.gongshi.portal.control.PortalQuery;
import org.gongshi.portal.entity.PublicationStatus;
import org.gongshi.portal.entity.PublishedDecision;
import org.gongshi.search.index.ChineseAnalysis;
import org.gongshi.search.index.PublicField;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.gongshi.search.query.Synonyms;

/**
 * Everything the public may read: published_decision rows, agency names and the public index. Every
 * list is re-checked against the table, so a decision withdrawn a moment ago never shows its text
 * even before the index has followed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicDecisions {
  @PersistenceContext EntityManager em;
  @Inject PublicIndex index;
  @Inject ContentStore contentStore;

  /**
   * A hit as the portal shows it: the row, its highlighted snippet (HTML, already escaped) and,
   * when it matched a typed word only through a synonym, why (plain text), else null.
   */
  public record Found(PublishedDecision decision, String snippet, String why) {
    public Found(PublishedDecision decision, String snippet) {
      this(decision, snippet, null);
    }
  }

  /** A facet value with its label and count. */
  public record Facet(String value, String label, long count) {}

  /** One page of a public search. */
  public record Page(
      PortalQuery query,
      long total,
      List<Found> hits,
      Map<String, List<Facet>> facets,
      String nextCursor,
      boolean approximate) {
    public int pages() {
      return (int) Math.min(Integer.MAX_VALUE, (total + query.size() - 1) / query.size());
    }

    public boolean hasNext() {
      return (long) query.page() * query.size() < total;
    }
  }

  public Optional<PublishedDecision> find(long id) {
    return Optional.ofNullable(em.find(PublishedDecision.class, id));
  }

  /** The PDF of a published decision in the content store, if any. */
  public Optional<Path> pdf(PublishedDecision d) {
    if (!d.isPublic() || d.getPdfSha256() == null) return Optional.empty();
    Path p = contentStore.pathOf(d.getPdfSha256());
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * Agency names by id, read at most once a minute (as long as the portal's pages are cached): a
   * profile of the search page under load put 4.5 % of its samples in this query on every request.
   */
  public Map<Long, String> agencyNames() {
    AgencyNames cached = names;
    long now = System.nanoTime();
    if (cached != null && now - cached.readAt() < NAMES_TTL_NANOS) return cached.byId();
    Map<Long, String> m = new LinkedHashMap<>();
    for (Agency a : em.createNamedQuery(Agency.ALL, Agency.class).getResultList())
      m.put(a.getId(), a.getName());
    Map<Long, String> byId = java.util.Collections.unmodifiableMap(m);
    names = new AgencyNames(byId, now);
    return byId;
  }

  private static final long NAMES_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

  private record AgencyNames(Map<Long, String> byId, long readAt) {}

  private volatile AgencyNames names;

  /** The newest publications. */
  public List<PublishedDecision> latest(int n) {
    return em.createQuery(
            "SELECT p FROM PublishedDecision p WHERE p.status = :s ORDER BY p.publishedAt DESC, p.id DESC",
            PublishedDecision.class)
        .setParameter("s", PublicationStatus.PUBLISHED)
        .setMaxResults(n)
        .getResultList();
  }

  /** Every published decision (id and last change), for the sitemap. */
  public List<Object[]> publishedIdsAndUpdates() {
    return em.createQuery(
            "SELECT p.id, p.updatedAt FROM PublishedDecision p WHERE p.status = :s ORDER BY p.id",
            Object[].class)
        .setParameter("s", PublicationStatus.PUBLISHED)
        .setMaxResults(45_000)
        .getResultList();
  }

  /**
   * Published rows by id, in the given order; withdrawn or missing ones are left out. Read from the
   * table on every call, so a decision withdrawn a moment ago is left out even before the index has
   * followed. (A cache of detached rows checked by version was tried: in four benchmark runs at
   * 100,000 decisions the search page was 10 to 70 % faster without it.)
   */
  public List<PublishedDecision> published(List<Long> ids) {
    if (ids.isEmpty()) return List.of();
    Map<Long, PublishedDecision> byId = new HashMap<>();
    for (int i = 0; i < ids.size(); i += 500) {
      Collection<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
      em.createQuery(
              "SELECT p FROM PublishedDecision p WHERE p.id IN :ids AND p.status = :s",
              PublishedDecision.class)
          .setParameter("ids", chunk)
          .setParameter("s", PublicationStatus.PUBLISHED)
          .getResultList()
          .forEach(p -> byId.put(p.getId(), p));
    }
    return inOrder(ids, byId);
  }

  private static List<PublishedDecision> inOrder(
      List<Long> ids, Map<Long, PublishedDecision> byId) {
    List<PublishedDecision> out = new ArrayList<>(byId.size());
    ids.forEach(
        id -> {
          PublishedDecision p = byId.get(id);
          if (p != null) out.add(p);
        });
    return out;
  }

  /**
   * One page of decisions matching the query, with facets and snippets. A page past the last shows
   * the last (its query says which).
   */
  public Page search(PortalQuery q) {
    Page p = page(q);
    if (p.hits().isEmpty() && q.cursor() == null && q.page() > 1 && p.total() > 0) {
      return page(q.withPage(Math.min(q.page() - 1, p.pages())));
    }
    return p;
  }

  /** The facets the search page and its JSON show (see {@link #facets(SearchResult)}). */
  private static final PublicField[] SHOWN_FACETS = {
    PublicField.AGENCY_ID,
    PublicField.DOMAIN,
    PublicField.YEAR,
    PublicField.PENALTY_TYPES,
    PublicField.VIOLATION_CATEGORY,
    PublicField.FINE_BAND
  };

  private Page page(PortalQuery q) {
    SearchRequest base = request(q);
    String after = q.cursor();
    boolean beyond = false;
    if (after == null && q.page() > 1) {
      after = skip(base, (long) (q.page() - 1) * q.size());
      beyond = after == null;
    }
    SearchResult r =
        index.search(
            base.withPageSize(q.size())
                .after(after)
                .withFacets(SHOWN_FACETS)
                .withHighlight(!beyond));
    if (beyond) return new Page(q, r.totalHits(), List.of(), facets(r), null, r.approximate());
    List<Long> ids = new ArrayList<>();
    Map<Long, String> snippets = new HashMap<>();
    for (SearchResult.Hit h : r.hits()) {
      Long id = PublicIndex.decisionIdOf(h);
      if (id != null) {
        ids.add(id);
        snippets.put(id, h.snippet());
      }
    }
    List<Synonyms.Expansion> expansions = Synonyms.standard().expansions(q.q());
    List<Found> hits =
        published(ids).stream()
            .map(d -> new Found(d, snippets.get(d.getId()), why(d, expansions)))
            .toList();
    return new Page(q, r.totalHits(), hits, facets(r), r.nextCursor(), r.approximate());
  }

  /**
   * "检索词“违章建筑”按同义词“未取得建设工程规划许可证”找到" when a typed word is not in the decision but a synonym is; null
   * otherwise.
   */
  static String why(PublishedDecision d, List<Synonyms.Expansion> expansions) {
    if (expansions.isEmpty()) return null;
    String text =
        ChineseAnalysis.foldWord(
            String.join(
                "\n",
                java.util.Objects.toString(d.getViolationType(), ""),
                java.util.Objects.toString(d.getFacts(), ""),
                java.util.Objects.toString(d.getPublicText(), ""),
                java.util.Objects.toString(d.getPartyName(), "")));
    List<String> parts = new ArrayList<>();
    for (Synonyms.Expansion e : expansions) {
      if (text.contains(ChineseAnalysis.foldWord(e.word()))) continue;
      List<String> found =
          e.alternatives().stream()
              .filter(a -> text.contains(ChineseAnalysis.foldWord(a)))
              .limit(2)
              .toList();
      if (!found.isEmpty()) parts.add("“" + e.word() + "”按同义词“" + String.join("”“", found) + "”找到");
    }
    return parts.isEmpty() ? null : "检索词" + String.join("，", parts);
  }

  /** Every decision matching the filters, in chunks (CSV, feeds), without snippets. */
  public void each(PortalQuery q, int max, Consumer<List<PublishedDecision>> chunk) {
    SearchRequest base =
        request(q).withFacets(false).withHighlight(false).withPageSize(Math.min(1000, max));
    String after = null;
    int seen = 0;
    while (seen < max) {
      SearchResult r = index.search(base.after(after));
      List<Long> ids =
          r.hits().stream()
              .map(PublicIndex::decisionIdOf)
              .filter(java.util.Objects::nonNull)
              .toList();
      List<PublishedDecision> rows = published(ids);
      if (!rows.isEmpty()) chunk.accept(rows);
      em.clear();
      seen += r.hits().size();
      after = r.nextCursor();
      if (after == null) break;
    }
  }

  /** The newest publications matching the query (up to 1,000 looked at), newest first. */
  public List<PublishedDecision> newest(PortalQuery q, int n) {
    List<PublishedDecision> all = new ArrayList<>();
    each(q.withSize(PortalQuery.MAX_SIZE).filtersOnly(), 1000, all::addAll);
    all.sort(
        Comparator.comparing(PublishedDecision::getPublishedAt)
            .thenComparing(PublishedDecision::getId)
            .reversed());
    return all.size() > n ? all.subList(0, n) : all;
  }

  /** Number of published decisions and of power-list items in the public index. */
  public long[] counts() {
    long decisions =
        index
            .search(
                SearchRequest.of("")
                    .withFilter(PublicField.KIND, Set.of(PublicIndex.DECISION))
                    .withPageSize(1)
                    .withFacets(false)
                    .withHighlight(false))
            .totalHits();
    long items =
        index
            .search(
                SearchRequest.of("")
                    .withFilter(PublicField.KIND, Set.of(PublicIndex.ITEM))
                    .withPageSize(1)
                    .withFacets(false)
                    .withHighlight(false))
            .totalHits();
    return new long[] {decisions, items};
  }

  /** Decision counts per agency (id → count) over all published decisions. */
  public Map<String, List<Facet>> overview() {
    SearchResult r =
        index.search(
            SearchRequest.of("")
                .withFilter(PublicField.KIND, Set.of(PublicIndex.DECISION))
                .withPageSize(1)
                .withHighlight(false));
    return facets(r);
  }

  /** Power-list items in the index ("agencyId:code"), for the sitemap. */
  public List<String[]> items() {
    List<String[]> out = new ArrayList<>();
    SearchRequest req =
        SearchRequest.of("")
            .withFilter(PublicField.KIND, Set.of(PublicIndex.ITEM))
            .withPageSize(1000)
            .withFacets(false)
            .withHighlight(false)
            .sortedBy(SearchRequest.Sort.RELEVANCE);
    String after = null;
    do {
      SearchResult r = index.search(req.after(after));
      r.hits()
          .forEach(
              h ->
                  out.add(
                      new String[] {
                        h.field(PublicField.AGENCY_ID.fieldName()),
                        h.field(PublicField.ITEM_CODE.fieldName())
                      }));
      after = r.nextCursor();
    } while (after != null && out.size() < 40_000);
    return out;
  }

  /** Which of the given published decisions the search finds (alerts), in no particular order. */
  public List<Long> matching(PortalQuery q, Collection<Long> ids) {
    if (ids.isEmpty()) return List.of();
    SearchResult r =
        index.search(
            request(q)
                .withFilter(
                    PublicField.ID,
                    ids.stream()
                        .map(PublicIndex::decisionId)
                        .collect(java.util.stream.Collectors.toSet()))
                .withPageSize(ids.size())
                .withFacets(false)
                .withHighlight(false));
    return r.hits().stream()
        .map(PublicIndex::decisionIdOf)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private SearchRequest request(PortalQuery q) {
    SearchRequest r =
        SearchRequest.of(q.q() == null ? "" : q.q())
            .withFilter(PublicField.KIND, Set.of(PublicIndex.DECISION))
            .sortedBy(q.byDate() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE);
    if (q.agencyId() != null)
      r = r.withFilter(PublicField.AGENCY_ID, Set.of(q.agencyId().toString()));
    if (q.domain() != null) r = r.withFilter(PublicField.DOMAIN, Set.of(q.domain()));
    if (q.year() != null) r = r.withFilter(PublicField.YEAR, Set.of(q.year().toString()));
    if (q.penalty() != null) r = r.withFilter(PublicField.PENALTY_TYPES, Set.of(q.penalty()));
    if (q.fine() != null) r = r.withFilter(PublicField.FINE_BAND, Set.of(q.fine()));
    if (q.category() != null)
      r = r.withFilter(PublicField.VIOLATION_CATEGORY, Set.of(q.category()));
    if (q.from() != null || q.to() != null) r = r.withDates(q.from(), q.to());
    return r;
  }

  /** The cursor after the first n hits (pages by number), or null when there are not that many. */
  private String skip(SearchRequest base, long n) {
    String after = null;
    long left = n;
    while (left > 0) {
      int step = (int) Math.min(1000, left);
      SearchResult r =
          index.search(base.withPageSize(step).after(after).withFacets(false).withHighlight(false));
      after = r.nextCursor();
      if (after == null) return null;
      left -= step;
    }
    return after;
  }

  private Map<String, List<Facet>> facets(SearchResult r) {
    Map<Long, String> agencies = agencyNames();
    Map<String, List<Facet>> out = new LinkedHashMap<>();
    out.put(
        "agency",
        r.facets().getOrDefault(PublicField.AGENCY_ID.fieldName(), List.of()).stream()
            .map(
                f ->
                    new Facet(
                        f.value(), agencies.getOrDefault(parse(f.value()), f.value()), f.count()))
            .toList());
    out.put("domain", labelled(r, PublicField.DOMAIN));
    out.put(
        "year",
        r.facets().getOrDefault(PublicField.YEAR.fieldName(), List.of()).stream()
            .sorted(Comparator.comparing(SearchResult.FacetCount::value).reversed())
            .map(f -> new Facet(f.value(), f.value() + " 年", f.count()))
            .toList());
    out.put("penalty", labelled(r, PublicField.PENALTY_TYPES));
    out.put("category", labelled(r, PublicField.VIOLATION_CATEGORY));
    out.put(
        "fine",
        labelled(r, PublicField.FINE_BAND).stream()
            .sorted(Comparator.comparingInt(f -> FineBand.order(f.value())))
            .toList());
    return out;
  }

  private static List<Facet> labelled(SearchResult r, PublicField field) {
    return r.facets().getOrDefault(field.fieldName(), List.of()).stream()
        .map(f -> new Facet(f.value(), f.value(), f.count()))
        .toList();
  }

  private static Long parse(String s) {
    try {
      return Long.valueOf(s);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
