package org.gongshi.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a JSON body against the type it will be bound to, before JSON-B binds it: JSON-B truncates
 * {@code 1.5} to 1, wraps an integer beyond 2^63, and names no field for a wrong enum constant.
 * Here every number bound to an integer must be whole and in range, every enum a known constant,
 * every date a real YYYY-MM-DD; the first mismatch is a 400 naming its JSON path ({@code
 * parties[0].kind}) and what is allowed. Unknown keys and types it does not know are left to
 * JSON-B.
 */
public final class JsonInput {
  private JsonInput() {}

  /** The type of a resource method's entity parameter (the one without a JAX-RS annotation). */
  public static Type entityType(java.lang.reflect.Method method) {
    if (method == null) return null;
    var params = method.getParameters();
    for (var p : params) {
      boolean annotated =
          Arrays.stream(p.getAnnotations())
              .anyMatch(
                  a ->
                      a.annotationType().getPackageName().equals("jakarta.ws.rs")
                          || a.annotationType().getPackageName().equals("jakarta.ws.rs.core"));
      if (!annotated) return p.getParameterizedType();
    }
    return null;
  }

  /** The problem with the body, or null when its shape fits the type. */
  public static Problem check(JsonValue value, Type type) {
    return check(value, type, "", 0);
  }

  private static Problem check(JsonValue value, Type type, String path, int depth) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL || depth > 32)
      return null;
    Class<?> raw = raw(type);
    if (raw == null) return null;
    String field = path.isEmpty() ? "body" : path;
    if (isInteger(raw)) return integer(value, raw, field);
    if (raw == BigDecimal.class
        || raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class) {
      return decimal(value, field);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE
          ? null
          : bad(field, "应为 true 或 false");
    }
    if (raw.isEnum()) return enumValue(value, raw, field);
    if (raw == LocalDate.class) return date(value, field);
    if (Collection.class.isAssignableFrom(raw)) {
      if (value.getValueType() != JsonValue.ValueType.ARRAY) return bad(field, "应为数组 [...]");
      Type element = argument(type, 0);
      var array = value.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        Problem p = check(array.get(i), element, path + "[" + i + "]", depth + 1);
        if (p != null) return p;
      }
      return null;
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) return bad(field, "应为对象 {...}");
      Type valueType = argument(type, 1);
      for (var e : value.asJsonObject().entrySet()) {
        Problem p = check(e.getValue(), valueType, child(path, e.getKey()), depth + 1);
        if (p != null) return p;
      }
      return null;
    }
    if (raw.isRecord() || isBean(raw)) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) return bad(field, "应为对象 {...}");
      JsonObject object = value.asJsonObject();
      for (var e : properties(raw).entrySet()) {
        if (!object.containsKey(e.getKey())) continue;
        Problem p = check(object.get(e.getKey()), e.getValue(), child(path, e.getKey()), depth + 1);
        if (p != null) return p;
      }
    }
    return null;
  }

  private static Problem integer(JsonValue value, Class<?> raw, String field) {
    BigDecimal number;
    if (value.getValueType() == JsonValue.ValueType.NUMBER) {
      number = ((JsonNumber) value).bigDecimalValue();
    } else if (value.getValueType() == JsonValue.ValueType.STRING) {
      try {
        number = new BigDecimal(((JsonString) value).getString().trim());
      } catch (NumberFormatException e) {
        return bad(field, "应为整数" + range(raw));
      }
    } else {
      return bad(field, "应为整数" + range(raw));
    }
    BigInteger whole;
    try {
      whole = number.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      return bad(field, "应为整数，不能有小数（" + number.toPlainString() + "）");
    }
    BigInteger[] bounds = bounds(raw);
    if (bounds != null && (whole.compareTo(bounds[0]) < 0 || whole.compareTo(bounds[1]) > 0))
      return bad(field, "超出范围" + range(raw));
    return null;
  }

  private static Problem decimal(JsonValue value, String field) {
    if (value.getValueType() == JsonValue.ValueType.NUMBER) return null;
    if (value.getValueType() == JsonValue.ValueType.STRING) {
      try {
        new BigDecimal(((JsonString) value).getString().trim());
        return null;
      } catch (NumberFormatException e) {
        return bad(field, "应为数字");
      }
    }
    return bad(field, "应为数字");
  }

  private static Problem enumValue(JsonValue value, Class<?> raw, String field) {
    String allowed =
        Arrays.stream(raw.getEnumConstants())
            .map(c -> ((Enum<?>) c).name())
            .collect(Collectors.joining("、"));
    if (value.getValueType() != JsonValue.ValueType.STRING) return bad(field, "允许的取值：" + allowed);
    String given = ((JsonString) value).getString();
    for (Object c : raw.getEnumConstants()) if (((Enum<?>) c).name().equals(given)) return null;
    return bad(field, "的值“" + ErrorMappers.shorten(given) + "”不合法，允许的取值：" + allowed);
  }

  private static Problem date(JsonValue value, String field) {
    if (value.getValueType() != JsonValue.ValueType.STRING)
      return bad(field, "应为日期字符串 YYYY-MM-DD，如 2026-10-09");
    String given = ((JsonString) value).getString();
    try {
      LocalDate.parse(given);
      return null;
    } catch (DateTimeParseException e) {
      return bad(field, "的日期“" + ErrorMappers.shorten(given) + "”不合法，格式应为 YYYY-MM-DD，如 2026-10-09");
    }
  }

  private static Problem bad(String field, String rule) {
    return Problem.of(400, field, "字段 " + field + " " + rule);
  }

  private static boolean isInteger(Class<?> c) {
    return c == int.class
        || c == Integer.class
        || c == long.class
        || c == Long.class
        || c == short.class
        || c == Short.class
        || c == byte.class
        || c == Byte.class
        || c == BigInteger.class;
  }

  private static BigInteger[] bounds(Class<?> c) {
    if (c == int.class || c == Integer.class)
      return new BigInteger[] {
        BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)
      };
    if (c == long.class || c == Long.class)
      return new BigInteger[] {
        BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)
      };
    if (c == short.class || c == Short.class)
      return new BigInteger[] {
        BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)
      };
    if (c == byte.class || c == Byte.class)
      return new BigInteger[] {
        BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE)
      };
    return null;
  }

  private static String range(Class<?> c) {
    BigInteger[] b = bounds(c);
    return b == null ? "" : "（" + b[0] + " 至 " + b[1] + "）";
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) return c;
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) return c;
    return null;
  }

  private static Type argument(Type type, int i) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > i
        ? p.getActualTypeArguments()[i]
        : Object.class;
  }

  /** Application classes with fields (JSON-B binds their fields or setters by name). */
  private static boolean isBean(Class<?> c) {
    return c.getName().startsWith("org.gongshi.") && !c.isInterface() && !c.isArray();
  }

  private static Map<String, Type> properties(Class<?> c) {
    Map<String, Type> out = new java.util.LinkedHashMap<>();
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) out.put(rc.getName(), rc.getGenericType());
      return out;
    }
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) continue;
        out.putIfAbsent(f.getName(), f.getGenericType());
      }
    }
    return out;
  }
}
