package org.gongshi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses cross-site state changes (CSRF): a POST, PUT, PATCH or DELETE that a browser sends from
 * another site with the user's session cookie. The browser says where a request comes from
 * (Sec-Fetch-Site, Origin, Referer); a state change is let through only when it comes from this
 * host. A request carrying a session cookie but none of those headers is refused too, since every
 * browser in use sends Origin on such requests. Clients that send no session cookie and no browser
 * headers (HTTP Basic scripts, curl) are not affected: a cross-site page cannot make a browser send
 * a request without these headers.
 *
 * <p>Registered in web.xml for every path (the REST API and the Faces pages).
 */
public class CrossSiteRequestGuard extends HttpFilter {
  private static final Logger LOG = Logger.getLogger(CrossSiteRequestGuard.class.getName());
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  static final String MESSAGE = "跨站请求已拒绝：修改数据的请求只能从本系统的页面发出，请在本系统页面内重新操作";

  /** What the guard sees of a request. */
  record Seen(
      String method,
      String secFetchSite,
      String origin,
      String referer,
      boolean cookieSession,
      String hostHeader,
      String scheme,
      String serverName,
      int serverPort) {}

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Seen seen =
        new Seen(
            req.getMethod(),
            req.getHeader("Sec-Fetch-Site"),
            req.getHeader("Origin"),
            req.getHeader("Referer"),
            req.getRequestedSessionId() != null && req.isRequestedSessionIdFromCookie(),
            req.getHeader("Host"),
            req.getScheme(),
            req.getServerName(),
            req.getServerPort());
    String why = refusal(seen);
    if (why == null) {
      chain.doFilter(req, res);
      return;
    }
    LOG.warning(
        () ->
            "cross-site "
                + req.getMethod()
                + " "
                + req.getRequestURI()
                + " refused: "
                + why
                + " (from "
                + req.getRemoteAddr()
                + ")");
    res.setStatus(403);
    res.setHeader("Cache-Control", "no-store");
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      res.setContentType("application/json;charset=UTF-8");
      res.getWriter().write(org.gongshi.platform.Problem.of(403, null, MESSAGE).toJson());
    } else {
      res.setContentType("text/plain;charset=UTF-8");
      res.getWriter().write(MESSAGE);
    }
  }

  /** Why the request is refused, or null when it may pass. */
  static String refusal(Seen r) {
    if (SAFE.contains(r.method().toUpperCase(Locale.ROOT))) return null;
    if (r.secFetchSite() != null) {
      String site = r.secFetchSite().trim().toLowerCase(Locale.ROOT);
      // "none": typed by the user or a bookmark; "same-origin": one of our own pages
      if (!site.equals("same-origin") && !site.equals("none")) return "Sec-Fetch-Site " + site;
    }
    if (r.origin() != null) return sameHost(r.origin(), r) ? null : "Origin " + r.origin();
    if (r.referer() != null) return sameHost(r.referer(), r) ? null : "Referer " + r.referer();
    if (r.secFetchSite() != null) return null;
    return r.cookieSession() ? "session cookie without Origin, Referer or Sec-Fetch-Site" : null;
  }

  /** Whether a URL (an Origin or a Referer) names this host as the browser reached it. */
  static boolean sameHost(String url, Seen r) {
    URI u;
    try {
      u = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (u.getHost() == null || u.getScheme() == null) return false; // also Origin: null
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
    String authority = u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    if (r.hostHeader() != null) {
      String host = r.hostHeader().trim().toLowerCase(Locale.ROOT);
      if (!host.contains(":") || host.endsWith("]"))
        host += "https".equalsIgnoreCase(r.scheme()) ? ":443" : ":80";
      if (host.equals(authority)) return true;
    }
    return authority.equals(r.serverName().toLowerCase(Locale.ROOT) + ":" + r.serverPort());
  }
}
