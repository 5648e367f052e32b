package org.gongshi.security;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

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
  public static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

  static final String MESSAGE = "请求内容超过上限 2 MB，未处理；上传文件请使用文件上传";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (isSmallKind(req.getContentType()) && req.getContentLengthLong() > MAX_FORM_BYTES) {
      res.setStatus(413);
      res.setHeader("Connection", "close");
      if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
        res.setContentType("application/json;charset=UTF-8");
        res.getWriter()
            .write(
                Json.createObjectBuilder()
                    .add("status", 413)
                    .add("field", "body")
                    .add("message", MESSAGE)
                    .add(
                        "violations",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("field", "body")
                                    .add("message", MESSAGE)))
                    .build()
                    .toString());
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
