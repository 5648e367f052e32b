package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import org.gongshi.organisation.entity.Role;
import org.gongshi.search.index.ArchiveField;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;
import org.gongshi.security.CurrentUser;

/** Staff search: the agency scope is a required clause of the Lucene query itself. */
@ApplicationScoped
public class ArchiveSearch {
  @Inject ArchiveIndex index;
  @Inject CurrentUser currentUser;
  @PersistenceContext EntityManager em;

  public record Query(
      String q,
      String documentType,
      String procedure,
      String penalty,
      String year,
      LocalDate from,
      LocalDate to,
      SearchRequest.Sort sort,
      int size,
      String after) {}

  public SearchResult search(Query query) {
    currentUser.require(Role.values());
    SearchRequest r =
        SearchRequest.of(query.q())
            .sortedBy(query.sort())
            .withPageSize(query.size())
            .after(query.after());
    Long scope = currentUser.agencyScope();
    if (scope != null) r = r.withFilter(ArchiveField.AGENCY_ID, Set.of(String.valueOf(scope)));
    if (notBlank(query.documentType()))
      r = r.withFilter(ArchiveField.DOCUMENT_TYPE, Set.of(query.documentType()));
    if (notBlank(query.procedure()))
      r = r.withFilter(ArchiveField.PROCEDURE, Set.of(query.procedure()));
    if (notBlank(query.penalty()))
      r = r.withFilter(ArchiveField.PENALTY_TYPES, Set.of(query.penalty()));
    if (notBlank(query.year())) r = r.withFilter(ArchiveField.YEAR, Set.of(query.year()));
    if (query.from() != null || query.to() != null) r = r.withDates(query.from(), query.to());
    return index.search(r);
  }

  /** Database against index, every id; with the last repair (hourly, or asked for). */
  public SearchResource.Check check() {
    return SearchResource.Check.of(index.drift(), index.lastRepair());
  }

  /** Repairs the drift now and reports what was done. */
  public SearchResource.Check repair() throws java.io.IOException {
    ArchiveIndex.Repair r = index.repair(currentUser.name());
    return SearchResource.Check.of(index.drift(), r);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
