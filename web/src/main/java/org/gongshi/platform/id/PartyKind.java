package org.gongshi.platform.id;

/**
 * The kind of party (行政相对人类别 of the national 双公示 fields), the same in the case, the proposal and
 * the public copy.
 */
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
