package org.gongshi.archive.entity;

/** Background text extraction of a stored file. */
public enum ExtractionStatus {
  PENDING("提取中"),
  DONE("已提取"),
  FAILED("提取失败");

  public final String label;

  ExtractionStatus(String label) {
    this.label = label;
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
