package org.gongshi.legal.entity;

/** The reviewer's verdict on a check: the item is in order, or it is not. */
public enum Verdict {
  SOUND("符合"),
  DEFECTIVE("不符合");

  public final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
