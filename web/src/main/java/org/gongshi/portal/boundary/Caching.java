package org.gongshi.portal.boundary;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.gongshi.platform.store.ContentStore;

/**
 * HTTP caching of public answers: short public max-age, validators from the row's version or the
 * body.
 */
final class Caching {
  private Caching() {}

  /** Short, so a withdrawal reaches every cache within a minute. */
  static final int MAX_AGE = 60;

  static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE;

  /** A decision's validator: changes with every update (publication, withdrawal, take-down). */
  static String decisionTag(long id, long version, String variant) {
    return "\"d" + id + "-v" + version + "-" + variant + "\"";
  }

  /** A list's validator: the hash of what was sent. */
  static String bodyTag(byte[] body) {
    return "\""
        + HexFormat.of().formatHex(ContentStore.sha256().digest(body)).substring(0, 32)
        + "\"";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String httpDate(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }

  /** Whether If-None-Match names the tag (or *); weak comparison. */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) return false;
    String bare = tag.replaceFirst("^W/", "");
    for (String t : ifNoneMatch.split(",")) {
      String v = t.strip().replaceFirst("^W/", "");
      if (v.equals("*") || v.equals(bare)) return true;
    }
    return false;
  }
}
