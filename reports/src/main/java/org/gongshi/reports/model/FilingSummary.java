package org.gongshi.reports.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Filing of major penalty decisions (重大行政处罚决定备案) per agency for a period, as the legal office sees
 * it: filed on time, filed late (迟报), overdue and not yet filed (漏报), never filed (不报), not yet
 * due, and the examination results.
 *
 * @param scope e.g. 浙江省金华市
 * @param period e.g. 2026年11月
 * @param asOf date the figures were taken
 * @param rows one row per agency
 */
public record FilingSummary(String scope, String period, LocalDate asOf, List<Row> rows) {

  /** Copies the rows. */
  public FilingSummary {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    rows = List.copyOf(rows);
  }

  /**
   * One agency.
   *
   * @param agency agency
   * @param decisions major decisions made in the period
   * @param onTime filed within the deadline
   * @param late filed after the deadline (迟报)
   * @param overdue not filed, past the deadline, case still open (漏报)
   * @param neverFiled not filed, past the deadline, case closed or sealed (不报)
   * @param notYetDue not filed, still inside the deadline
   * @param waiting filed and waiting for examination
   * @param accepted filed and accepted
   * @param corrections filed and returned for correction
   */
  public record Row(
      String agency,
      int decisions,
      int onTime,
      int late,
      int overdue,
      int neverFiled,
      int notYetDue,
      int waiting,
      int accepted,
      int corrections) {

    /** Checks the counts add up. */
    public Row {
      Objects.requireNonNull(agency, "agency");
      if (onTime + late + overdue + neverFiled + notYetDue != decisions
          || waiting + accepted + corrections != onTime + late) {
        throw new IllegalArgumentException("inconsistent counts for " + agency);
      }
    }
  }
}
