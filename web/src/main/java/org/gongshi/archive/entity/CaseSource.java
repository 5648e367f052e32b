package org.gongshi.archive.entity;

/** Where a case came from. */
public enum CaseSource {
  PATROL("巡查发现"),
  COMPLAINT("投诉举报"),
  TRANSFER("部门移送"),
  ASSIGNED("上级交办"),
  OTHER("其他");

  public final String label;

  CaseSource(String label) {
    this.label = label;
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
