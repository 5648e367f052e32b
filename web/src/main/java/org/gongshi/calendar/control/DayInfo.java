package org.gongshi.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the calendar says about one day: working or not, and why.
 *
 * @param date the day
 * @param kind why it is (not) a working day
 * @param holidayName the holiday for {@link Kind#HOLIDAY} and {@link Kind#MAKEUP_WORKDAY}, else
 *     null
 */
public record DayInfo(LocalDate date, Kind kind, String holidayName) {

  /** The reason a day is or is not a working day. */
  public enum Kind {
    /** Monday to Friday, not a holiday. */
    WEEKDAY,
    /** Saturday or Sunday, not a make-up workday. */
    WEEKEND,
    /** A statutory day off. */
    HOLIDAY,
    /** A weekend day worked in exchange for a holiday (调休上班). */
    MAKEUP_WORKDAY
  }

  private static final String[] WEEKDAY_NAMES = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

  public DayInfo {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
  }

  /** True for weekdays and make-up workdays. */
  public boolean workingDay() {
    return kind == Kind.WEEKDAY || kind == Kind.MAKEUP_WORKDAY;
  }

  /** The day's description for officers, e.g. 工作日（周一）, 法定节假日：春节, 调休上班日（春节）. */
  public String text() {
    return switch (kind) {
      case WEEKDAY -> "工作日（" + weekdayName(date.getDayOfWeek()) + "）";
      case WEEKEND -> "休息日（" + weekdayName(date.getDayOfWeek()) + "）";
      case HOLIDAY -> "法定节假日：" + holidayName;
      case MAKEUP_WORKDAY -> "调休上班日（" + holidayName + "）";
    };
  }

  static String weekdayName(DayOfWeek day) {
    return WEEKDAY_NAMES[day.getValue() - 1];
  }
}
