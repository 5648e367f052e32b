package org.gongshi.catalog.control;

/**
 * The fields of a discretion level. A level's label is prefixed by its position, e.g. {@code
 * 裁量2-罚款上限（元）} for the upper fine of the second (heavier) level.
 */
public enum LevelField {
  NAME("档次"),
  CONDITIONS("适用情形"),
  FINE_MIN("罚款下限（元）"),
  FINE_MAX("罚款上限（元）"),
  OTHER_PENALTY("其他处罚");

  private final String suffix;

  LevelField(String suffix) {
    this.suffix = suffix;
  }

  /** The label of this field for the level at the given position (1 = lightest). */
  public String label(int order) {
    return "裁量" + order + "-" + suffix;
  }
}
