package org.gongshi.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Disclosure timeliness (公示及时性) per agency and month: decisions that must be published within 7
 * working days, how many were on time, late, or are overdue now.
 *
 * @param scope e.g. 金华市金东区
 * @param asOf date the figures were taken ("overdue now" is relative to it)
 * @param rows one row per agency and month
 * @param overallMedianWorkingDays median working days from decision to publication over all rows,
 *     or null
 */
public record DisclosureTimeliness(
    String scope, LocalDate asOf, List<Row> rows, BigDecimal overallMedianWorkingDays) {

  /** Copies the rows. */
  public DisclosureTimeliness {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    rows = List.copyOf(rows);
  }

  /**
   * One agency and month.
   *
   * @param agency agency
   * @param month month of the decisions
   * @param decisions decisions to publish made in the month
   * @param publishedOnTime published within the limit
   * @param publishedLate published after the limit
   * @param overdueNow unpublished and past the limit at {@code asOf}
   * @param medianWorkingDays median working days decision→publication of the published ones, or
   *     null
   */
  public record Row(
      String agency,
      YearMonth month,
      int decisions,
      int publishedOnTime,
      int publishedLate,
      int overdueNow,
      BigDecimal medianWorkingDays) {

    /** Checks the counts add up. */
    public Row {
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(month, "month");
      if (decisions < 0
          || publishedOnTime < 0
          || publishedLate < 0
          || overdueNow < 0
          || publishedOnTime + publishedLate + overdueNow > decisions) {
        throw new IllegalArgumentException("inconsistent counts for " + agency + " " + month);
      }
    }

    /**
     * @return the month as 2024-05
     */
    public String monthText() {
      return month.toString();
    }

    /**
     * @return decisions still inside their disclosure window (not yet due)
     */
    public int pending() {
      return decisions - publishedOnTime - publishedLate - overdueNow;
    }

    /**
     * @return on-time share in percent (one decimal), or null without decisions
     */
    public BigDecimal onTimeRate() {
      return decisions == 0
          ? null
          : BigDecimal.valueOf(publishedOnTime * 100L)
              .divide(BigDecimal.valueOf(decisions), 1, RoundingMode.HALF_UP);
    }
  }
}
