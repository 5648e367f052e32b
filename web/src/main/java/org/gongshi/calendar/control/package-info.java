/**
 * The Chinese working-day calendar: statutory holidays and make-up workdays (调休上班) per year, and
 * the counting rules of Art. 85 of the Administrative Penalty Law (working-day limits) and Art. 85
 * of the Civil Procedure Law (a calendar-day period ending on a day off moves on).
 *
 * <p>The year data comes from the State Council notices, bundled as the holiday-cn JSON files (MIT)
 * under {@code calendar/holiday-cn/}, and an administrator can load a new year through {@link
 * org.gongshi.calendar.control.HolidayDataLoader}. A year without data is never guessed from
 * weekends: every method that touches it throws {@link
 * org.gongshi.calendar.control.CalendarNotLoadedException}.
 *
 * <p>Plain Java: imports nothing of boundary or entity, no Jakarta EE API.
 */
package org.gongshi.calendar.control;
