package org.gongshi.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates from query and form parameters, with the field named when one is wrong. */
public final class Dates {
  private Dates() {}

  /** An optional YYYY-MM-DD parameter: null when absent, a 400 naming the field when malformed. */
  public static LocalDate optional(String field, String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(field, "日期“" + value + "”不合法，格式应为 YYYY-MM-DD，如 2026-10-09");
    }
  }

  /** A required YYYY-MM-DD parameter. */
  public static LocalDate required(String field, String value) {
    if (value == null || value.isBlank())
      throw DomainException.invalid(field, "请提供日期，格式 YYYY-MM-DD");
    return optional(field, value);
  }
}
