package org.gongshi.disclosure.entity;

/** Where a decision stands on its way to the public. */
public enum DisclosureStatus {
  PENDING("待公示"),
  NOT_FOR_PUBLICATION("不予公示"),
  PUBLISHED("已公示"),
  WITHDRAWN("已撤回"),
  TAKEN_DOWN("公示期满或信用修复后撤下");

  public final String label;

  DisclosureStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
