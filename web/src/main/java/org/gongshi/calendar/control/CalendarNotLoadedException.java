package org.gongshi.calendar.control;

/**
 * Thrown when a date falls in a year whose holiday arrangement is not loaded. Counting such a year
 * on weekends alone would give wrong legal deadlines, so the calendar refuses instead.
 */
public class CalendarNotLoadedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int year;

  public CalendarNotLoadedException(int year) {
    super(year + "年节假日安排尚未载入");
    this.year = year;
  }

  /** The year without data. */
  public int year() {
    return year;
  }
}
