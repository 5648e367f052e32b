package org.gongshi.reports.model;

import java.util.Objects;

/**
 * The party (当事人) of a penalty case.
 *
 * @param type kind of party, decides the label of {@code code}
 * @param name name (already masked, e.g. 张某某, in a public variant)
 * @param code 统一社会信用代码 or 身份证号码 (may be masked or null)
 * @param legalRepresentative 法定代表人 / 负责人 / 经营者, or null
 * @param address 住所 / 住址
 */
public record Party(
    PartyType type, String name, String code, String legalRepresentative, String address) {

  /** Validates the required parts. */
  public Party {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
  }

  /** Kind of party, as in the national 双公示 fields. */
  public enum PartyType {
    /** 法人及非法人组织. */
    ORGANISATION("统一社会信用代码", "法定代表人"),
    /** 个体工商户. */
    INDIVIDUAL_BUSINESS("统一社会信用代码", "经营者"),
    /** 自然人. */
    NATURAL_PERSON("身份证号码", null);

    private final String codeLabel;
    private final String representativeLabel;

    PartyType(String codeLabel, String representativeLabel) {
      this.codeLabel = codeLabel;
      this.representativeLabel = representativeLabel;
    }

    /**
     * @return label of the identifier
     */
    public String codeLabel() {
      return codeLabel;
    }

    /**
     * @return label of the representative, or null for a natural person
     */
    public String representativeLabel() {
      return representativeLabel;
    }
  }
}
