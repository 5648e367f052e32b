package org.gongshi.portal.control;

import java.time.LocalDate;
import java.util.List;
import org.gongshi.search.Markup;

/** A sitemaps.org urlset. */
public final class Sitemap {
  private Sitemap() {}

  /** A page and the day it last changed (or null). */
  public record Url(String loc, LocalDate lastModified) {}

  public static final int MAX_URLS = 50_000;

  public static String write(List<Url> urls) {
    StringBuilder b = new StringBuilder(128 + urls.size() * 96);
    b.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    urls.stream()
        .limit(MAX_URLS)
        .forEach(
            u -> {
              b.append("  <url><loc>").append(Markup.escape(u.loc())).append("</loc>");
              if (u.lastModified() != null)
                b.append("<lastmod>").append(u.lastModified()).append("</lastmod>");
              b.append("</url>\n");
            });
    return b.append("</urlset>\n").toString();
  }
}
