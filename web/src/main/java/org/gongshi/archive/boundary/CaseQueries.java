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
import org.gongshi.archive.control.CaseRules;
import org.gongshi.archive.entity.CaseStatus;
import org.gongshi.archive.entity.DocumentType;
import org.gongshi.archive.entity.EnforcementCase;
import org.gongshi.archive.entity.MilestoneKind;
import org.gongshi.archive.entity.Procedure;
import org.gongshi.security.CurrentUser;

/** The case list: filtered, paged, newest first, within the caller's agency scope. */
@ApplicationScoped
@Transactional
public class CaseQueries {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject CaseService caseService;
  @Inject java.time.Clock clock;

  /** One line of a work queue: the case and what is due. */
  public record QueueItem(long id, String caseNumber, String title, String note, boolean overdue) {}

  /**
   * A case officer's work: decision limits within {@code withinDays} (or passed), closed cases
   * still missing documents before archiving, open cases waiting on their next milestone.
   */
  public record WorkQueue(
      int withinDays,
      List<QueueItem> deadlines,
      List<QueueItem> missingDocuments,
      List<QueueItem> waiting) {
    public boolean isEmpty() {
      return deadlines.isEmpty() && missingDocuments.isEmpty() && waiting.isEmpty();
    }
  }

  /** The milestones an open case passes through in order (optional ones left out). */
  private static final List<MilestoneKind> GENERAL_PATH =
      List.of(
          MilestoneKind.FILED,
          MilestoneKind.INVESTIGATION_ENDED,
          MilestoneKind.ADVANCE_NOTICE,
          MilestoneKind.DECIDED,
          MilestoneKind.SERVED,
          MilestoneKind.EXECUTED);

  private static final List<MilestoneKind> SIMPLE_PATH =
      List.of(MilestoneKind.DECIDED, MilestoneKind.SERVED, MilestoneKind.EXECUTED);

  /** The work queue of the caller's agency (all agencies for those who see all). */
  public WorkQueue workQueue(int withinDays) {
    currentUser.require(CaseService.WRITERS);
    Long scope = currentUser.agencyScope();
    TypedQuery<EnforcementCase> query =
        em.createQuery(
                "SELECT c FROM EnforcementCase c WHERE c.status <> :sealed"
                    + (scope == null ? "" : " AND c.agency.id = :scope")
                    + " ORDER BY c.id",
                EnforcementCase.class)
            .setParameter("sealed", CaseStatus.SEALED);
    if (scope != null) query.setParameter("scope", scope);
    List<EnforcementCase> live = query.setMaxResults(5000).getResultList();
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    List<QueueItem> deadlines = new java.util.ArrayList<>();
    List<Long> deadlineDays = new java.util.ArrayList<>();
    List<QueueItem> missing = new java.util.ArrayList<>();
    List<QueueItem> waiting = new java.util.ArrayList<>();
    for (EnforcementCase c : live) {
      Map<MilestoneKind, java.time.LocalDate> m = c.getMilestones();
      java.time.LocalDate filed = m.get(MilestoneKind.FILED);
      if (c.getStatus() == CaseStatus.OPEN
          && c.getProcedure() == Procedure.GENERAL
          && filed != null
          && !m.containsKey(MilestoneKind.DECIDED)) {
        int ext = c.getExtensionDays() == null ? 0 : c.getExtensionDays();
        java.time.LocalDate limit = filed.plusDays(CaseRules.DECISION_DAYS + ext);
        long left = java.time.temporal.ChronoUnit.DAYS.between(today, limit);
        if (left <= withinDays) {
          String note =
              left < 0
                  ? "已超过决定期限 " + (-left) + " 日（期限 " + limit + "）"
                  : left == 0 ? "今日为决定期限（" + limit + "）" : "距决定期限 " + limit + " 还有 " + left + " 日";
          int at = 0;
          while (at < deadlineDays.size() && deadlineDays.get(at) <= left) at++;
          deadlines.add(at, item(c, note, left < 0));
          deadlineDays.add(at, left);
        }
      }
      if (c.getStatus() == CaseStatus.CLOSED || m.containsKey(MilestoneKind.DECIDED)) {
        List<DocumentType> lacking = caseService.missingDocuments(c);
        if (!lacking.isEmpty()) {
          missing.add(
              item(
                  c,
                  "归档尚缺：" + String.join("、", lacking.stream().map(t -> t.label).toList()),
                  c.getStatus() == CaseStatus.CLOSED));
        } else if (c.getStatus() == CaseStatus.CLOSED) {
          waiting.add(item(c, "文书齐全，等待归档封存", false));
        }
      }
      if (c.getStatus() == CaseStatus.OPEN) {
        List<MilestoneKind> path =
            c.getProcedure() == Procedure.GENERAL ? GENERAL_PATH : SIMPLE_PATH;
        MilestoneKind last = null;
        for (MilestoneKind k : path) if (m.containsKey(k)) last = k;
        int next = last == null ? 0 : path.indexOf(last) + 1;
        waiting.add(
            item(
                c,
                next >= path.size()
                    ? "节点齐全，等待结案"
                    : "等待："
                        + path.get(next).label
                        + (last == null ? "" : "（上一节点：" + last.label + " " + m.get(last) + "）"),
                false));
      }
    }
    return new WorkQueue(withinDays, deadlines, missing, waiting);
  }

  private static QueueItem item(EnforcementCase c, String note, boolean overdue) {
    return new QueueItem(c.getId(), c.getCaseNumber(), c.getTitle(), note, overdue);
  }

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
