package org.gongshi.catalog.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of a catalog item (事项类型), as the power lists name it. */
public enum ItemKind {
  PENALTY("行政处罚"),
  COERCION("行政强制"),
  INSPECTION("行政检查"),
  LICENSING("行政许可"),
  CONFIRMATION("行政确认"),
  OTHER("其他");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  /** The Chinese name used in lists, files and messages. */
  public String label() {
    return label;
  }

  /** The kind whose label is the (trimmed) text, if any. */
  public static Optional<ItemKind> fromLabel(String text) {
    String t = text == null ? "" : text.strip();
    return Arrays.stream(values()).filter(k -> k.label.equals(t)).findFirst();
  }

  /** The allowed labels joined with 、 for messages. */
  public static String allowedLabels() {
    return Arrays.stream(values()).map(ItemKind::label).collect(Collectors.joining("、"));
  }
}
