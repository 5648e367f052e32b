package org.gongshi.reporting.control;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.gongshi.platform.DomainException;

/**
 * Report parameters from query strings: each bad one is a 400 naming the field and what is allowed.
 */
public final class ReportParams {
  /** Oldest year a report covers: the Administrative Penalty Law dates from 1996. */
  public static final int FIRST_YEAR = 1996;

  /** Longest month range of one timeliness report. */
  public static final int MAX_MONTHS = 36;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  private ReportParams() {}

  /** A required year YYYY, not before 1996 and not after the current year. */
  public static int year(String field, String value, int currentYear) {
    String allowed =
        "应为四位年份 YYYY，" + FIRST_YEAR + " 至 " + currentYear + " 之间，如 " + (currentYear - 1);
    if (value == null || value.isBlank())
      throw DomainException.invalid(field, "请提供年份 " + field + "：" + allowed);
    String v = value.trim();
    if (!YEAR.matcher(v).matches())
      throw DomainException.invalid(field, "年份“" + value + "”不合法，" + allowed);
    int y = Integer.parseInt(v);
    if (y > currentYear) throw DomainException.invalid(field, "年份 " + y + " 尚未到来，" + allowed);
    if (y < FIRST_YEAR) throw DomainException.invalid(field, "年份 " + y + " 过早，" + allowed);
    return y;
  }

  /** A required month YYYY-MM (month 01–12), not after the current month. */
  public static YearMonth month(String field, String value, YearMonth current) {
    String allowed = "格式应为 YYYY-MM（月份 01–12），如 " + current.minusMonths(1);
    if (value == null || value.isBlank())
      throw DomainException.invalid(field, "请提供月份 " + field + "，" + allowed);
    String v = value.trim();
    var m = MONTH.matcher(v);
    if (!m.matches()) throw DomainException.invalid(field, "月份“" + value + "”不合法，" + allowed);
    YearMonth ym;
    try {
      ym = YearMonth.parse(v);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(field, "月份“" + value + "”不合法，" + allowed);
    }
    if (ym.getYear() < FIRST_YEAR)
      throw DomainException.invalid(field, "月份 " + ym + " 过早，最早 " + FIRST_YEAR + "-01");
    if (ym.isAfter(current))
      throw DomainException.invalid(field, "月份 " + ym + " 尚未到来，最晚为本月 " + current);
    return ym;
  }

  /** from ≤ to, at most {@link #MAX_MONTHS} months. */
  public static void range(YearMonth from, YearMonth to) {
    if (from.isAfter(to))
      throw DomainException.invalid("from", "起始月份 from（" + from + "）不能晚于截止月份 to（" + to + "）");
    long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    if (months > MAX_MONTHS) {
      throw DomainException.invalid(
          "to", "统计区间为 " + months + " 个月，最长 " + MAX_MONTHS + " 个月，请缩短 from 至 to 的区间");
    }
  }

  /** An optional agency id: null when absent, else a positive number. */
  public static Long agencyId(String value) {
    if (value == null || value.isBlank()) return null;
    try {
      long id = Long.parseLong(value.trim());
      if (id > 0) return id;
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw DomainException.invalid(
        "agencyId", "执法机关编号“" + value + "”不合法，应为正整数（见 /api/reference/agencies），不填则统计有权查看的全部机关");
  }
}
