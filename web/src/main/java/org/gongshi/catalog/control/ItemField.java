package org.gongshi.catalog.control;

/**
 * The top-level fields of a catalog item with their Chinese labels. The labels are the column
 * headers of the import/export files and the field names in validation messages.
 */
public enum ItemField {
  CODE("事项编码"),
  NAME("事项名称"),
  KIND("事项类型"),
  DOMAIN("领域"),
  ENFORCEMENT_UNIT("实施主体"),
  SUPERVISING_DEPARTMENT("业务主管部门"),
  EXERCISE_MODE("行使方式"),
  BASIS_LAW("设定依据-法律"),
  BASIS_ARTICLE("设定依据-条款"),
  BASIS_TEXT("设定依据-条文"),
  FINE_MIN("法定罚款下限（元）"),
  FINE_MAX("法定罚款上限（元）"),
  RESPONSIBILITIES("责任事项"),
  ACCOUNTABILITY("追责情形"),
  PHONE("监督电话"),
  ADDRESS("监督地址");

  private final String label;

  ItemField(String label) {
    this.label = label;
  }

  /** The Chinese label. */
  public String label() {
    return label;
  }
}
