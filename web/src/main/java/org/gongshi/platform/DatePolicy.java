package org.gongshi.platform;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Which dates an input may carry: nothing before 1949-10-01 (the earliest date of any record the
 * bureau keeps); past events (filing, decision, service) not after today; planned dates (deadlines,
 * a catalog version's start, a date range to search) at most the configured margin after today
 * ({@code GONGSHI_FUTURE_MARGIN_DAYS}, default 730). Today is China Standard Time.
 */
public final class DatePolicy {
  public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

  /** System property set by wildfly-config from GONGSHI_FUTURE_MARGIN_DAYS. */
  static final String MARGIN_PROPERTY = "gongshi.dates.future-margin-days";

  static final int DEFAULT_MARGIN_DAYS = 730;

  private DatePolicy() {}

  public static LocalDate today() {
    return LocalDate.now(Clock.system(Clocks.CHINA));
  }

  public static int marginDays() {
    Integer days = Integer.getInteger(MARGIN_PROPERTY);
    return days == null || days < 0 ? DEFAULT_MARGIN_DAYS : days;
  }

  /** Why a past-event date is refused, or null when it is allowed. */
  public static String pastProblem(LocalDate day, LocalDate today) {
    if (day == null) return null;
    if (day.isBefore(EARLIEST) || day.isAfter(today))
      return "日期 " + day + " 不合法：应在 " + EARLIEST + " 至今天（" + today + "）之间，不能是将来的日期";
    return null;
  }

  /** Why a planned date is refused, or null when it is allowed. */
  public static String plannedProblem(LocalDate day, LocalDate today, int marginDays) {
    if (day == null) return null;
    LocalDate latest = today.plusDays(marginDays);
    if (day.isBefore(EARLIEST) || day.isAfter(latest))
      return "日期 " + day + " 不合法：应在 " + EARLIEST + " 至 " + latest + "（今天起 " + marginDays + " 日内）之间";
    return null;
  }

  /** Message text for Bean Validation taken literally, not as a template. */
  static String literal(String s) {
    return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
