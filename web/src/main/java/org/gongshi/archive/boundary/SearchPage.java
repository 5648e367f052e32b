package org.gongshi.archive.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.gongshi.search.index.ArchiveField;
import org.gongshi.search.query.SearchRequest;
import org.gongshi.search.query.SearchResult;

/** The staff search page: GET parameters in, results with facets and safe snippets out. */
@Named
@RequestScoped
public class SearchPage {
  @Inject ArchiveSearch search;

  private String q;
  private String type;
  private String procedure;
  private String penalty;
  private String year;
  private String sort;
  private String after;
  private SearchResult result;

  public SearchResult getResult() {
    if (result == null) {
      SearchRequest.Sort order =
          "DATE".equals(sort) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
      try {
        result =
            search.search(
                new ArchiveSearch.Query(
                    q, type, procedure, penalty, year, null, null, order, 20, after));
      } catch (org.gongshi.search.SearchUnavailableException e) {
        // the search cluster is down: say so; changes wait in the outbox meanwhile
        unavailable = true;
        result = new SearchResult(0, List.of(), Map.of(), null, false, false);
      }
    }
    return result;
  }

  private boolean unavailable;

  /** Whether the search backend could not be reached for this page. */
  public boolean isUnavailable() {
    getResult();
    return unavailable;
  }

  /** One facet of the page: its Chinese name, its index field and the counted values. */
  public record Facet(String label, String field, List<SearchResult.FacetCount> values) {}

  /** The page's facets that have values, with Chinese names. */
  public List<Facet> getFacets() {
    Map<String, String> names =
        Map.of(
            ArchiveField.DOCUMENT_TYPE.fieldName(),
            "文书类型",
            ArchiveField.PROCEDURE.fieldName(),
            "程序",
            ArchiveField.PENALTY_TYPES.fieldName(),
            "处罚种类",
            ArchiveField.YEAR.fieldName(),
            "年度");
    return getResult().facets().entrySet().stream()
        .filter(e -> names.containsKey(e.getKey()) && !e.getValue().isEmpty())
        .map(e -> new Facet(names.get(e.getKey()), e.getKey(), e.getValue()))
        .toList();
  }

  /** Facet field → its page parameter. */
  private static final Map<String, String> FACET_PARAMS =
      Map.of(
          ArchiveField.DOCUMENT_TYPE.fieldName(),
          "type",
          ArchiveField.PROCEDURE.fieldName(),
          "procedure",
          ArchiveField.PENALTY_TYPES.fieldName(),
          "penalty",
          ArchiveField.YEAR.fieldName(),
          "year");

  /** This search's parameters (without the cursor), in a fixed order. */
  private Map<String, String> parameters() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("q", q);
    m.put("type", type);
    m.put("procedure", procedure);
    m.put("penalty", penalty);
    m.put("year", year);
    m.put("sort", sort);
    m.values().removeIf(v -> v == null || v.isBlank());
    return m;
  }

  private static String url(Map<String, String> parameters) {
    StringBuilder b = new StringBuilder("search.xhtml");
    char sep = '?';
    for (Map.Entry<String, String> e : parameters.entrySet()) {
      b.append(sep)
          .append(e.getKey())
          .append('=')
          .append(
              java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
      sep = '&';
    }
    return b.toString();
  }

  /** Whether a facet value is this search's filter. */
  public boolean selected(String field, String value) {
    return value != null && value.equals(parameters().get(FACET_PARAMS.get(field)));
  }

  /** This search narrowed to a facet value, or widened again when it already is. */
  public String facetLink(String field, String value) {
    Map<String, String> m = parameters();
    String name = FACET_PARAMS.get(field);
    if (selected(field, value)) m.remove(name);
    else m.put(name, value);
    return url(m);
  }

  /**
   * The next page: the same words, filters and order, after this page's cursor; null on the last
   * page.
   */
  public String getNextLink() {
    String cursor = getResult().nextCursor();
    if (cursor == null) return null;
    Map<String, String> m = parameters();
    m.put("after", cursor);
    return url(m);
  }

  /** Whether a filter narrows the search. */
  public boolean isFiltered() {
    return FACET_PARAMS.values().stream().anyMatch(parameters()::containsKey);
  }

  /** The same words and order without filters. */
  public String getUnfiltered() {
    Map<String, String> m = parameters();
    m.keySet().removeAll(FACET_PARAMS.values());
    return url(m);
  }

  /** What a hit is: its document type, or 案件 for a case. */
  public String kind(SearchResult.Hit hit) {
    String type = hit.field("documentType");
    return type == null || type.isBlank() ? "案件" : type;
  }

  /** The link of a hit: its case page. */
  public String link(SearchResult.Hit hit) {
    String caseId = hit.field("caseId");
    return "case.xhtml?id=" + (caseId == null ? "" : caseId);
  }

  /**
   * The link of a document hit's snippet: the document's text at its first match; null for a case
   * hit.
   */
  public String textLink(SearchResult.Hit hit) {
    if (hit.id() == null || !hit.id().startsWith("doc:")) return null;
    String words =
        q == null ? "" : java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    return "document-text.xhtml?id=" + hit.id().substring(4) + "&q=" + words + "#hit-1";
  }

  /** "共 N 条" or, for an estimate of a broad query, "约 N 条". */
  public String getTotal() {
    SearchResult r = getResult();
    return (r.approximate() && r.totalHits() > 1000 ? "约 " : "共 ") + r.totalHits() + " 条";
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getProcedure() {
    return procedure;
  }

  public void setProcedure(String procedure) {
    this.procedure = procedure;
  }

  public String getPenalty() {
    return penalty;
  }

  public void setPenalty(String penalty) {
    this.penalty = penalty;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }
}
