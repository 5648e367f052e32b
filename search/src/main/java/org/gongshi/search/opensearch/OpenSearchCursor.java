package org.gongshi.search.opensearch;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gongshi.search.query.SearchRequest;

/**
 * Opaque search-after cursor of the OpenSearch engine. By relevance: the last hit's score and id
 * and the point in time the pages are read from (while it lives); by date: the date and the id. A
 * damaged, foreign (Lucene) or expired cursor starts again or continues on the live index.
 */
record OpenSearchCursor(SearchRequest.Sort sort, double score, long date, String id, String pit) {

  String encode() {
    String raw =
        sort == SearchRequest.Sort.RELEVANCE
            ? "OR|" + Double.doubleToLongBits(score) + "|" + (pit == null ? "" : pit) + "|" + id
            : "OD|" + date + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor, or {@code null} for a missing or unreadable one. */
  static OpenSearchCursor decode(SearchRequest.Sort sort, String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (sort == SearchRequest.Sort.RELEVANCE && raw.startsWith("OR|")) {
        String[] p = raw.split("\\|", 4);
        return p.length != 4
            ? null
            : new OpenSearchCursor(
                sort,
                Double.longBitsToDouble(Long.parseLong(p[1])),
                0,
                p[3],
                p[2].isEmpty() ? null : p[2]);
      }
      if (sort == SearchRequest.Sort.DATE && raw.startsWith("OD|")) {
        String[] p = raw.split("\\|", 3);
        return p.length != 3
            ? null
            : new OpenSearchCursor(sort, 0, Long.parseLong(p[1]), p[2], null);
      }
      return null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
