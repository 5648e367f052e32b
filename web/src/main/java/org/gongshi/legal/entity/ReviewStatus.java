package org.gongshi.legal.entity;

/** Where a legal review stands. */
public enum ReviewStatus {
  IN_REVIEW("审核中"),
  PASSED("审核通过"),
  RETURNED("退回补正"),
  FAILED("审核不通过");

  public final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
