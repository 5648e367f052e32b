package org.gongshi.catalog.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the enforcement unit exercises an item (行使方式): alone, or jointly with the supervising
 * department (the Xinzhou plan counts 139 direct and 874 joint penalty powers).
 */
public enum ExerciseMode {
  DIRECT("直接行使"),
  JOINT("与业务主管部门联合行使");

  private final String label;

  ExerciseMode(String label) {
    this.label = label;
  }

  /** The Chinese name used in lists, files and messages. */
  public String label() {
    return label;
  }

  /** The mode whose label is the (trimmed) text, if any. */
  public static Optional<ExerciseMode> fromLabel(String text) {
    String t = text == null ? "" : text.strip();
    return Arrays.stream(values()).filter(m -> m.label.equals(t)).findFirst();
  }

  /** The allowed labels joined with 、 for messages. */
  public static String allowedLabels() {
    return Arrays.stream(values()).map(ExerciseMode::label).collect(Collectors.joining("、"));
  }
}
