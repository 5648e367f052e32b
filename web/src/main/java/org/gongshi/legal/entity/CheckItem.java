package org.gongshi.legal.entity;

/** The seven checks of a legal review (Art. 58, DOMAIN.md §2), in the order of the form. */
public enum CheckItem {
  BODY_AND_OFFICERS("执法主体合法，执法人员具备执法资格"),
  NO_ULTRA_VIRES("未超越法定职权"),
  FACTS_AND_EVIDENCE("事实清楚，证据合法充分"),
  LAW_AND_DISCRETION("适用法律准确，裁量基准运用适当"),
  PROCEDURE("程序合法"),
  DOCUMENTS("执法文书完备、规范"),
  CRIME_TRANSFER("是否涉嫌犯罪需移送司法机关");

  public final String label;

  CheckItem(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
