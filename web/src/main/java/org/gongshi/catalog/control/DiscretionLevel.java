package org.gongshi.catalog.control;

import java.util.ArrayList;
import java.util.List;

/**
 * One level of a discretion benchmark (裁量档次), e.g. 轻微, 一般, 较重, 严重. Levels are ordered by {@code
 * order}, 1 being the lightest. A level allows a fine range, another penalty (警告, 不予处罚, 责令停产停业…),
 * or both.
 *
 * @param order position from 1 (lightest)
 * @param name e.g. 一般
 * @param conditions the circumstances that put a case in this level (适用情形)
 * @param range the fine allowed, or null when the level allows no fine
 * @param otherPenalty the penalty other than a fine, or ""
 */
public record DiscretionLevel(
    int order, String name, String conditions, FineRange range, String otherPenalty) {

  /** Validates: a name, and a fine range or another penalty. */
  public DiscretionLevel {
    name = Texts.clean(name);
    conditions = Texts.clean(conditions);
    otherPenalty = Texts.clean(otherPenalty);
    if (order < 1) {
      throw new InvalidCatalogDataException(LevelField.NAME.label(1), "裁量档次序号须从 1 开始，实为 " + order);
    }
    List<FieldProblem> problems = new ArrayList<>();
    Texts.required(problems, LevelField.NAME.label(order), name);
    Texts.maxLength(problems, LevelField.NAME.label(order), name, 20);
    Texts.maxLength(problems, LevelField.CONDITIONS.label(order), conditions, 4000);
    Texts.maxLength(problems, LevelField.OTHER_PENALTY.label(order), otherPenalty, 1000);
    if (range == null && otherPenalty.isEmpty()) {
      String field = LevelField.FINE_MIN.label(order);
      problems.add(new FieldProblem(field, "裁量档次“" + name + "”既无罚款幅度也无其他处罚"));
    }
    Texts.throwIfAny(problems);
  }

  /** E.g. {@code “一般”（1000–3000 元）}. */
  public String describe() {
    return "“" + name + "”" + (range == null ? "" : "（" + range + "）");
  }
}
