package org.gongshi.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day named in a State Council holiday notice: a day off ({@code offDay}) or a make-up workday
 * (调休上班, {@code offDay == false}), with the holiday it belongs to.
 *
 * @param date the day
 * @param name the holiday, e.g. 春节 or 国庆节、中秋节
 * @param offDay true for a day off, false for a make-up workday
 */
public record HolidayDay(LocalDate date, String name, boolean offDay) {

  public HolidayDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
  }
}
