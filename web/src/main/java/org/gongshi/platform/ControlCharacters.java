package org.gongshi.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One input rule for the whole API: no control characters in text. A NUL byte or another control
 * character (other than tab, line feed and carriage return) in any string of a JSON body, or in a
 * query parameter, is refused with 400 naming the field (a JSON path such as {@code
 * parties[0].name}) before any resource sees it; such text would otherwise reach the public JSON
 * and CSV. The same pass checks the body's shape against the resource's parameter type ({@link
 * JsonInput}): whole numbers in range, known enum constants, real dates.
 */
@Provider
public class ControlCharacters implements ContainerRequestFilter {
  @jakarta.ws.rs.core.Context jakarta.ws.rs.container.ResourceInfo resourceInfo;

  /**
   * The largest JSON, form or text body (also security.RequestSizeLimit's, for declared lengths).
   */
  public static final long MAX_JSON_BYTES = 2L * 1024 * 1024;

  public static final String TOO_LARGE = "请求内容超过上限 2 MB，未处理；上传文件请使用文件上传";

  static final String RULE = "含有控制字符（如 NUL），不允许；只允许可见文字、空格、制表符和换行";

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    for (Map.Entry<String, List<String>> p : request.getUriInfo().getQueryParameters().entrySet()) {
      for (String v : p.getValue()) {
        if (forbidden(v)) abort(request, p.getKey(), "参数 " + p.getKey() + " " + RULE);
      }
    }
    MediaType type = request.getMediaType();
    if (!request.hasEntity() || type == null || !type.getSubtype().toLowerCase().endsWith("json"))
      return;
    // a body without a declared length is read only up to the same bound as a declared one
    byte[] body = request.getEntityStream().readNBytes((int) MAX_JSON_BYTES + 1);
    if (body.length > MAX_JSON_BYTES) {
      request.abortWith(ErrorMappers.json(Problem.of(413, "body", TOO_LARGE)));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonValue json;
    try (var reader =
        Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
      json = reader.readValue();
    } catch (JsonException notJson) {
      return; // the resource answers malformed JSON as it always has
    }
    String field = offendingField(json, "");
    if (field != null) {
      abort(request, field, "字段 " + field + " " + RULE);
      return;
    }
    Problem shape =
        JsonInput.check(
            json,
            resourceInfo == null ? null : JsonInput.entityType(resourceInfo.getResourceMethod()));
    if (shape != null) request.abortWith(ErrorMappers.json(shape));
  }

  private static void abort(ContainerRequestContext request, String field, String message) {
    request.abortWith(ErrorMappers.json(Problem.of(400, field, message)));
  }

  /** The JSON path of the first string (or key) with a control character, or null. */
  public static String offendingField(JsonValue value, String path) {
    switch (value.getValueType()) {
      case STRING -> {
        return forbidden(((JsonString) value).getString())
            ? (path.isEmpty() ? "body" : path)
            : null;
      }
      case OBJECT -> {
        for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
          String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
          if (forbidden(e.getKey())) return child;
          String found = offendingField(e.getValue(), child);
          if (found != null) return found;
        }
        return null;
      }
      case ARRAY -> {
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
          String found = offendingField(array.get(i), path + "[" + i + "]");
          if (found != null) return found;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /** C0 controls except tab, LF and CR; DEL; C1 controls. */
  static boolean forbidden(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f))
        return true;
    }
    return false;
  }
}
