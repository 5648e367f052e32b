package org.gongshi.search.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongshi.search.index.IndexSchema;
import org.gongshi.search.index.SchemaField;

/**
 * A search as the web app asks for it.
 *
 * @param query the user's text in the query language of {@link UserQueryParser}; blank lists all
 * @param filters exact-match filters by field or alias name ({@code agencyId}, {@code domain},
 *     {@code year}…), values OR-ed within a name and AND-ed across names; each is a required filter
 *     clause, so an agency scope cannot be widened by the query text. An empty set matches nothing.
 * @param from first date (inclusive) of the schema's date field, or {@code null}
 * @param to last date (inclusive), or {@code null}
 * @param sort relevance or newest first
 * @param pageSize hits per page, 1 to 1000
 * @param searchAfter the {@link SearchResult#nextCursor()} of the previous page, or {@code null}
 * @param facets whether to count facets
 * @param highlight whether to build snippets
 * @param facetFields the facet fields to count by name; empty for every facet field of the schema
 */
public record SearchRequest(
    String query,
    Map<String, Set<String>> filters,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int pageSize,
    String searchAfter,
    boolean facets,
    boolean highlight,
    List<String> facetFields) {

  /** Result order. */
  public enum Sort {
    RELEVANCE,
    /** Newest date first. */
    DATE
  }

  public SearchRequest {
    query = query == null ? "" : query;
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    }
    filters = Map.copyOf(copy);
    sort = sort == null ? Sort.RELEVANCE : sort;
    facetFields = facetFields == null ? List.of() : List.copyOf(facetFields);
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException("pageSize must be 1..1000");
    }
  }

  /** 20 hits by relevance, with facets and snippets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query, Map.of(), null, null, Sort.RELEVANCE, 20, null, true, true, List.of());
  }

  /**
   * Keeps only documents with one of these values in a keyword field.
   *
   * @param field the field, from the index's schema
   * @param values the values allowed
   * @return a new request
   */
  public SearchRequest withFilter(SchemaField field, Set<String> values) {
    return withFilter(field.fieldName(), values);
  }

  public SearchRequest withFilter(String name, Set<String> values) {
    Map<String, Set<String>> f = new LinkedHashMap<>(filters);
    f.put(name, values);
    return new SearchRequest(
        query, f, from, to, sort, pageSize, searchAfter, facets, highlight, facetFields);
  }

  public SearchRequest withDates(LocalDate newFrom, LocalDate newTo) {
    return new SearchRequest(
        query,
        filters,
        newFrom,
        newTo,
        sort,
        pageSize,
        searchAfter,
        facets,
        highlight,
        facetFields);
  }

  public SearchRequest sortedBy(Sort newSort) {
    return new SearchRequest(
        query, filters, from, to, newSort, pageSize, searchAfter, facets, highlight, facetFields);
  }

  public SearchRequest withPageSize(int size) {
    return new SearchRequest(
        query, filters, from, to, sort, size, searchAfter, facets, highlight, facetFields);
  }

  public SearchRequest after(String cursor) {
    return new SearchRequest(
        query, filters, from, to, sort, pageSize, cursor, facets, highlight, facetFields);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(
        query, filters, from, to, sort, pageSize, searchAfter, on, highlight, facetFields);
  }

  /**
   * Counts only these facet fields (a page that shows some of them need not count the others).
   *
   * @param fields facet fields of the index's schema
   * @return a new request with facets on
   */
  public SearchRequest withFacets(SchemaField... fields) {
    return new SearchRequest(
        query,
        filters,
        from,
        to,
        sort,
        pageSize,
        searchAfter,
        true,
        highlight,
        Arrays.stream(fields).map(SchemaField::fieldName).toList());
  }

  /**
   * The facet fields to count in an index.
   *
   * @param schema the index's schema
   * @return the schema's facet fields, or those of them asked for; none when facets are off
   * @throws IllegalArgumentException when a name asked for is not a facet field of the schema
   */
  public List<SchemaField> facetFieldsIn(IndexSchema schema) {
    if (facets == false) {
      return List.of();
    }
    List<SchemaField> all = schema.facetFields();
    if (facetFields.isEmpty()) {
      return all;
    }
    for (String name : facetFields) {
      if (all.stream().noneMatch(f -> f.fieldName().equals(name))) {
        throw new IllegalArgumentException("not a facet field of " + schema + ": " + name);
      }
    }
    return all.stream().filter(f -> facetFields.contains(f.fieldName())).toList();
  }

  public SearchRequest withHighlight(boolean on) {
    return new SearchRequest(
        query, filters, from, to, sort, pageSize, searchAfter, facets, on, facetFields);
  }
}
