package org.gongshi.search.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/** Opaque search-after cursor: the sort values of the last hit (score or date, then id). */
final class Cursor {

  private Cursor() {}

  static String encode(SearchRequest.Sort sort, FieldDoc last) {
    Object key = last.fields[0];
    String value = key instanceof Float f ? Integer.toString(Float.floatToIntBits(f)) : String.valueOf(key);
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String raw = sort.name().charAt(0) + "|" + value + "|" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The position to continue after, or {@code null} for a missing, foreign or damaged cursor. */
  static FieldDoc decode(SearchRequest.Sort sort, String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] p = raw.split("\\|", 3);
      if (p.length != 3 || p[0].charAt(0) != sort.name().charAt(0)) {
        return null;
      }
      Object key =
          sort == SearchRequest.Sort.RELEVANCE
              ? (Object) Float.intBitsToFloat(Integer.parseInt(p[1]))
              : (Object) Long.parseLong(p[1]);
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {key, new BytesRef(p[2])});
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
