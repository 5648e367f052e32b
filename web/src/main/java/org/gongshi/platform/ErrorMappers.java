package org.gongshi.platform;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps every failure of the REST API to JSON {field, message}; never a stack trace. */
public final class ErrorMappers {
  private ErrorMappers() {}

  static Response json(Problem p) {
    Response.ResponseBuilder b =
        Response.status(p.status())
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .entity(p);
    // an API client without credentials is told how to send them
    if (p.status() == 401)
      b.header("WWW-Authenticate", "Basic realm=\"Gongshi\", charset=\"UTF-8\"");
    return b.build();
  }

  @Provider
  public static class Domain implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
      return json(Problem.of(e.status(), e.field(), e.getMessage()));
    }
  }

  /** The search cluster is down: 503 with a message; changes wait in the outbox meanwhile. */
  @Provider
  public static class SearchUnavailable
      implements ExceptionMapper<org.gongshi.search.SearchUnavailableException> {
    private static final Logger LOG = Logger.getLogger(SearchUnavailable.class.getName());

    @Override
    public Response toResponse(org.gongshi.search.SearchUnavailableException e) {
      if (e instanceof org.gongshi.search.SearchBusyException) {
        LOG.log(Level.WARNING, "Portal search refused: " + e.getMessage());
        return Response.fromResponse(json(Problem.of(503, null, "检索请求较多，请稍后再试。")))
            .header("Retry-After", "5")
            .build();
      }
      LOG.log(Level.WARNING, "Search backend unavailable", e);
      return Response.fromResponse(
              json(Problem.of(503, null, "搜索服务暂时不可用，请稍后再试；新的修改已保存，服务恢复后会自动补入检索。")))
          .header("Retry-After", "30")
          .build();
    }
  }

  @Provider
  public static class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Problem.Violation> vs =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.Violation(leaf(v), v.getMessage()))
              .sorted((a, b) -> a.field().compareTo(b.field()))
              .toList();
      Problem.Violation first = vs.isEmpty() ? new Problem.Violation(null, "输入不合法") : vs.get(0);
      return json(new Problem(400, first.field(), first.message(), vs));
    }

    private static String leaf(ConstraintViolation<?> v) {
      String path = v.getPropertyPath().toString();
      int dot = path.indexOf('.');
      // drop "method.argN" prefixes: the user knows fields, not parameter positions
      String[] parts = path.split("\\.");
      return parts.length > 2
          ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
          : dot >= 0 ? path.substring(dot + 1) : path;
    }
  }

  @Provider
  public static class Json implements ExceptionMapper<JsonbException> {
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    @Override
    public Response toResponse(JsonbException e) {
      // an answer JSON-B could not write is the server's fault, not the request's
      if (whileWriting(e)) return new Unexpected().logged(e);
      return json(problem(e));
    }

    /** The 400 for a body JSON-B could not bind: the property named, what it accepts. */
    static Problem problem(Throwable e) {
      String field = null;
      for (Throwable t = e;
          t != null && field == null;
          t = t.getCause() == t ? null : t.getCause()) {
        Matcher m = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
        if (m != null && m.find()) field = m.group(1);
      }
      String allowed = ParameterErrors.allowedOrNull(e);
      String message =
          field == null
              ? "请求体不是合法的 JSON，或字段类型不符" + (allowed == null ? "" : "：" + allowed)
              : "字段 " + field + " 的值不合法：" + (allowed == null ? "类型或格式不符" : allowed);
      return Problem.of(400, field, message);
    }

    static boolean whileWriting(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t.getMessage() != null && t.getMessage().startsWith("Unable to serialize")) return true;
        for (StackTraceElement f : t.getStackTrace()) {
          if (f.getMethodName().equals("writeTo") || f.getMethodName().equals("toJson"))
            return true;
          if (f.getMethodName().equals("readFrom") || f.getMethodName().equals("fromJson"))
            return false;
        }
      }
      return false;
    }
  }

  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      Throwable cause = e.getCause();
      if (cause instanceof JsonbException je) return new Json().toResponse(je);
      String message =
          switch (status) {
            case 400 -> "请求不合法：" + shorten(e.getMessage());
            case 401 -> "需要登录";
            case 403 -> "无权访问";
            case 404 -> "未找到该资源";
            case 405 -> "不支持该请求方法";
            case 406, 415 -> "不支持的内容类型";
            default -> "请求失败";
          };
      return json(Problem.of(status, null, message));
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        if (root instanceof DomainException) break;
        root = root.getCause();
      }
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t.getClass().getSimpleName().equals("RequestTooBigException")) {
          // Undertow's max-post-size: the body was cut off before the upload limit could count it
          long limit = Long.getLong("gongshi.upload.max-bytes", 209_715_200L);
          return json(Problem.of(413, "file", "请求体超过服务器允许的大小；" + Sizes.tooLarge(limit)));
        }
        if (t instanceof JsonbException je && Json.whileWriting(je) == false) {
          return json(Json.problem(je));
        }
        if (t instanceof jakarta.json.JsonException && !(t instanceof JsonbException)) {
          return json(Problem.of(400, null, "请求体不是合法的 JSON"));
        }
      }
      if (root instanceof DomainException de) return new Domain().toResponse(de);
      if (root instanceof ConstraintViolationException cve) return new Validation().toResponse(cve);
      return logged(e);
    }

    Response logged(Throwable e) {
      String ref = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Unexpected error, reference " + ref, e);
      return json(Problem.of(500, null, "系统内部错误，请联系管理员（编号 " + ref + "）"));
    }
  }

  /** Java class names (org.x.Y, java.lang.Z) and library message codes in a library's text. */
  private static final java.util.regex.Pattern JAVA_NAMES =
      java.util.regex.Pattern.compile(
          "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:\\.[A-Za-z_][\\w$]*)*(?:\\([^)]*\\))?:?"
              + "|\\b[A-Z]+[0-9]{4,}:\\s*|\\b[A-Z][\\w$]*(?:Exception|Error)\\b:?");

  /** A library's message, shortened, without the Java class names it may hold. */
  static String shorten(String s) {
    if (s == null) return "";
    String t = JAVA_NAMES.matcher(s).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }
}
