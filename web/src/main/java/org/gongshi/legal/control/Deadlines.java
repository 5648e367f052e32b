package org.gongshi.legal.control;

import java.time.LocalDate;
import org.gongshi.calendar.control.WorkingCalendar;
import org.gongshi.legal.entity.MajorSetting;

/**
 * The time limits of a major decision on the working calendar (DOMAIN.md §1): the working-day
 * windows after the advance notice and for the review, the calendar-day filing and examination
 * limits (moved to the next working day when they end on a day off). Throws the calendar's
 * CalendarNotLoadedException for a year without holiday data rather than guess.
 */
public record Deadlines(WorkingCalendar calendar, MajorSetting setting) {
  /** Art. 64: the agency notifies the hearing 7 days before it. */
  public static final int HEARING_NOTICE_DAYS = 7;

  public LocalDate statementEnds(LocalDate notice) {
    return calendar.addWorkingDays(notice, setting.getStatementDays());
  }

  public LocalDate hearingRequestEnds(LocalDate notice) {
    return calendar.addWorkingDays(notice, setting.getHearingDays());
  }

  public LocalDate reviewDue(LocalDate submitted) {
    return calendar.addWorkingDays(submitted, setting.getReviewDays());
  }

  public LocalDate reviewDueExtended(LocalDate submitted) {
    return calendar.addWorkingDays(
        submitted, setting.getReviewDays() + setting.getReviewExtraDays());
  }

  public LocalDate filingDue(LocalDate decided) {
    return calendar.addCalendarDays(decided, setting.getFilingDays());
  }

  public LocalDate examinationDue(LocalDate filed) {
    return calendar.addCalendarDays(filed, setting.getExaminationDays());
  }

  /** The earliest day a hearing notified on that day may be held. */
  public static LocalDate earliestHearing(LocalDate notified) {
    return notified.plusDays(HEARING_NOTICE_DAYS);
  }
}
