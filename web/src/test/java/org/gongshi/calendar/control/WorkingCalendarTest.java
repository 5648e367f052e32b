package org.gongshi.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = WorkingCalendar.standard();

  // DOMAIN.md §1, copied as written: days off, then make-up workdays
  static Stream<Arguments> domainTable() {
    return Stream.of(
        Arguments.of(
            2023,
            "2022-12-31–01-02; 01-21–01-27; 04-05; 04-29–05-03; 06-22–06-24; 09-29–10-06",
            "01-28; 01-29; 04-23; 05-06; 06-25; 10-07; 10-08"),
        Arguments.of(
            2024,
            "01-01; 02-10–02-17; 04-04–04-06; 05-01–05-05; 06-10; 09-15–09-17; 10-01–10-07",
            "02-04; 02-18; 04-07; 04-28; 05-11; 09-14; 09-29; 10-12"),
        Arguments.of(
            2025,
            "01-01; 01-28–02-04; 04-04–04-06; 05-01–05-05; 05-31–06-02; 10-01–10-08",
            "01-26; 02-08; 04-27; 09-28; 10-11"),
        Arguments.of(
            2026,
            "01-01–01-03; 02-15–02-23; 04-04–04-06; 05-01–05-05; 06-19–06-21; 09-25–09-27;"
                + " 10-01–10-07",
            "01-04; 02-14; 02-28; 05-09; 09-20; 10-10"));
  }

  @ParameterizedTest(name = "{0} agrees with DOMAIN.md")
  @MethodSource("domainTable")
  void every_day_of_the_year_matches_the_domain_table(int year, String off, String makeUp) {
    Set<LocalDate> offDays = expand(year, off);
    Set<LocalDate> makeUpDays = expand(year, makeUp);
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      DayInfo info = calendar.describe(d);
      if (offDays.contains(d)) {
        assertThat(info.kind()).as(d.toString()).isEqualTo(DayInfo.Kind.HOLIDAY);
      } else if (makeUpDays.contains(d)) {
        assertThat(info.kind()).as(d.toString()).isEqualTo(DayInfo.Kind.MAKEUP_WORKDAY);
        assertThat(HolidayDataLoader.isWeekend(d)).as(d + " is a weekend").isTrue();
      } else {
        assertThat(info.kind()).as(d.toString()).isIn(DayInfo.Kind.WEEKDAY, DayInfo.Kind.WEEKEND);
      }
    }
    // the one off day of the year before that the table names (2022-12-31)
    offDays.stream()
        .filter(d -> d.getYear() != year)
        .forEach(d -> assertThat(calendar.describe(d).kind()).isEqualTo(DayInfo.Kind.HOLIDAY));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-04, true,  调休上班日（元旦）",
    "2026-01-03, false, 法定节假日：元旦",
    "2026-02-14, true,  调休上班日（春节）",
    "2026-02-15, false, 法定节假日：春节",
    "2026-02-23, false, 法定节假日：春节",
    "2026-02-24, true,  工作日（周二）",
    "2026-02-28, true,  调休上班日（春节）",
    "2026-03-01, false, 休息日（周日）",
    "2026-03-02, true,  工作日（周一）",
    "2025-09-28, true,  调休上班日（国庆节、中秋节）",
    "2025-10-08, false, 法定节假日：国庆节、中秋节",
    "2025-10-11, true,  调休上班日（国庆节、中秋节）",
    "2024-02-04, true,  调休上班日（春节）",
    "2024-02-18, true,  调休上班日（春节）",
    "2024-06-10, false, 法定节假日：端午节",
    "2023-10-08, true,  调休上班日（中秋节、国庆节）",
    "2023-01-28, true,  调休上班日（春节）",
    "2022-12-31, false, 法定节假日：元旦",
    "2019-10-12, true,  调休上班日（国庆节）",
    "2020-02-03, true,  工作日（周一）", // listed as a working day, but a Monday
    "2020-02-02, false, 法定节假日：春节",
  })
  void describes_days_in_chinese(LocalDate date, boolean working, String text) {
    assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    assertThat(calendar.describe(date).workingDay()).isEqualTo(working);
    assertThat(calendar.describe(date).text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "publish a decision of {0} by {1}")
  @CsvSource({
    "2026-02-12, 2026-02-28", // before Spring Festival: two make-up Saturdays count
    "2025-09-26, 2025-10-13", // before National Day: 09-28 and 10-11 make-up days
    "2024-02-08, 2024-02-23",
    "2023-09-27, 2023-10-12",
    "2024-09-27, 2024-10-12",
    "2026-03-02, 2026-03-11", // an ordinary fortnight
  })
  void decisions_are_published_within_7_working_days(LocalDate decided, LocalDate deadline) {
    assertThat(calendar.addWorkingDays(decided, 7)).isEqualTo(deadline);
    assertThat(calendar.workingDaysBetween(decided, deadline)).isEqualTo(7);
  }

  @ParameterizedTest(name = "revoked {0}, withdrawn by {1}")
  @CsvSource({
    "2024-09-13, 2024-09-19", // 09-14 make-up Saturday, then Mid-Autumn
    "2026-09-30, 2026-10-10", // ends on the make-up Saturday after National Day
    "2025-04-30, 2025-05-08",
    "2026-06-18, 2026-06-24",
  })
  void withdrawal_within_3_working_days(LocalDate revoked, LocalDate deadline) {
    assertThat(calendar.addWorkingDays(revoked, 3)).isEqualTo(deadline);
  }

  @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
  @CsvSource({
    "2025-09-16, 15, 2025-10-09", // payment: last day 10-01, holiday until 10-08
    "2025-12-17, 60, 2026-02-24", // reconsideration: last day 2026-02-15, Spring Festival
    "2026-01-30, 15, 2026-02-14", // last day a make-up Saturday: stays
    "2026-03-07, 15, 2026-03-23", // last day a plain Sunday: Monday
    "2026-03-02, 15, 2026-03-17", // last day a weekday
    "2024-01-02, 90, 2024-04-01", // 90-day decision limit
    "2026-01-01, 0, 2026-01-04", // New Year's Day itself: next working day is a make-up Sunday
    "2025-12-17, 15, 2026-01-04",
  })
  void calendar_day_period_ending_on_a_day_off_moves_to_next_working_day(
      LocalDate from, int days, LocalDate deadline) {
    assertThat(calendar.addCalendarDays(from, days)).isEqualTo(deadline);
  }

  @Test
  void working_days_between_counts_after_from_up_to_to() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 14)))
        .isEqualTo(1);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 23)))
        .isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 12)))
        .isEqualTo(-7);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .isEqualTo(248); // 261 weekdays - 18 weekdays off + 5 make-up days
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 15), 0))
        .isEqualTo(LocalDate.of(2026, 2, 15));
  }

  @Test
  void whole_years_have_the_published_number_of_working_days() {
    // 365 or 366 days minus weekends and days off plus make-up days
    for (int year = 2019; year <= 2026; year++) {
      LocalDate eve = LocalDate.of(year - 1, 12, 31);
      int n = calendar.workingDaysBetween(eve, LocalDate.of(year, 12, 31));
      assertThat(n).as("%d", year).isBetween(246, 252);
    }
  }

  @Test
  void negative_day_counts_are_rejected() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knows_which_years_are_loaded() {
    assertThat(calendar.loadedYears())
        .containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(calendar.isLoaded(2026)).isTrue();
    assertThat(calendar.isLoaded(2027)).isFalse();
    assertThat(calendar.isLoaded(2018)).isFalse();
  }

  @Test
  void a_year_without_data_is_never_guessed() {
    LocalDate monday2027 = LocalDate.of(2027, 1, 4);
    assertThatThrownBy(() -> calendar.isWorkingDay(monday2027))
        .isInstanceOf(CalendarNotLoadedException.class)
        .hasMessage("2027年节假日安排尚未载入")
        .satisfies(e -> assertThat(((CalendarNotLoadedException) e).year()).isEqualTo(2027));
    assertThatThrownBy(() -> calendar.describe(monday2027))
        .isInstanceOf(CalendarNotLoadedException.class);
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 28), 7))
        .isInstanceOf(CalendarNotLoadedException.class);
    assertThatThrownBy(() -> calendar.addCalendarDays(LocalDate.of(2026, 12, 20), 15))
        .isInstanceOf(CalendarNotLoadedException.class);
    assertThatThrownBy(
            () -> calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 8)))
        .isInstanceOf(CalendarNotLoadedException.class);
    // 2018-12-29 is named by the 2019 notice, but 2018 as a whole is not loaded
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2018, 12, 29)))
        .isInstanceOf(CalendarNotLoadedException.class)
        .hasMessage("2018年节假日安排尚未载入");
    // periods that stay inside loaded years still work
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 5))
        .isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void an_uploaded_year_extends_the_calendar() {
    String json2027 =
        """
        {"year": 2027, "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "春节", "date": "2027-02-06", "isOffDay": false},
          {"name": "春节", "date": "2027-02-08", "isOffDay": true}
        ]}
        """;
    WorkingCalendar extended = calendar.withYear(HolidayDataLoader.load(stream(json2027)));

    assertThat(extended.isLoaded(2027)).isTrue();
    assertThat(calendar.isLoaded(2027)).as("the original is unchanged").isFalse();
    assertThat(extended.describe(LocalDate.of(2027, 1, 1)).text()).isEqualTo("法定节假日：元旦");
    assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 6))).isTrue();
    assertThat(extended.addWorkingDays(LocalDate.of(2026, 12, 30), 2))
        .isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void every_weekday_of_loaded_years_is_described_consistently() {
    Set<DayInfo.Kind> kinds = new HashSet<>();
    for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
      DayInfo info = calendar.describe(d);
      kinds.add(info.kind());
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (info.kind() == DayInfo.Kind.WEEKDAY || info.kind() == DayInfo.Kind.WEEKEND) {
        assertThat(info.kind() == DayInfo.Kind.WEEKEND).isEqualTo(weekend);
        assertThat(info.holidayName()).isNull();
      } else {
        assertThat(info.holidayName()).isNotBlank();
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder(DayInfo.Kind.values());
  }

  private static Set<LocalDate> expand(int year, String spec) {
    Set<LocalDate> out = new HashSet<>();
    for (String part : spec.split(";")) {
      String[] ends = part.strip().split("–");
      LocalDate first = parse(year, ends[0]);
      LocalDate last = ends.length == 1 ? first : parse(year, ends[1]);
      if (last.isBefore(first)) { // "2022-12-31–01-02": the range crosses New Year
        last = last.withYear(first.getYear() + 1);
      }
      for (LocalDate d = first; d.isAfter(last) == false; d = d.plusDays(1)) {
        out.add(d);
      }
    }
    return out;
  }

  private static LocalDate parse(int year, String s) {
    return s.length() == 10 ? LocalDate.parse(s) : LocalDate.parse(year + "-" + s);
  }

  static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
