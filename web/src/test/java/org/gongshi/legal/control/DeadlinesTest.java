package org.gongshi.legal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongshi.calendar.control.CalendarNotLoadedException;
import org.gongshi.calendar.control.WorkingCalendar;
import org.gongshi.legal.entity.MajorSetting;
import org.junit.jupiter.api.Test;

/** The limits of a major decision across the 2026 holidays (DOMAIN.md §1). */
class DeadlinesTest {
  final Deadlines d = new Deadlines(WorkingCalendar.standard(), new MajorSetting(1L));

  @Test
  void theHearingWindowSkipsNationalDayAndCountsTheMakeUpSaturday() {
    // notice 2026-09-30; 10-01..07 off; 10-10 (Saturday) a make-up workday
    assertThat(d.statementEnds(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(d.hearingRequestEnds(LocalDate.of(2026, 9, 30)))
        .isEqualTo(LocalDate.of(2026, 10, 13));
  }

  @Test
  void theReviewLimitRunsSevenWorkingDaysOverSpringFestivalAndThreeMoreWithApproval() {
    // submitted Friday 2026-02-13; 02-14 (Saturday) is a make-up workday, 02-15..23 off
    assertThat(d.reviewDue(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(d.reviewDueExtended(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void theFilingDeadlineEndingOnAHolidayMovesToTheNextWorkingDay() {
    // decided 2026-09-20: the 15th day, 10-05, is in the National Day holiday
    assertThat(d.filingDue(LocalDate.of(2026, 9, 20))).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(d.filingDue(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 17));
    assertThat(d.examinationDue(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 12, 21));
  }

  @Test
  void aLocalSettingChangesTheCount() {
    MajorSetting anhui = new MajorSetting(2L);
    anhui.change(5, 3, 7, 3, 7, 30, 5);
    assertThat(
            new Deadlines(WorkingCalendar.standard(), anhui).filingDue(LocalDate.of(2026, 9, 24)))
        .isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void aYearWithoutCalendarIsNotGuessed() {
    assertThatThrownBy(() -> d.filingDue(LocalDate.of(2026, 12, 28)))
        .isInstanceOf(CalendarNotLoadedException.class);
  }
}
