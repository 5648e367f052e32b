package org.gongshi.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.portal.control.PortalQuery;
import org.gongshi.portal.entity.PublishedDecision;

/**
 * Faces beans of the public portal pages (home, search, decision). GET only, no forms state, no
 * JavaScript.
 */
public final class PortalPages {
  private PortalPages() {}

  static Object attribute(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(name);
  }

  static String context() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  /** Formats shared by the pages. */
  public static String time(Instant t) {
    return t == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(t.atZone(Clocks.CHINA));
  }

  public static String wan(BigDecimal v) {
    if (v == null || v.signum() == 0) return "";
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + " 万元";
  }

  /** Home page: search box, counts, latest decisions, agencies. */
  @Named("portalHome")
  @RequestScoped
  public static class Home {
    @Inject PublicDecisions decisions;
    private long[] counts;
    private List<PublishedDecision> latest;
    private Map<String, List<PublicDecisions.Facet>> overview;

    public long getDecisionCount() {
      return counts()[0];
    }

    public long getItemCount() {
      return counts()[1];
    }

    public List<PublishedDecision> getLatest() {
      if (latest == null) latest = decisions.latest(10);
      return latest;
    }

    public List<PublicDecisions.Facet> getAgencies() {
      if (overview == null) overview = decisions.overview();
      return overview.get("agency");
    }

    public Map<Long, String> getAgencyNames() {
      return decisions.agencyNames();
    }

    public String time(Instant t) {
      return PortalPages.time(t);
    }

    /** An agency with its number of published decisions. */
    public record AgencyRow(long id, String name, long count) {}

    public List<AgencyRow> getAgencyRows() {
      Map<String, Long> byId = new java.util.HashMap<>();
      getAgencies().forEach(f -> byId.put(f.value(), f.count()));
      return decisions.agencyNames().entrySet().stream()
          .map(
              e ->
                  new AgencyRow(
                      e.getKey(), e.getValue(), byId.getOrDefault(e.getKey().toString(), 0L)))
          .toList();
    }

    private long[] counts() {
      if (counts == null) counts = decisions.counts();
      return counts;
    }
  }

  /** Search page with facets, snippets and page links. */
  @Named("portalSearch")
  @RequestScoped
  public static class Search {
    @Inject PublicDecisions decisions;
    private PublicDecisions.Page page;

    public PortalQuery getQuery() {
      Object q = attribute(PortalServlet.QUERY);
      return q instanceof PortalQuery p ? p : PortalQuery.all();
    }

    private String unavailable;

    public String getError() {
      String e = (String) attribute(PortalServlet.ERROR);
      if (e != null) return e;
      getResult();
      return unavailable;
    }

    public PublicDecisions.Page getResult() {
      if (page == null && unavailable == null && attribute(PortalServlet.ERROR) == null) {
        try {
          page = decisions.search(getQuery());
        } catch (org.gongshi.search.SearchUnavailableException e) {
          unavailable = "检索服务暂时不可用，请稍后再试。";
        }
      }
      return page;
    }

    public List<PublicDecisions.Facet> facet(String name) {
      return getResult() == null ? List.of() : getResult().facets().getOrDefault(name, List.of());
    }

    public boolean selected(String name, String value) {
      return value.equals(getQuery().parameters().get(name));
    }

    /** The search with the facet value chosen, or removed when it already is. */
    public String toggle(String name, String value) {
      return context()
          + "/portal/search"
          + getQuery().with(name, selected(name, value) ? null : value).queryString();
    }

    public String clear(String name) {
      return context() + "/portal/search" + getQuery().with(name, null).queryString();
    }

    /** Whether a facet filter (agency, domain, year or penalty) narrows the search. */
    public boolean isFiltered() {
      return getQuery().filtered();
    }

    /** The facet filters in words, e.g. "年份 2019、处罚类别 警告"; empty when none. */
    public String getFilterText() {
      PortalQuery q = getQuery();
      List<String> parts = new java.util.ArrayList<>();
      if (q.agencyId() != null) parts.add("执法机关 " + getAgencyLabel());
      if (q.domain() != null) parts.add("领域 " + q.domain());
      if (q.year() != null) parts.add("年份 " + q.year());
      if (q.penalty() != null) parts.add("处罚类别 " + q.penalty());
      if (q.category() != null) parts.add("违法行为类别 " + q.category());
      if (q.fine() != null) parts.add("罚款金额 " + q.fine());
      if (q.from() != null || q.to() != null)
        parts.add(
            "决定日期 "
                + (q.from() == null ? "" : q.from().toString())
                + " 至 "
                + (q.to() == null ? "" : q.to().toString()));
      return String.join("、", parts);
    }

    /** The same words without facet filters. */
    public String getUnfiltered() {
      return context() + "/portal/search" + getQuery().withoutFilters().queryString();
    }

    public String pageLink(int n) {
      return context() + "/portal/search" + getQuery().withPage(n).queryString();
    }

    /** The page shown: the one asked for, or the last when that was past the end. */
    public int getShownPage() {
      return getResult() == null ? getQuery().page() : getResult().query().page();
    }

    /** Said when a page past the last was asked for ("第 99 页" of 3); null otherwise. */
    public String getClampedNote() {
      int asked = getQuery().page();
      return getResult() == null || asked == getShownPage()
          ? null
          : "没有第 " + asked + " 页（共 " + getResult().pages() + " 页），下面是最后一页。";
    }

    /** The date filter's value for a date input, or "". */
    public String getFrom() {
      return getQuery().from() == null ? "" : getQuery().from().toString();
    }

    public String getTo() {
      return getQuery().to() == null ? "" : getQuery().to().toString();
    }

    public String getFeed() {
      return context() + "/api/public/decisions.atom" + getQuery().filtersOnly().queryString();
    }

    public String getCsv() {
      return context() + "/api/public/decisions.csv" + getQuery().filtersOnly().queryString();
    }

    public String getJson() {
      return context() + "/api/public/decisions" + getQuery().queryString();
    }

    public String getAgencyLabel() {
      Long a = getQuery().agencyId();
      return a == null ? null : decisions.agencyNames().getOrDefault(a, "编号 " + a);
    }

    public Map<Long, String> getAgencyNames() {
      return decisions.agencyNames();
    }

    public String getTitleSuffix() {
      return getQuery().q() == null ? "" : "：" + getQuery().q();
    }

    public String getPageInfo() {
      return getResult() == null || getResult().pages() <= 1
          ? ""
          : "，第 " + getShownPage() + " / " + getResult().pages() + " 页";
    }

    public String sortOption(String value, String label) {
      return "<option value=\""
          + value
          + "\""
          + (value.equals(getQuery().sort()) ? " selected" : "")
          + ">"
          + label
          + "</option>";
    }
  }

  /** A decision at its permalink; only the notice when withdrawn or taken down. */
  @Named("portalDecision")
  @RequestScoped
  public static class Decision {
    @Inject PublicDecisions decisions;
    @Inject org.gongshi.platform.Settings settings;

    public PublishedDecision getD() {
      return (PublishedDecision) attribute(PortalServlet.DECISION);
    }

    public boolean isFound() {
      return getD() != null;
    }

    public boolean isPerson() {
      return getD() != null && getD().getPartyCategory() == PartyKind.NATURAL_PERSON;
    }

    public String getPdf() {
      PublishedDecision d = getD();
      return d != null && decisions.pdf(d).isPresent()
          ? context() + "/api/public/decisions/" + d.getId() + ".pdf"
          : null;
    }

    public List<String> getPenalties() {
      return getD() == null ? List.of() : PublicIndex.penaltyTypes(getD().getPenaltyTypes());
    }

    public String getFine() {
      return getD() == null ? "" : wan(getD().getFineWan());
    }

    public String getConfiscated() {
      return getD() == null ? "" : wan(getD().getConfiscatedWan());
    }

    public String time(Instant t) {
      return PortalPages.time(t);
    }

    public String getPermalink() {
      // the configured public address, never the request's Host header
      return settings.publicBaseUrl() + "portal/decisions/" + getD().getId();
    }
  }
}
