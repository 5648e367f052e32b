package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePolicyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void aPastEventLiesBetweenTheFoundingOfThePrcAndToday() {
    assertThat(DatePolicy.pastProblem(LocalDate.of(1949, 10, 1), TODAY)).isNull();
    assertThat(DatePolicy.pastProblem(TODAY, TODAY)).isNull();
    assertThat(DatePolicy.pastProblem(LocalDate.of(1949, 9, 30), TODAY)).contains("1949-10-01");
    assertThat(DatePolicy.pastProblem(TODAY.plusDays(1), TODAY)).contains("不能是将来的日期");
    assertThat(DatePolicy.pastProblem(LocalDate.of(0, 1, 1), TODAY)).contains("0000-01-01");
    assertThat(DatePolicy.pastProblem(LocalDate.of(9999, 12, 31), TODAY)).isNotNull();
  }

  @Test
  void aPlannedDateMayLieUpToTheMarginAhead() {
    assertThat(DatePolicy.plannedProblem(TODAY.plusDays(30), TODAY, 30)).isNull();
    assertThat(DatePolicy.plannedProblem(TODAY.plusDays(31), TODAY, 30))
        .contains(TODAY.plusDays(30).toString());
    assertThat(DatePolicy.plannedProblem(LocalDate.of(9999, 12, 31), TODAY, 730)).isNotNull();
    assertThat(DatePolicy.plannedProblem(LocalDate.of(1949, 9, 30), TODAY, 730)).isNotNull();
  }

  @Test
  void theMarginComesFromItsSystemPropertyAndFallsBackToTwoYears() {
    String before = System.getProperty(DatePolicy.MARGIN_PROPERTY);
    try {
      System.setProperty(DatePolicy.MARGIN_PROPERTY, "90");
      assertThat(DatePolicy.marginDays()).isEqualTo(90);
      System.setProperty(DatePolicy.MARGIN_PROPERTY, "-5");
      assertThat(DatePolicy.marginDays()).isEqualTo(730);
      System.clearProperty(DatePolicy.MARGIN_PROPERTY);
      assertThat(DatePolicy.marginDays()).isEqualTo(730);
    } finally {
      if (before == null) System.clearProperty(DatePolicy.MARGIN_PROPERTY);
      else System.setProperty(DatePolicy.MARGIN_PROPERTY, before);
    }
  }

  @Test
  void queryDatesNameTheFieldWhenOutOfRange() {
    DomainException future =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            DomainException.class, () -> Dates.requiredPast("filedOn", "9999-12-31"));
    assertThat(future.field()).isEqualTo("filedOn");
    assertThat(future.status()).isEqualTo(400);
    DomainException zero =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            DomainException.class, () -> Dates.optional("from", "0000-01-01"));
    assertThat(zero.field()).isEqualTo("from");
    assertThat(Dates.optional("from", "2020-01-01")).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void aValidationMessageIsTakenLiterally() {
    assertThat(DatePolicy.literal("a {b} ${c} \\d")).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
  }
}
