package org.gongshi.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongshi.archive.boundary.Views.CaseSummary;
import org.gongshi.archive.boundary.Views.Page;
import org.gongshi.archive.entity.CaseStatus;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.security.CurrentUser;

/** The case list: filtered, paged, newest first, within the caller's agency scope. */
@ApplicationScoped
@Transactional
public class CaseQueries {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  public Page<CaseSummary> listCases(
      String q, CaseStatus status, Procedure procedure, Long agencyId, int page, int size) {
    currentUser.require(CaseService.READERS);
    int s = Math.max(1, Math.min(size, 200));
    int p = Math.max(0, page);
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    Long scope = currentUser.agencyScope();
    if (scope != null) {
      where.append(" AND c.agency.id = :scope");
      params.put("scope", scope);
    }
    if (agencyId != null) {
      where.append(" AND c.agency.id = :agencyId");
      params.put("agencyId", agencyId);
    }
    if (status != null) {
      where.append(" AND c.status = :status");
      params.put("status", status);
    }
    if (procedure != null) {
      where.append(" AND c.procedure = :procedure");
      params.put("procedure", procedure);
    }
    if (q != null && !q.isBlank()) {
      where.append(
          " AND (LOWER(c.caseNumber) LIKE :q OR LOWER(c.title) LIKE :q OR LOWER(c.decisionNumber) LIKE :q)");
      params.put("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
    }
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM EnforcementCase c" + where, Long.class);
    TypedQuery<EnforcementCase> rows =
        em.createQuery(
            "SELECT c FROM EnforcementCase c" + where + " ORDER BY c.id DESC",
            EnforcementCase.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    List<CaseSummary> items =
        rows.setFirstResult(p * s).setMaxResults(s).getResultList().stream()
            .map(CaseSummary::of)
            .toList();
    return new Page<>(count.getSingleResult(), p, s, items);
  }
}
