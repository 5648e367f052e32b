package org.gongshi.disclosure.control;

/** The kind of party (行政相对人类别) a decision is addressed to. */
public enum PartyKind {
  /** 自然人. */
  NATURAL_PERSON,
  /** 法人及非法人组织. */
  ORGANISATION,
  /** 个体工商户: the business name (字号) is public, its operator is a natural person. */
  INDIVIDUAL_BUSINESS
}
