package org.gongshi.portal.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongshi.search.Markup;

/** An Atom 1.0 feed (RFC 4287) of publications; every text escaped. */
public final class AtomFeed {
  private AtomFeed() {}

  /**
   * One entry.
   *
   * @param id a permanent URI (the permalink)
   * @param link the page of the decision
   */
  public record Entry(
      String id,
      String title,
      String link,
      Instant published,
      Instant updated,
      String author,
      String summary,
      List<String> categories) {}

  /**
   * @param id the feed's permanent URI
   * @param self the feed's own address
   * @param alternate the HTML page showing the same list
   */
  public static String write(
      String id,
      String title,
      String self,
      String alternate,
      Instant updated,
      List<Entry> entries) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
    el(b, "  ", "id", id);
    el(b, "  ", "title", title);
    el(b, "  ", "updated", time(updated));
    b.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(Markup.escape(self))
        .append("\"/>\n");
    b.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(Markup.escape(alternate))
        .append("\"/>\n");
    b.append("  <generator>Gongshi</generator>\n");
    for (Entry e : entries) {
      b.append("  <entry>\n");
      el(b, "    ", "id", e.id());
      el(b, "    ", "title", e.title());
      b.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(Markup.escape(e.link()))
          .append("\"/>\n");
      el(b, "    ", "published", time(e.published()));
      el(b, "    ", "updated", time(e.updated()));
      b.append("    <author><name>").append(Markup.escape(e.author())).append("</name></author>\n");
      for (String c : e.categories()) {
        b.append("    <category term=\"").append(Markup.escape(c)).append("\"/>\n");
      }
      if (e.summary() != null && !e.summary().isBlank()) {
        b.append("    <summary type=\"text\">")
            .append(Markup.escape(e.summary()))
            .append("</summary>\n");
      }
      b.append("  </entry>\n");
    }
    b.append("</feed>\n");
    return b.toString();
  }

  private static void el(StringBuilder b, String indent, String name, String text) {
    b.append(indent)
        .append('<')
        .append(name)
        .append('>')
        .append(Markup.escape(text))
        .append("</")
        .append(name)
        .append(">\n");
  }

  static String time(Instant t) {
    return (t == null ? Instant.EPOCH : t).truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
