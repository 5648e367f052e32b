package org.gongshi.archive.entity;

/** Penalty procedure: on-the-spot simple procedure (Art. 51) or general procedure. */
public enum Procedure {
  SIMPLE("简易程序"),
  GENERAL("普通程序");

  public final String label;

  Procedure(String label) {
    this.label = label;
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
