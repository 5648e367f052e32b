package org.gongshi.legal.entity;

/** Where a filing with the legal office stands. */
public enum FilingStatus {
  SUBMITTED("待审查"),
  ACCEPTED("准予备案"),
  CORRECTIONS_REQUIRED("责令纠正/补正");

  public final String label;

  FilingStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
