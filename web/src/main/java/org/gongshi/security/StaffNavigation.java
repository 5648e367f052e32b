package org.gongshi.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.List;
import java.util.Set;
import org.gongshi.organisation.entity.Role;

/**
 * The staff pages' top navigation and each role's start page, in one place: an entry is shown only
 * to the roles that may use its page (the services still check every request), and only when the
 * page is deployed (pages other features add appear once they exist).
 */
@Named
@RequestScoped
public class StaffNavigation {
  private static final Set<Role> ALL = Set.of(Role.values());

  /** A menu entry: its id, label, path under the context and who sees it. */
  public record Entry(String id, String label, String path, Set<Role> roles) {}

  static final List<Entry> ENTRIES =
      List.of(
          new Entry("nav-cases", "案件", "/staff/index.xhtml", ALL),
          new Entry("nav-new-case", "立案", "/staff/case-edit.xhtml", Set.of(Role.CASE_OFFICER)),
          new Entry("nav-search", "全文检索", "/staff/search.xhtml", ALL),
          new Entry(
              "nav-disclosure",
              "公示时限",
              "/staff/disclosure.xhtml",
              Set.of(Role.DISCLOSURE_OFFICER, Role.LEGAL_OFFICE, Role.ADMIN)),
          new Entry(
              "nav-legal-reviews",
              "法制审核",
              "/staff/legal-reviews.xhtml",
              Set.of(Role.LEGAL_REVIEWER)),
          new Entry(
              "nav-filings",
              "重大决定备案",
              "/staff/filings.xhtml",
              Set.of(Role.LEGAL_OFFICE, Role.ADMIN)),
          new Entry(
              "nav-major-rules",
              "重大决定标准",
              "/staff/major-rules.xhtml",
              Set.of(Role.LEGAL_OFFICE, Role.ADMIN)),
          new Entry(
              "nav-campaigns",
              "案卷评查",
              "/staff/campaigns.xhtml",
              Set.of(Role.CASE_REVIEWER, Role.LEGAL_OFFICE, Role.ADMIN)),
          new Entry("nav-reports", "报表", "/staff/reports.xhtml", ALL),
          new Entry("nav-calendar", "工作日历", "/staff/calendar.xhtml", ALL),
          new Entry(
              "nav-audit",
              "审计链校验",
              "/staff/audit.xhtml",
              Set.of(Role.ADMIN, Role.CASE_REVIEWER, Role.LEGAL_OFFICE)),
          new Entry(
              "nav-catalog-import", "导入权责清单", "/staff/catalog-import.xhtml", Set.of(Role.ADMIN)),
          new Entry(
              "nav-agency-settings",
              "公示设置",
              "/staff/agency-settings.xhtml",
              Set.of(Role.DISCLOSURE_OFFICER, Role.ADMIN)),
          new Entry("nav-accounts", "用户管理", "/staff/accounts.xhtml", Set.of(Role.ADMIN)));

  /**
   * Each role's start page in order of precedence; a role whose page is not deployed keeps the case
   * list. The case officer's start page is the case list with their work queue.
   */
  static final List<Entry> START =
      List.of(
          new Entry("start", "案件", "/staff/index.xhtml", Set.of(Role.CASE_OFFICER)),
          new Entry("start", "公示时限", "/staff/disclosure.xhtml", Set.of(Role.DISCLOSURE_OFFICER)),
          new Entry("start", "法制审核", "/staff/legal-reviews.xhtml", Set.of(Role.LEGAL_REVIEWER)),
          new Entry("start", "重大决定备案", "/staff/filings.xhtml", Set.of(Role.LEGAL_OFFICE)),
          new Entry("start", "案卷评查", "/staff/campaigns.xhtml", Set.of(Role.CASE_REVIEWER)),
          new Entry("start", "用户管理", "/staff/accounts.xhtml", Set.of(Role.ADMIN)));

  @Inject CurrentUser currentUser;
  @Inject HttpServletRequest request;
  @Inject ServletContext servletContext;

  private List<Entry> visible;

  /** The entries the caller sees, in menu order. */
  public List<Entry> getEntries() {
    if (visible == null) {
      visible = ENTRIES.stream().filter(e -> sees(e) && deployed(e.path())).toList();
    }
    return visible;
  }

  /** Whether the entry is the page being shown (marked in the menu). */
  public boolean current(Entry e) {
    String uri = request.getRequestURI();
    String here = uri.substring(request.getContextPath().length());
    return here.equals(e.path()) || (here.equals("/staff/") && e.id().equals("nav-cases"));
  }

  /**
   * On /staff/ itself (the welcome page), sends the caller to their role's start page; the case
   * list asked for by name (/staff/index.xhtml) always stays.
   */
  public void start() throws IOException {
    String here = request.getRequestURI().substring(request.getContextPath().length());
    if (!here.equals("/staff/") && !here.equals("/staff")) return;
    String target = startPage();
    if (target == null || target.equals("/staff/index.xhtml")) return;
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    ec.redirect(ec.getRequestContextPath() + target);
    faces.responseComplete();
  }

  /** The caller's start page: the first of {@link #START} their roles hold and that exists. */
  public String startPage() {
    return START.stream()
        .filter(e -> sees(e) && deployed(e.path()))
        .map(Entry::path)
        .findFirst()
        .orElse(null);
  }

  private boolean sees(Entry e) {
    return currentUser.hasAny(e.roles().toArray(Role[]::new));
  }

  private boolean deployed(String path) {
    try {
      return servletContext.getResource(path) != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }
}
