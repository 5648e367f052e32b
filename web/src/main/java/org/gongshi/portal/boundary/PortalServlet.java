package org.gongshi.portal.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.platform.Clocks;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.Settings;
import org.gongshi.portal.control.PortalQuery;
import org.gongshi.portal.control.Sitemap;
import org.gongshi.portal.entity.PublishedDecision;
import org.gongshi.search.SearchUnavailableException;

/**
 * Clean public addresses: /portal/decisions/{id} (permalink, with ETag/304, 410 and the notice when
 * withdrawn), /portal/search, /sitemap.xml and /robots.txt. Pages are rendered by Faces.
 */
@WebServlet(urlPatterns = {"/portal/decisions/*", "/portal/search", "/sitemap.xml", "/robots.txt"})
public class PortalServlet extends HttpServlet {
  /**
   * The decision, as the page reads it ({@code #{decision.…}}): a request attribute, not a bean, so
   * the page's some forty expressions skip the CDI lookup and its tests are decided when the view
   * is built (c:if), not by components (a third more pages per second, measured side by side).
   */
  static final String DECISION = "decision";

  /** The search page's data ({@code #{search.…}}), for the same reason. */
  static final String SEARCH = "search";

  @Inject PublicDecisions decisions;
  @Inject PartyRecords parties;
  @Inject Settings settings;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    switch (req.getServletPath()) {
      case "/portal/decisions" -> decision(req, resp);
      case "/portal/search" -> search(req, resp);
      case "/sitemap.xml" -> sitemap(req, resp);
      case "/robots.txt" -> robots(req, resp);
      default -> resp.sendError(404);
    }
  }

  private void decision(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    String info = req.getPathInfo();
    Optional<PublishedDecision> found = Optional.empty();
    if (info != null && info.matches("/\\d{1,18}"))
      found = decisions.find(Long.parseLong(info.substring(1)));
    if (found.isEmpty()) {
      resp.sendError(404);
      return;
    }
    PublishedDecision d = found.get();
    String tag = Caching.decisionTag(d.getId(), d.getVersion(), "html");
    resp.setHeader("ETag", tag);
    resp.setHeader("Last-Modified", Caching.httpDate(d.getUpdatedAt()));
    resp.setHeader("Cache-Control", Caching.CACHE_CONTROL);
    if (notModified(req, tag, d.getUpdatedAt())) {
      resp.setStatus(304);
      return;
    }
    if (!d.isPublic()) resp.setStatus(410); // gone: search engines drop it; people read the notice
    req.setAttribute(DECISION, d);
    req.getRequestDispatcher("/portal/decision.xhtml").forward(req, resp);
  }

  private void search(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    PortalQuery query;
    String error = null;
    try {
      query =
          PortalQuery.parse(
                  req.getParameter("q"),
                  req.getParameter("agency"),
                  req.getParameter("domain"),
                  req.getParameter("year"),
                  req.getParameter("penalty"),
                  req.getParameter("page"),
                  req.getParameter("size"),
                  req.getParameter("sort"),
                  null)
              .withRanges(
                  req.getParameter("from"), req.getParameter("to"), req.getParameter("fine"))
              .withCategory(req.getParameter("category"));
      resp.setHeader("Cache-Control", Caching.CACHE_CONTROL);
    } catch (DomainException e) {
      resp.setStatus(400);
      error = e.getMessage();
      String q = req.getParameter("q");
      query =
          PortalQuery.parse(
              q != null && q.length() <= 200 ? q : null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
    }
    PublicDecisions.Page result = null;
    if (error == null) {
      try {
        result = decisions.search(query);
      } catch (SearchUnavailableException e) {
        // 503, not kept by any cache: the same address answers once the search is back
        boolean busy = e instanceof org.gongshi.search.SearchBusyException;
        error = busy ? "检索请求较多，请稍后再试。" : "检索服务暂时不可用，请稍后再试。";
        resp.setStatus(503);
        resp.setHeader("Retry-After", busy ? "5" : "30");
        resp.setHeader("Cache-Control", "no-store");
      }
    }
    req.setAttribute(
        SEARCH,
        new SearchView(
            req.getContextPath(),
            query,
            result,
            error,
            query.agencyId() == null ? java.util.Map.of() : decisions.agencyNames()));
    req.getRequestDispatcher("/portal/search.xhtml").forward(req, resp);
  }

  private void sitemap(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String root = root();
    List<Sitemap.Url> urls = new ArrayList<>();
    urls.add(new Sitemap.Url(root, null));
    urls.add(new Sitemap.Url(root + "portal/search", null));
    for (Object[] row : decisions.publishedIdsAndUpdates()) {
      urls.add(
          new Sitemap.Url(
              root + "portal/decisions/" + row[0],
              ((Instant) row[1]).atZone(Clocks.CHINA).toLocalDate()));
    }
    for (String code : parties.publishedCodes())
      urls.add(new Sitemap.Url(root + "portal/parties/" + code, null));
    for (String page : List.of("disclosure", "open-data", "about", "help"))
      urls.add(new Sitemap.Url(root + "portal/" + page + ".xhtml", null));
    urls.add(new Sitemap.Url(root + "portal/catalog.xhtml", null));
    for (Long agency : decisions.agencyNames().keySet())
      urls.add(new Sitemap.Url(root + "portal/catalog.xhtml?agency=" + agency, null));
    for (String[] item : decisions.items()) {
      urls.add(
          new Sitemap.Url(
              root
                  + "portal/item.xhtml?agency="
                  + item[0]
                  + "&code="
                  + java.net.URLEncoder.encode(item[1], java.nio.charset.StandardCharsets.UTF_8),
              null));
    }
    send(req, resp, "application/xml;charset=UTF-8", Sitemap.write(urls));
  }

  private void robots(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String body =
        """
        User-agent: *
        Allow: /
        Allow: /api/public/
        Disallow: /api/
        Disallow: /staff/
        Disallow: /login.xhtml
        Sitemap: %ssitemap.xml
        """
            .formatted(root());
    send(req, resp, "text/plain;charset=UTF-8", body);
  }

  private static void send(
      HttpServletRequest req, HttpServletResponse resp, String type, String body)
      throws IOException {
    byte[] bytes = Caching.utf8(body);
    String tag = Caching.bodyTag(bytes);
    resp.setHeader("ETag", tag);
    resp.setHeader("Cache-Control", Caching.CACHE_CONTROL);
    if (Caching.matches(req.getHeader("If-None-Match"), tag)) {
      resp.setStatus(304);
      return;
    }
    resp.setContentType(type);
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  /** If-None-Match decides when present; otherwise If-Modified-Since (second precision). */
  static boolean notModified(HttpServletRequest req, String tag, Instant lastModified) {
    String inm = req.getHeader("If-None-Match");
    if (inm != null) return Caching.matches(inm, tag);
    String ims = req.getHeader("If-Modified-Since");
    if (ims == null || lastModified == null) return false;
    try {
      Instant since = ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return lastModified.getEpochSecond() <= since.getEpochSecond();
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The configured public address ("https://host/"), never the request's Host header. */
  private String root() {
    return settings.publicBaseUrl();
  }
}
