package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.gongshi.security.AppUser;
import org.gongshi.security.CurrentUser;
import org.gongshi.security.Role;

/** Staff search: the agency scope is a required clause of the Lucene query itself. */
@ApplicationScoped
public class ArchiveSearch {
  @Inject ArchiveIndex index;
  @Inject CurrentUser currentUser;
  @PersistenceContext EntityManager em;

  public record Query(String q, String documentType, String procedure, String penalty, String year, LocalDate from,
      LocalDate to, SearchRequest.Sort sort, int size, String after) {}

  public SearchResult search(Query query) {
    AppUser user = currentUser.require(Role.values());
    SearchRequest r = SearchRequest.of(query.q()).sortedBy(query.sort()).withPageSize(query.size()).after(query.after());
    if (!currentUser.seesAllAgencies()) r = r.withFilter("agencyId", Set.of(String.valueOf(user.getAgency().getId())));
    if (notBlank(query.documentType())) r = r.withFilter("documentType", Set.of(query.documentType()));
    if (notBlank(query.procedure())) r = r.withFilter("procedure", Set.of(query.procedure()));
    if (notBlank(query.penalty())) r = r.withFilter("penaltyTypes", Set.of(query.penalty()));
    if (notBlank(query.year())) r = r.withFilter("year", Set.of(query.year()));
    if (query.from() != null || query.to() != null) r = r.withDates(query.from(), query.to());
    return index.search(r);
  }

  /** Database against index: counts and a sample of ids; the classic drift of such portals. */
  @Transactional
  public SearchResource.Check check() {
    long cases = em.createQuery("SELECT COUNT(c) FROM EnforcementCase c", Long.class).getSingleResult();
    long docs = em.createQuery("SELECT COUNT(d) FROM CaseDocument d", Long.class).getSingleResult();
    Long maxSeq = em.createQuery("SELECT MAX(o.seq) FROM SearchOutboxEntry o", Long.class).getSingleResult();
    List<Long> sample = em.createQuery("SELECT c.id FROM EnforcementCase c ORDER BY c.id DESC", Long.class)
        .setMaxResults(50).getResultList();
    int missing = (int) sample.stream().filter(id -> !index.contains("case:" + id)).count();
    long casesIndexed = index.count("case");
    long docsIndexed = index.count("document");
    long behind = (maxSeq == null ? 0 : maxSeq) - index.lastAppliedSequence();
    return new SearchResource.Check(cases, casesIndexed, docs, docsIndexed, sample.size(), missing, Math.max(0, behind),
        cases == casesIndexed && docs == docsIndexed && missing == 0);
  }

  private static boolean notBlank(String s) { return s != null && !s.isBlank(); }
}
