package org.gongshi.portal.entity;

/** 行政相对人类别 of the national 双公示 fields. */
public enum PartyCategory {
  ORGANISATION("法人及非法人组织"),
  NATURAL_PERSON("自然人"),
  INDIVIDUAL_BUSINESS("个体工商户");

  public final String label;

  PartyCategory(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
