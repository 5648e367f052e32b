package org.gongshi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.gongshi.platform.ControlCharacters;

/**
 * Form and JSON bodies are small: one declared longer than {@link #MAX_FORM_BYTES} is answered 413
 * before it is read, so the HTTP listener's large limit (sized for case-file uploads) cannot be
 * used to fill memory with a form or a JSON document. Uploads (multipart, ZIP) pass: they are
 * counted as they are stored, against limits of their own.
 *
 * <p>Registered in web.xml for every path, first.
 */
public class RequestSizeLimit extends HttpFilter {
  /** The largest JSON, form or text body accepted (2 MB). */
  public static final long MAX_FORM_BYTES = ControlCharacters.MAX_JSON_BYTES;

  static final String MESSAGE = ControlCharacters.TOO_LARGE;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (isSmallKind(req.getContentType()) && req.getContentLengthLong() > MAX_FORM_BYTES) {
      res.setStatus(413);
      res.setHeader("Connection", "close");
      if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
        res.setContentType("application/json;charset=UTF-8");
        res.getWriter().write(org.gongshi.platform.Problem.of(413, "body", MESSAGE).toJson());
      } else {
        res.setContentType("text/plain;charset=UTF-8");
        res.getWriter().write(MESSAGE);
      }
      return;
    }
    chain.doFilter(req, res);
  }

  /** JSON, URL-encoded forms and text: the bodies read whole into memory. */
  static boolean isSmallKind(String contentType) {
    if (contentType == null) return false;
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.contains("json")
        || t.startsWith("application/x-www-form-urlencoded")
        || t.startsWith("text/");
  }
}
