package org.gongshi.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.gongshi.calendar.control.WorkingCalendar;
import org.gongshi.reports.model.DisclosureTimeliness;
import org.junit.jupiter.api.Test;

class TimelinessTest {
  static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
  static final Timeliness.WorkingDays DAYS = CALENDAR::workingDaysBetween;
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  static Timeliness.Disclosed rec(
      long agency, LocalDate decided, String status, LocalDate published) {
    return new Timeliness.Disclosed(
        agency, "机关" + agency, decided, CALENDAR.addWorkingDays(decided, 7), status, published);
  }

  @Test
  void publishedOnOrBeforeTheDeadlineIsOnTimeAfterItLate() {
    LocalDate d = LocalDate.of(2026, 9, 30); // deadline 2026-10-15 over National Day
    var r =
        Timeliness.aggregate(
            List.of(
                rec(1, d, "PUBLISHED", LocalDate.of(2026, 10, 15)),
                rec(1, d, "PUBLISHED", LocalDate.of(2026, 10, 16)),
                rec(1, d, "WITHDRAWN", LocalDate.of(2026, 10, 9))),
            AS_OF,
            DAYS);

    DisclosureTimeliness.Row row = r.rows().get(0);
    assertThat(row.month()).isEqualTo(YearMonth.of(2026, 9));
    assertThat(row.decisions()).isEqualTo(3);
    assertThat(row.publishedOnTime())
        .isEqualTo(2); // a withdrawal later does not undo a timely publication
    assertThat(row.publishedLate()).isEqualTo(1);
    assertThat(row.overdueNow()).isZero();
  }

  @Test
  void unpublishedPastTheDeadlineIsOverdueInsideItPending() {
    var r =
        Timeliness.aggregate(
            List.of(
                rec(
                    1,
                    LocalDate.of(2026, 11, 2),
                    "PENDING",
                    null), // deadline 11-11: overdue on 11-30
                rec(1, LocalDate.of(2026, 11, 27), "PENDING", null), // deadline 12-08: still open
                rec(1, LocalDate.of(2026, 11, 3), "NOT_FOR_PUBLICATION", null),
                rec(1, LocalDate.of(2026, 11, 4), "WITHDRAWN", null)),
            AS_OF,
            DAYS);

    DisclosureTimeliness.Row row = r.rows().get(0);
    assertThat(row.decisions()).isEqualTo(2);
    assertThat(row.overdueNow()).isEqualTo(1);
    assertThat(row.pending()).isEqualTo(1);
    assertThat(row.medianWorkingDays()).isNull();
  }

  @Test
  void medianCountsWorkingDaysOnTheChineseCalendar() {
    LocalDate d = LocalDate.of(2026, 9, 30);
    var r =
        Timeliness.aggregate(
            List.of(
                rec(2, d, "PUBLISHED", LocalDate.of(2026, 10, 8)), // 1 working day (10-01..07 off)
                rec(
                    2,
                    d,
                    "PUBLISHED",
                    LocalDate.of(2026, 10, 10)), // 3: 10-08, 10-09, 10-10 (make-up Saturday)
                rec(1, LocalDate.of(2026, 3, 2), "PUBLISHED", LocalDate.of(2026, 3, 4)), // 2
                rec(1, LocalDate.of(2026, 3, 2), "PUBLISHED", LocalDate.of(2026, 3, 12)), // 8
                rec(1, LocalDate.of(2026, 3, 2), "PUBLISHED", LocalDate.of(2026, 3, 9))), // 5
            AS_OF,
            DAYS);

    assertThat(r.rows())
        .extracting(DisclosureTimeliness.Row::agency, DisclosureTimeliness.Row::monthText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("机关1", "2026-03"),
            org.assertj.core.groups.Tuple.tuple("机关2", "2026-09"));
    assertThat(r.rows().get(0).medianWorkingDays()).isEqualByComparingTo("5");
    assertThat(r.rows().get(1).medianWorkingDays()).isEqualByComparingTo("2"); // (1 + 3) / 2
    assertThat(r.overallMedian()).isEqualByComparingTo("3"); // 1 2 3 5 8
  }

  @Test
  void aRecordWithoutDeadlineIsNeverClassifiedAndAMissingCalendarLeavesTheMedianOut() {
    var noDeadline =
        new Timeliness.Disclosed(
            1, "机关1", LocalDate.of(2026, 12, 1), null, "PUBLISHED", LocalDate.of(2026, 12, 3));
    var r = Timeliness.aggregate(List.of(noDeadline), AS_OF, (a, b) -> null);
    DisclosureTimeliness.Row row = r.rows().get(0);
    assertThat(row.publishedOnTime() + row.publishedLate() + row.overdueNow()).isZero();
    assertThat(r.overallMedian()).isNull();
  }

  @Test
  void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Median.of(List.of(4, 1, 2, 7))).isEqualByComparingTo(new BigDecimal("3.0"));
    assertThat(Median.of(List.of(4, 1, 7))).isEqualByComparingTo("4");
    assertThat(Median.of(List.of())).isNull();
  }
}
