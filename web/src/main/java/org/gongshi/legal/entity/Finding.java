package org.gongshi.legal.entity;

/** What Gongshi found in the file for a check, before the reviewer's verdict. */
public enum Finding {
  OK("案卷显示符合"),
  PROBLEM("案卷显示存在问题"),
  MANUAL("须人工审查");

  public final String label;

  Finding(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
