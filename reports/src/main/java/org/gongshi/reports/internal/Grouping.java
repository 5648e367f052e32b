package org.gongshi.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Brings rows of one group together (for subtotals), keeping groups and rows in input order. */
public final class Grouping {

  private Grouping() {}

  /**
   * @param rows rows in any order
   * @param key group key
   * @param <T> row type
   * @return rows ordered by the first appearance of their key, stable within a group
   */
  public static <T> List<T> byFirstAppearance(List<T> rows, Function<T, String> key) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    for (T row : rows) {
      groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
    }
    if (groups.size() <= 1) {
      return rows;
    }
    List<T> out = new ArrayList<>(rows.size());
    groups.values().forEach(out::addAll);
    return out;
  }
}
