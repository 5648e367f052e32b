package org.gongshi.archive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongshi.archive.boundary.Views.CaseSummary;
import org.gongshi.archive.boundary.Views.Page;
import org.gongshi.archive.entity.CaseStatus;
import org.gongshi.archive.entity.Procedure;

/** Backing bean of the staff case list (GET parameters, so lists can be bookmarked). */
@Named
@RequestScoped
public class CaseListPage {
  @Inject CaseQueries cases;
  @Inject org.gongshi.security.CurrentUser currentUser;

  /** Days ahead the officer's queue looks for decision limits. */
  static final int DEFAULT_WITHIN_DAYS = 15;

  private int within = DEFAULT_WITHIN_DAYS;
  private CaseQueries.WorkQueue queue;

  private String q;
  private String status;
  private String procedure;
  private int page;
  private Page<CaseSummary> result;

  public Page<CaseSummary> getResult() {
    if (result == null) {
      result =
          cases.listCases(
              q,
              parse(CaseStatus.class, status),
              parse(Procedure.class, procedure),
              null,
              page,
              20);
    }
    return result;
  }

  /** The case officer's work queue, or null for other roles (their start pages are elsewhere). */
  public CaseQueries.WorkQueue getQueue() {
    if (queue == null && currentUser.hasAny(org.gongshi.organisation.entity.Role.CASE_OFFICER)) {
      queue = cases.workQueue(within);
    }
    return queue;
  }

  public int getWithin() {
    return within;
  }

  public void setWithin(int within) {
    this.within = Math.max(0, Math.min(within, 365));
  }

  public CaseStatus[] getStatuses() {
    return CaseStatus.values();
  }

  public Procedure[] getProcedures() {
    return Procedure.values();
  }

  public boolean isHasNext() {
    return (long) (page + 1) * 20 < getResult().total();
  }

  /** An option tag for a select of enum values; names and labels are constants, safe unescaped. */
  public String option(Enum<?> value, String selected) {
    String label =
        value instanceof CaseStatus s
            ? s.label
            : value instanceof Procedure p ? p.label : value.name();
    return "<option value=\""
        + value.name()
        + "\""
        + (value.name().equals(selected) ? " selected" : "")
        + ">"
        + label
        + "</option>";
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String v) {
    if (v == null || v.isBlank()) return null;
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getProcedure() {
    return procedure;
  }

  public void setProcedure(String procedure) {
    this.procedure = procedure;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }
}
