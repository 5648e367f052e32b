package org.gongshi.disclosure.control;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a penalty decision stays public, by the credit-repair measures in force on the decision
 * date (DOMAIN.md §3), counted from the decision date: from {@code repairFrom} an approved credit
 * repair may take it down; on {@code expiresOn} it comes down by itself.
 */
public record PublicationPeriod(LocalDate repairFrom, LocalDate expiresOn, String rule) {

  /** General or serious (suspension, revocation, closure and other heavy penalties). */
  public enum Severity {
    GENERAL("一般"),
    SERIOUS("严重");

    public final String label;

    Severity(String label) {
      this.label = label;
    }
  }

  static final LocalDate MEASURES_2023 = LocalDate.of(2023, 5, 1);
  static final LocalDate ORDER_36 = LocalDate.of(2026, 4, 1);

  /**
   * @param safetyDomain special equipment, work safety or fire safety (longer minimum from
   *     2023-05-01)
   */
  public static PublicationPeriod of(LocalDate decidedOn, Severity severity, boolean safetyDomain) {
    if (decidedOn.isBefore(MEASURES_2023)) {
      return severity == Severity.SERIOUS
          ? period(
              decidedOn, Period.ofMonths(6), Period.ofYears(3), "2023年5月1日前作出的严重失信处罚：最短6个月，最长3年")
          : period(
              decidedOn, Period.ofMonths(3), Period.ofYears(1), "2023年5月1日前作出的一般处罚：最短3个月，最长1年");
    }
    if (decidedOn.isBefore(ORDER_36)) {
      return safetyDomain
          ? period(decidedOn, Period.ofYears(1), Period.ofYears(3), "特种设备、安全生产、消防领域：最短1年，最长3年")
          : period(decidedOn, Period.ofMonths(3), Period.ofYears(3), "2023年5月1日起：最短3个月，最长3年");
    }
    return severity == Severity.SERIOUS
        ? period(decidedOn, Period.ofYears(1), Period.ofYears(3), "国家发展改革委令第36号：严重处罚最短1年，最长3年")
        : period(decidedOn, Period.ofMonths(3), Period.ofYears(1), "国家发展改革委令第36号：一般处罚最短3个月，最长1年");
  }

  /** Whether the domain is one with the longer minimum (2023 measures). */
  public static boolean isSafetyDomain(String domain) {
    return domain != null
        && (domain.contains("特种设备") || domain.contains("安全生产") || domain.contains("消防"));
  }

  private static PublicationPeriod period(LocalDate from, Period min, Period max, String rule) {
    return new PublicationPeriod(from.plus(min), from.plus(max), rule);
  }
}
