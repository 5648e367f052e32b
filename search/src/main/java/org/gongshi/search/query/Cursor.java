package org.gongshi.search.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.gongshi.search.index.IndexStore;

/**
 * Opaque search-after cursor. By relevance: the last hit's score and Lucene doc id, and the version
 * of the searcher the page came from (ties are broken by doc id, which only that searcher keeps
 * stable, so the next page is read from it while it is kept). By date: the date and the id. A
 * cursor from another node or an earlier index continues on the current searcher.
 */
final class Cursor {

  /** Where to continue: the last hit, and for relevance the searcher's point in time. */
  record Position(ScoreDoc after, IndexStore.PointInTime point) {}

  private Cursor() {}

  static String encode(SearchRequest.Sort sort, ScoreDoc last, IndexStore.PointInTime point) {
    String raw;
    if (sort == SearchRequest.Sort.RELEVANCE) {
      raw =
          "R|"
              + Float.floatToIntBits(last.score)
              + "|"
              + last.doc
              + "|"
              + point.store()
              + "|"
              + point.version();
    } else {
      FieldDoc fd = (FieldDoc) last;
      raw = "D|" + fd.fields[0] + "|" + ((BytesRef) fd.fields[1]).utf8ToString();
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The position to continue after, or {@code null} for a missing, foreign or damaged cursor. */
  static Position decode(SearchRequest.Sort sort, String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] p = raw.split("\\|", 5);
      if (sort == SearchRequest.Sort.RELEVANCE) {
        if (p.length != 5 || p[0].equals("R") == false) {
          return null;
        }
        int doc = Integer.parseInt(p[2]);
        if (doc < 0) {
          return null;
        }
        IndexStore.PointInTime point =
            new IndexStore.PointInTime(Long.parseLong(p[3]), Long.parseLong(p[4]));
        return new Position(new ScoreDoc(doc, Float.intBitsToFloat(Integer.parseInt(p[1]))), point);
      }
      if (p.length != 3 || p[0].equals("D") == false) {
        return null;
      }
      return new Position(
          new FieldDoc(
              Integer.MAX_VALUE,
              Float.NaN,
              new Object[] {Long.parseLong(p[1]), new BytesRef(p[2])}),
          IndexStore.PointInTime.NONE);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
