package org.gongshi.portal.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.portal.control.PortalQuery;
import org.gongshi.portal.entity.PublishedDecision;

/**
 * What the search page shows, worked out once before it is rendered and handed to it as a request
 * attribute ({@code #{search.…}}): links, labels and the twenty hits as plain values, so the page's
 * expressions neither look up a bean nor call a method with arguments, and its optional parts are
 * decided when the view is built.
 */
public final class SearchView {
  /** A facet value as a link that sets or, when {@code on}, removes its filter. */
  public record Link(String label, long count, String href, boolean on) {}

  /** A facet: its element id, heading and values; absent from the page when it has none. */
  public record Group(String id, String title, List<Link> links) {}

  /** A filter carried in the search form as a hidden field. */
  public record Hidden(String name, String value) {}

  /** A hit as listed: the decision's public fields, why it matched (or null), its snippet HTML. */
  public record Hit(
      long id,
      String number,
      String party,
      String agency,
      String decidedOn,
      String kinds,
      String why,
      String snippet) {}

  private static final String[][] FACETS = {
    {"agency", "执法机关"},
    {"domain", "领域"},
    {"year", "年份"},
    {"penalty", "处罚类别"},
    {"category", "违法行为类别"},
    {"fine", "罚款金额"}
  };

  /** The parameters search.xhtml's form has as visible inputs (q, the date fields, sort). */
  static final Set<String> FORM_INPUTS = Set.of("q", "from", "to", "sort");

  private final String context;
  private final String search;
  private final PortalQuery query;
  private final PublicDecisions.Page result;
  private final String error;
  private final Map<Long, String> agencyNames;
  private final List<Group> facets;
  private final List<Hit> hits;

  /**
   * @param context the request's context path
   * @param result the page of hits, or null when there is none to show (error)
   * @param error what to say instead of or above the results, or null
   */
  SearchView(
      String context,
      PortalQuery query,
      PublicDecisions.Page result,
      String error,
      Map<Long, String> agencyNames) {
    this.context = context;
    this.search = context + "/portal/search";
    this.query = query;
    this.result = result;
    this.error = error;
    this.agencyNames = agencyNames;
    this.facets = facets();
    this.hits = hits();
  }

  public String getQ() {
    return query.q();
  }

  public String getTitleSuffix() {
    return query.q() == null ? "" : "：" + query.q();
  }

  /**
   * The filters the form keeps when the words change: the query's parameters without paging (a new
   * search starts on page 1 at the default size) and without the ones the form has as inputs of its
   * own.
   */
  public List<Hidden> getHidden() {
    return hidden(query);
  }

  static List<Hidden> hidden(PortalQuery query) {
    List<Hidden> fields = new ArrayList<>();
    for (Map.Entry<String, String> p : query.filtersOnly().parameters().entrySet())
      if (!FORM_INPUTS.contains(p.getKey())) fields.add(new Hidden(p.getKey(), p.getValue()));
    return fields;
  }

  /** The date filter's values for the date inputs, or "". */
  public String getFrom() {
    return query.from() == null ? "" : query.from().toString();
  }

  public String getTo() {
    return query.to() == null ? "" : query.to().toString();
  }

  public boolean isSortedByRelevance() {
    return "relevance".equals(query.sort());
  }

  public boolean isSortedByDate() {
    return "date".equals(query.sort());
  }

  public String getError() {
    return error;
  }

  /** Whether there are results (possibly none) to show. */
  public boolean isShown() {
    return result != null;
  }

  public List<Group> getFacets() {
    return facets;
  }

  private List<Group> facets() {
    List<Group> groups = new ArrayList<>();
    if (result == null) return groups;
    Map<String, String> chosen = query.parameters();
    for (String[] f : FACETS) {
      List<PublicDecisions.Facet> values = result.facets().getOrDefault(f[0], List.of());
      if (values.isEmpty()) continue;
      List<Link> links = new ArrayList<>(values.size());
      for (PublicDecisions.Facet v : values) {
        boolean on = v.value().equals(chosen.get(f[0]));
        links.add(
            new Link(
                v.label(),
                v.count(),
                search + query.with(f[0], on ? null : v.value()).queryString(),
                on));
      }
      groups.add(new Group("facet-" + f[0], f[1], links));
    }
    return groups;
  }

  /** Whether a filter narrows the search. */
  public boolean isFiltered() {
    return query.filtered();
  }

  /** The filters in words, e.g. "年份 2019、处罚类别 警告"; empty when none. */
  public String getFilterText() {
    return query.filterText(agencyNames);
  }

  /** The same words without filters. */
  public String getUnfiltered() {
    return search + query.withoutFilters().queryString();
  }

  /**
   * "共", or "约" when the total was estimated from a sample (a broad search of a large index): the
   * page does not state an estimate as a count.
   */
  public String getTotalWord() {
    return result != null && result.approximate() ? "约" : "共";
  }

  /**
   * "约" before each facet count when the counts were estimated from the same sample as the total;
   * empty when they were counted.
   */
  public String getCountWord() {
    return result != null && result.approximate() ? "约" : "";
  }

  public long getTotal() {
    return result == null ? 0 : result.total();
  }

  /** The page shown: the one asked for, or the last when that was past the end. */
  public int getShownPage() {
    return result == null ? query.page() : result.query().page();
  }

  /** Said when a page past the last was asked for ("第 99 页" of 3); null otherwise. */
  public String getClampedNote() {
    return result == null || query.page() == getShownPage()
        ? null
        : "没有第 " + query.page() + " 页（共 " + result.pages() + " 页），下面是最后一页。";
  }

  /** "，第 2 / 7 页", or "" when everything fits on one page. */
  public String getPageInfo() {
    return result == null || result.pages() <= 1
        ? ""
        : "，第 " + getShownPage() + " / " + result.pages() + " 页";
  }

  public String getPrevious() {
    return getShownPage() > 1 && getTotal() > 0 ? pageLink(getShownPage() - 1) : null;
  }

  public String getNext() {
    return result != null && result.hasNext() ? pageLink(getShownPage() + 1) : null;
  }

  private String pageLink(int n) {
    return search + query.withPage(n).queryString();
  }

  public String getFeed() {
    return context + "/api/public/decisions.atom" + query.filtersOnly().queryString();
  }

  public String getCsv() {
    return context + "/api/public/decisions.csv" + query.filtersOnly().queryString();
  }

  public String getJson() {
    return context + "/api/public/decisions" + query.queryString();
  }

  public List<Hit> getHits() {
    return hits;
  }

  private List<Hit> hits() {
    if (result == null) return List.of();
    List<Hit> hits = new ArrayList<>(result.hits().size());
    for (PublicDecisions.Found f : result.hits()) {
      PublishedDecision d = f.decision();
      String domain = d.getDomain();
      hits.add(
          new Hit(
              d.getId(),
              d.getDecisionNumber(),
              d.getPartyName(),
              d.getAgencyName(),
              d.getDecidedOn() == null ? "" : d.getDecidedOn().toString(),
              (d.getPenaltyTypes() == null ? "" : d.getPenaltyTypes())
                  + (domain == null || domain.isEmpty() ? "" : " · " + domain),
              f.why(),
              f.snippet()));
    }
    return hits;
  }
}
