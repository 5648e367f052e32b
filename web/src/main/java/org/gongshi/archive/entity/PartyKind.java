package org.gongshi.archive.entity;

/** The kind of party (行政相对人类别). */
public enum PartyKind {
  NATURAL_PERSON("自然人"),
  ORGANISATION("法人及非法人组织"),
  INDIVIDUAL_BUSINESS("个体工商户");

  public final String label;

  PartyKind(String label) {
    this.label = label;
  }

  /** For Facelets EL. */
  public String getLabel() {
    return label;
  }
}
