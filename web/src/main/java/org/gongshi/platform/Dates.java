package org.gongshi.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates from query and form parameters, with the field named when one is wrong. Every date keeps to
 * {@link DatePolicy}: {@code optional}/{@code required} for planned dates and ranges (up to the
 * future margin), {@code optionalPast}/{@code requiredPast} for events that have happened.
 */
public final class Dates {
  private Dates() {}

  /** An optional YYYY-MM-DD parameter: null when absent, a 400 naming the field when malformed. */
  public static LocalDate optional(String field, String value) {
    if (value == null || value.isBlank()) return null;
    LocalDate day = parse(field, value);
    String problem = DatePolicy.plannedProblem(day, DatePolicy.today(), DatePolicy.marginDays());
    if (problem != null) throw DomainException.invalid(field, problem);
    return day;
  }

  /** An optional date of a past event: null when absent; not before 1949-10-01, not after today. */
  public static LocalDate optionalPast(String field, String value) {
    if (value == null || value.isBlank()) return null;
    LocalDate day = parse(field, value);
    String problem = DatePolicy.pastProblem(day, DatePolicy.today());
    if (problem != null) throw DomainException.invalid(field, problem);
    return day;
  }

  /** A required date of a past event. */
  public static LocalDate requiredPast(String field, String value) {
    if (value == null || value.isBlank())
      throw DomainException.invalid(field, "请提供日期，格式 YYYY-MM-DD");
    return optionalPast(field, value);
  }

  private static LocalDate parse(String field, String value) {
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
