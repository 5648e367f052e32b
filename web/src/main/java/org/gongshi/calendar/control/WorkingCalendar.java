package org.gongshi.calendar.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Chinese working-day calendar over the loaded years. A working day is a listed make-up
 * workday, or Monday–Friday not listed as a day off. Immutable and thread-safe; {@link
 * #withYear(HolidayYear)} gives a new calendar with an uploaded year.
 *
 * <p>Counting follows Art. 85 of the Administrative Penalty Law and Art. 85 of the Civil Procedure
 * Law: the start day is not counted; a working-day period counts only working days; a calendar-day
 * period whose last day is not a working day ends on the next working day.
 *
 * <p>Every method that has to look at a day of a year without data throws {@link
 * CalendarNotLoadedException}. Caveat: a notice may name days at the end of December of the year
 * before (2023 names 2022-12-31); until the next year is loaded, those late-December days are
 * judged by the current year's data alone.
 */
public final class WorkingCalendar {

  private final Map<Integer, HolidayYear> byYear;
  private final Map<LocalDate, HolidayDay> days;
  private final Set<Integer> years;

  private WorkingCalendar(Map<Integer, HolidayYear> byYear) {
    this.byYear = Map.copyOf(byYear);
    Map<LocalDate, HolidayDay> merged = new HashMap<>();
    // ascending years: a later notice's entry for a shared date wins
    new TreeMap<>(byYear).values().forEach(y -> y.days().forEach(d -> merged.put(d.date(), d)));
    this.days = Map.copyOf(merged);
    this.years = Collections.unmodifiableSet(new TreeSet<>(byYear.keySet()));
  }

  /** The calendar of all bundled years (2019–2026). */
  public static WorkingCalendar standard() {
    return Holder.STANDARD;
  }

  /** A calendar of the given years; of two entries for one year, the last wins. */
  public static WorkingCalendar of(Collection<HolidayYear> holidayYears) {
    Map<Integer, HolidayYear> byYear = new HashMap<>();
    holidayYears.forEach(y -> byYear.put(y.year(), y));
    return new WorkingCalendar(byYear);
  }

  /** A new calendar with the given year added, or replacing the loaded one. */
  public WorkingCalendar withYear(HolidayYear year) {
    Map<Integer, HolidayYear> next = new HashMap<>(byYear);
    next.put(year.year(), year);
    return new WorkingCalendar(next);
  }

  /** Whether the year's holiday arrangement is loaded. */
  public boolean isLoaded(int year) {
    return years.contains(year);
  }

  /** The loaded years, ascending. */
  public Set<Integer> loadedYears() {
    return years;
  }

  /** Whether the day is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return describe(date).workingDay();
  }

  /** What the day is, and why. */
  public DayInfo describe(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireLoaded(date.getYear());
    HolidayDay listed = days.get(date);
    boolean weekend = HolidayDataLoader.isWeekend(date);
    // a listed working Monday–Friday (2020-02-03) is just a weekday
    if (listed != null && (listed.offDay() || weekend)) {
      return new DayInfo(
          date,
          listed.offDay() ? DayInfo.Kind.HOLIDAY : DayInfo.Kind.MAKEUP_WORKDAY,
          listed.name());
    }
    return new DayInfo(date, weekend ? DayInfo.Kind.WEEKEND : DayInfo.Kind.WEEKDAY, null);
  }

  /** The day {@code n} working days after {@code from} (which is not counted); n ≥ 0. */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    requireNotNegative(n);
    LocalDate day = from;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The last day of an {@code n}-calendar-day period starting after {@code from}; if that day is
   * not a working day, the next working day (Civil Procedure Law Art. 85). n ≥ 0.
   */
  public LocalDate addCalendarDays(LocalDate from, int n) {
    requireNotNegative(n);
    LocalDate day = from.plusDays(n);
    while (isWorkingDay(day) == false) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
   * before {@code from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); day.isAfter(to) == false; day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private void requireLoaded(int year) {
    if (years.contains(year) == false) {
      throw new CalendarNotLoadedException(year);
    }
  }

  private static void requireNotNegative(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("天数不能为负数：" + n);
    }
  }

  /** Lazy holder: the bundle is parsed on first use only. */
  private static final class Holder {
    static final WorkingCalendar STANDARD = of(HolidayDataLoader.loadAllBundled());

    private Holder() {}
  }

  @Override
  public String toString() {
    return "WorkingCalendar" + years;
  }
}
