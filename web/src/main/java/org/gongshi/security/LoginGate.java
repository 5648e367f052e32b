package org.gongshi.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;

/**
 * Every login attempt, FORM (POST j_security_check) or HTTP Basic, passes here before the container
 * checks its password: it waits the delay {@link LoginThrottle} gives its user name and client
 * address, and its outcome is counted afterwards. Runs as an Undertow handler in front of the
 * container's authentication (servlet filters run after it, too late to hold a guess back).
 * Registered by META-INF/services/io.undertow.servlet.ServletExtension.
 */
public class LoginGate implements ServletExtension {
  private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());

  /** At most this many attempts wait at once; more are refused unchecked (429). */
  static final int MAX_WAITING = 64;

  static final String TOO_MANY = "登录尝试过于频繁，请 %d 秒后再试";

  @Override
  public void handleDeployment(DeploymentInfo info, ServletContext context) {
    info.addOuterHandlerChainWrapper(Gate::new);
  }

  /** What a request offers as a login: the user name it names, or null when it offers none. */
  record Attempt(String user, String address) {}

  static final class Gate implements HttpHandler {
    private final HttpHandler next;
    private final LoginThrottle throttle = LoginThrottle.shared();
    private final Semaphore waiting = new Semaphore(MAX_WAITING);

    Gate(HttpHandler next) {
      this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      Attempt attempt = attempt(exchange);
      if (attempt == null) {
        next.handleRequest(exchange);
        return;
      }
      long wait = throttle.admit(attempt.user(), attempt.address(), System.currentTimeMillis());
      if (wait < 0 || (wait > 0 && !waiting.tryAcquire())) {
        refuse(exchange, attempt);
        return;
      }
      if (wait > 0) {
        try {
          Thread.sleep(wait);
        } finally {
          waiting.release();
        }
      }
      next.handleRequest(exchange);
      var security = exchange.getSecurityContext();
      if (security != null && security.isAuthenticated()) {
        throttle.succeeded(attempt.user());
      } else {
        throttle.failed(attempt.user(), attempt.address(), System.currentTimeMillis());
        LOG.fine(() -> "failed login for " + attempt.user() + " from " + attempt.address());
      }
    }

    private void refuse(HttpServerExchange exchange, Attempt attempt) throws IOException {
      long seconds = LoginThrottle.CAP_MS / 1000;
      LOG.warning(
          () -> "login attempt for " + attempt.user() + " from " + attempt.address() + " refused");
      ServletRequestContext src = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
      HttpServletRequest req = (HttpServletRequest) src.getServletRequest();
      HttpServletResponse res = (HttpServletResponse) src.getServletResponse();
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Retry-After", Long.toString(seconds));
      if (isFormLogin(exchange)) {
        // back to the login page, which says how long to wait
        res.setStatus(303);
        res.setHeader("Location", req.getContextPath() + "/login.xhtml?error=wait");
        return;
      }
      String message = TOO_MANY.formatted(seconds);
      res.setStatus(429);
      res.setContentType("application/json;charset=UTF-8");
      res.getWriter().write(org.gongshi.platform.Problem.of(429, null, message).toJson());
    }
  }

  static Attempt attempt(HttpServerExchange exchange) {
    String address = address(exchange);
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && authorization.length() > 6) {
      return new Attempt(basicUser(authorization.substring(6).trim()), address);
    }
    if (isFormLogin(exchange)) {
      ServletRequestContext src = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
      String user = src == null ? null : src.getServletRequest().getParameter("j_username");
      return new Attempt(user, address);
    }
    return null;
  }

  static boolean isFormLogin(HttpServerExchange exchange) {
    return exchange.getRequestMethod().equals(Methods.POST)
        && exchange.getRelativePath().toLowerCase(Locale.ROOT).endsWith("/j_security_check");
  }

  /** The user name of a Basic credential, or null when it cannot be read. */
  static String basicUser(String encoded) {
    try {
      String plain = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      return colon < 0 ? null : plain.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String address(HttpServerExchange exchange) {
    InetSocketAddress a = exchange.getSourceAddress();
    return a == null || a.getAddress() == null ? null : a.getAddress().getHostAddress();
  }
}
