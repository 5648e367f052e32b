package org.gongshi.platform;

import java.util.List;

/** The JSON body of every error answer: the first field at fault and all violations. */
public record Problem(int status, String field, String message, List<Violation> violations) {
  public record Violation(String field, String message) {}

  public static Problem of(int status, String field, String message) {
    return new Problem(status, field, message, List.of(new Violation(field, message)));
  }

  /** The same body as text, for answers written outside JAX-RS (servlet filters, Undertow). */
  public String toJson() {
    jakarta.json.JsonArrayBuilder vs = jakarta.json.Json.createArrayBuilder();
    for (Violation v : violations)
      vs.add(
          withField(jakarta.json.Json.createObjectBuilder(), v.field())
              .add("message", v.message()));
    return withField(jakarta.json.Json.createObjectBuilder().add("status", status), field)
        .add("message", message)
        .add("violations", vs)
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder withField(
      jakarta.json.JsonObjectBuilder b, String field) {
    return field == null ? b.addNull("field") : b.add("field", field);
  }
}
