package org.gongshi.platform;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A query or path parameter of the wrong type ({@code agencyId=abc}, {@code status=NOPE}) is the
 * client's mistake, not a missing resource: JAX-RS answers it with a NotFoundException caused by
 * the failed conversion; this turns it into 400 naming the parameter and what it accepts. A real
 * 404 (no cause) stays a 404.
 */
@Provider
public class ParameterErrors implements ExceptionMapper<NotFoundException> {
  /** RESTEasy: {@code …jakarta.ws.rs.QueryParam("agencyId") value is 'abc'…}. */
  private static final Pattern PARAMETER =
      Pattern.compile("(Query|Path|Matrix|Form)Param\\(\"([^\"]+)\"\\)(?: value is '([^']*)')?");

  private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.[^.]*$");

  @Override
  public Response toResponse(NotFoundException e) {
    Problem p = problem(e.getMessage(), e.getCause());
    return p == null ? new ErrorMappers.Web().toResponse(e) : ErrorMappers.json(p);
  }

  /**
   * The 400 for a conversion failure, or null when the NotFoundException (its message and cause) is
   * a real 404.
   */
  static Problem problem(String exceptionMessage, Throwable cause) {
    if (cause == null || exceptionMessage == null) return null;
    Matcher m = PARAMETER.matcher(exceptionMessage);
    if (!m.find()) return null;
    String name = m.group(2);
    String value = m.group(3);
    String kind = m.group(1).equals("Path") ? "路径参数" : "参数";
    String message =
        kind
            + " "
            + name
            + (value == null ? "" : " 的值“" + ErrorMappers.shorten(value) + "”")
            + " 不合法："
            + allowed(cause);
    return Problem.of(400, name, message);
  }

  private static String allowed(Throwable cause) {
    String allowed = allowedOrNull(cause);
    return allowed == null ? "类型不符" : allowed;
  }

  /** What a failed conversion accepts (integer, date, the enum's constants), or null if unknown. */
  static String allowedOrNull(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NumberFormatException) return "应为整数（或数字），且不超出范围";
      if (t instanceof DateTimeParseException) return "应为日期 YYYY-MM-DD";
      Matcher m = t.getMessage() == null ? null : ENUM.matcher(t.getMessage());
      if (m != null && m.find()) {
        Class<?> type = enumClass(m.group(1));
        if (type != null) {
          return "允许的取值："
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> ((Enum<?>) c).name())
                  .collect(Collectors.joining("、"));
        }
      }
    }
    return null;
  }

  /** The enum named by its canonical name (nested enums have '$' in their binary name). */
  private static Class<?> enumClass(String canonical) {
    String name = canonical;
    for (int i = 0; i < 4 && name.indexOf('.') > 0; i++) {
      try {
        Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        return type.isEnum() ? type : null;
      } catch (ClassNotFoundException | LinkageError notThisOne) {
        int dot = name.lastIndexOf('.');
        name = name.substring(0, dot) + "$" + name.substring(dot + 1);
      }
    }
    return null;
  }
}
