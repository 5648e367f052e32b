package org.gongshi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * API clients get a JSON 401, not the login page: when the container answers a refused HTTP Basic
 * login by forwarding to the login page and the request was for /api/*, this writes the JSON
 * Problem and a Basic challenge instead. Pages still get the login form.
 *
 * <p>Registered in web.xml on /login.xhtml for FORWARD.
 */
public class ApiLoginChallenge extends HttpFilter {
  static final String MESSAGE = "用户名或密码错误，或未登录：请以 HTTP Basic 提供正确的用户名和密码";
  static final String CHALLENGE = "Basic realm=\"Gongshi\", charset=\"UTF-8\"";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Object original = req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (!(original instanceof String uri) || !uri.startsWith(req.getContextPath() + "/api/")) {
      chain.doFilter(req, res);
      return;
    }
    res.resetBuffer();
    res.setStatus(401);
    res.setHeader("WWW-Authenticate", CHALLENGE);
    res.setHeader("Cache-Control", "no-store");
    res.setContentType("application/json;charset=UTF-8");
    res.getWriter().write(org.gongshi.platform.Problem.of(401, null, MESSAGE).toJson());
  }
}
