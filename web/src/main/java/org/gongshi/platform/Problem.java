package org.gongshi.platform;

import java.util.List;

/** The JSON body of every error answer: the first field at fault and all violations. */
public record Problem(int status, String field, String message, List<Violation> violations) {
  public record Violation(String field, String message) {}

  public static Problem of(int status, String field, String message) {
    return new Problem(status, field, message, List.of(new Violation(field, message)));
  }
}
