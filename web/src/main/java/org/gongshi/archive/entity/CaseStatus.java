package org.gongshi.archive.entity;

/** Life of a case: open while investigated, closed at 结案, sealed (归档) for good. */
public enum CaseStatus {
  OPEN("办理中"),
  CLOSED("已结案"),
  SEALED("已归档");

  public final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
