package org.gongshi.disclosure.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gongshi.disclosure.control.PublicationPeriod.Severity;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §3: the period follows the measures in force on the decision date. */
class PublicationPeriodTest {

  @Test
  void before2023MeasuresGeneralIsThreeMonthsToOneYear() {
    PublicationPeriod p = PublicationPeriod.of(LocalDate.of(2023, 4, 30), Severity.GENERAL, false);
    assertThat(p.repairFrom()).isEqualTo("2023-07-30");
    assertThat(p.expiresOn()).isEqualTo("2024-04-30");
  }

  @Test
  void before2023MeasuresSeriousIsSixMonthsToThreeYears() {
    PublicationPeriod p = PublicationPeriod.of(LocalDate.of(2022, 1, 10), Severity.SERIOUS, false);
    assertThat(p.repairFrom()).isEqualTo("2022-07-10");
    assertThat(p.expiresOn()).isEqualTo("2025-01-10");
  }

  @Test
  void from2023MeasuresEverythingIsThreeMonthsToThreeYearsAndSafetyDomainsOneYearMinimum() {
    assertThat(PublicationPeriod.of(LocalDate.of(2023, 5, 1), Severity.GENERAL, false))
        .extracting(PublicationPeriod::repairFrom, PublicationPeriod::expiresOn)
        .containsExactly(LocalDate.of(2023, 8, 1), LocalDate.of(2026, 5, 1));
    assertThat(PublicationPeriod.of(LocalDate.of(2026, 3, 31), Severity.SERIOUS, true).repairFrom())
        .isEqualTo("2027-03-31");
    assertThat(PublicationPeriod.isSafetyDomain("消防安全")).isTrue();
    assertThat(PublicationPeriod.isSafetyDomain("市容环境卫生")).isFalse();
  }

  @Test
  void fromOrder36GeneralIsThreeMonthsToOneYearAndSeriousOneToThreeYears() {
    assertThat(PublicationPeriod.of(LocalDate.of(2026, 4, 1), Severity.GENERAL, true))
        .extracting(PublicationPeriod::repairFrom, PublicationPeriod::expiresOn)
        .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 4, 1));
    assertThat(PublicationPeriod.of(LocalDate.of(2026, 11, 2), Severity.SERIOUS, false))
        .extracting(PublicationPeriod::repairFrom, PublicationPeriod::expiresOn)
        .containsExactly(LocalDate.of(2027, 11, 2), LocalDate.of(2029, 11, 2));
  }
}
