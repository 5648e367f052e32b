package org.gongshi.archive.control;

import org.gongshi.archive.entity.Party;
import org.gongshi.platform.DomainException;
import org.gongshi.platform.id.IdNumber;
import org.gongshi.platform.id.PartyKind;
import org.gongshi.platform.id.Uscc;

/**
 * Who a party may be: a natural person has a valid ID number and no credit code, an organisation a
 * valid credit code and no ID number, an individual business either. Errors name the field.
 */
public final class PartyRules {
  private PartyRules() {}

  /** A checked party; {@code field} is the prefix of its fields in the form, e.g. "parties[0].". */
  public static Party party(
      String field,
      PartyKind kind,
      String name,
      String idNumber,
      String uscc,
      String legalRepresentative,
      String address,
      boolean minor) {
    String id = blankToNull(idNumber);
    String code = blankToNull(uscc);
    switch (kind) {
      case NATURAL_PERSON -> {
        if (id == null) throw DomainException.invalid(field + "idNumber", "自然人当事人须填写18位居民身份证号");
        checkId(field + "idNumber", id);
        if (code != null) throw DomainException.invalid(field + "uscc", "自然人当事人不填写统一社会信用代码");
      }
      case ORGANISATION -> {
        if (code == null) throw DomainException.invalid(field + "uscc", "单位当事人须填写18位统一社会信用代码");
        checkUscc(field + "uscc", code);
        if (id != null) throw DomainException.invalid(field + "idNumber", "单位当事人不填写身份证号（法定代表人另填）");
      }
      case INDIVIDUAL_BUSINESS -> {
        if (code != null) checkUscc(field + "uscc", code);
        if (id != null) checkId(field + "idNumber", id);
      }
    }
    return new Party(
        kind,
        name.trim(),
        id == null ? null : id.toUpperCase(),
        code == null ? null : code.toUpperCase(),
        blankToNull(legalRepresentative),
        blankToNull(address),
        minor);
  }

  private static void checkId(String field, String id) {
    try {
      IdNumber.of(id);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, e.getMessage());
    }
  }

  private static void checkUscc(String field, String uscc) {
    try {
      Uscc.of(uscc);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(field, e.getMessage());
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
