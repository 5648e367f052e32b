package org.gongshi.remedy.entity;

/** How a reconsideration or suit ended, or that it has not yet. */
public enum RemedyOutcome {
  PENDING("审理中"),
  UPHELD("维持"),
  VARIED("变更"),
  REVOKED("撤销"),
  CONFIRMED_ILLEGAL("确认违法"),
  DISMISSED("驳回"),
  WITHDRAWN("撤回");

  public final String label;

  RemedyOutcome(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
