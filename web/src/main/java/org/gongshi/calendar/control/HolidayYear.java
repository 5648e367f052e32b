package org.gongshi.calendar.control;

import java.util.List;
import java.util.Objects;

/**
 * The holiday arrangement published for one year. Its days are mostly in that year, but a notice
 * may name the last days of December of the year before (the 2023 notice lists 2022-12-31).
 *
 * @param year the year the notice is for
 * @param days the days off and make-up workdays, in date order
 */
public record HolidayYear(int year, List<HolidayDay> days) {

  public HolidayYear {
    Objects.requireNonNull(days, "days");
    days = List.copyOf(days);
  }
}
