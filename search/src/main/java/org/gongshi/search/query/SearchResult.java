package org.gongshi.search.query;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param totalHits number of matching documents: exact up to 1,000, beyond that exact or an
 *     estimate (see {@code approximate})
 * @param hits this page
 * @param facets counts by facet field name ({@code agencyId}, {@code domain}, {@code year}, {@code
 *     penaltyTypes}, {@code procedure}…), largest first
 * @param nextCursor pass to {@link SearchRequest#after(String)} for the next page; {@code null} on
 *     the last page
 * @param degraded whether the query text was malformed and searched as plain words
 * @param approximate whether the facet counts (and a total beyond 1,000) were estimated from a
 *     pseudo-random sample of a large index: broad queries; the order of the values still holds
 */
public record SearchResult(
    long totalHits,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String nextCursor,
    boolean degraded,
    boolean approximate) {

  /**
   * One matching document.
   *
   * @param id document id
   * @param score relevance score (NaN when sorted by date)
   * @param fields stored values by field name, without the long text fields
   * @param snippet HTML: the text is escaped, only {@code <mark>} tags are markup; may be empty
   */
  public record Hit(String id, float score, Map<String, List<String>> fields, String snippet) {

    /** The first value of a field, or {@code null}. */
    public String field(String name) {
      List<String> v = fields.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  /** How many matching documents have a facet value. */
  public record FacetCount(String value, long count) {}
}
