package org.gongshi.remedy.entity;

/** The two remedies a party has against a penalty decision. */
public enum RemedyKind {
  RECONSIDERATION("行政复议"),
  LITIGATION("行政诉讼");

  public final String label;

  RemedyKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
