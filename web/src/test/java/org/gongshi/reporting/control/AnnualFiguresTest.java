package org.gongshi.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.reporting.control.AnnualFigures.Decided;
import org.gongshi.reporting.control.AnnualFigures.Event;
import org.gongshi.reporting.control.AnnualFigures.EventKind;
import org.gongshi.reports.model.AnnualStatistics;
import org.junit.jupiter.api.Test;

class AnnualFiguresTest {
  @Test
  void aDecisionCountsOncePerPenaltyColumnAndAmountsAddUp() {
    List<AnnualStatistics.Row> rows =
        AnnualFigures.aggregate(
            List.of(
                new Decided(
                    1,
                    "金东",
                    "市容环卫",
                    EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE),
                    new BigDecimal("2000")),
                new Decided(
                    1,
                    "金东",
                    "市容环卫",
                    EnumSet.of(
                        PenaltyKind.FINE,
                        PenaltyKind.CONFISCATE_GAINS,
                        PenaltyKind.CONFISCATE_PROPERTY),
                    new BigDecimal("15000.50")),
                new Decided(
                    1,
                    "金东",
                    "市容环卫",
                    EnumSet.of(
                        PenaltyKind.REVOKE_LICENCE,
                        PenaltyKind.SUSPEND_LICENCE,
                        PenaltyKind.CLOSE,
                        PenaltyKind.DETENTION),
                    BigDecimal.ZERO)),
            List.of());

    AnnualStatistics.Row r = rows.get(0);
    assertThat(rows).hasSize(1);
    assertThat(r.cases()).isEqualTo(3);
    assertThat(r.warnings()).isEqualTo(1);
    assertThat(r.fines()).isEqualTo(2);
    assertThat(r.confiscations()).isEqualTo(1); // two confiscation types on one decision count once
    assertThat(r.licenceActions()).isEqualTo(1);
    assertThat(r.suspensions()).isEqualTo(1);
    assertThat(r.otherPenalties()).isEqualTo(1);
    assertThat(r.totalFines()).isEqualByComparingTo("17000.50");
  }

  @Test
  void eventsGoToTheirCasesAgencyAndDomainWhichDefaultsToOther() {
    List<AnnualStatistics.Row> rows =
        AnnualFigures.aggregate(
            List.of(
                new Decided(2, "忻开", null, EnumSet.of(PenaltyKind.FINE), new BigDecimal("500")),
                new Decided(1, "金东", "城乡规划", EnumSet.of(PenaltyKind.FINE), new BigDecimal("100"))),
            List.of(
                new Event(1, "金东", "城乡规划", EventKind.HEARING),
                new Event(1, "金东", "城乡规划", EventKind.LEGAL_REVIEW),
                new Event(1, "金东", "城乡规划", EventKind.LEGAL_REVIEW),
                new Event(1, "金东", "", EventKind.RECONSIDERATION),
                new Event(2, "忻开", null, EventKind.LITIGATION)));

    assertThat(rows)
        .extracting(AnnualStatistics.Row::agency, AnnualStatistics.Row::domain)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("金东", "城乡规划"),
            org.assertj.core.groups.Tuple.tuple("金东", "其他"),
            org.assertj.core.groups.Tuple.tuple("忻开", "其他"));
    assertThat(rows.get(0).hearings()).isEqualTo(1);
    assertThat(rows.get(0).legalReviews()).isEqualTo(2);
    assertThat(rows.get(1).cases()).isZero();
    assertThat(rows.get(1).reconsiderations()).isEqualTo(1);
    assertThat(rows.get(2).lawsuits()).isEqualTo(1);
    assertThat(rows.get(2).cases()).isEqualTo(1);
  }

  @Test
  void everyPenaltyTypeHasAColumn() {
    for (PenaltyKind k : PenaltyKind.values()) assertThat(AnnualFigures.columnOf(k)).isNotNull();
    assertThat(AnnualFigures.columnOf(PenaltyKind.CRITICISM))
        .isEqualTo(AnnualFigures.Column.WARNINGS);
    assertThat(AnnualFigures.columnOf(PenaltyKind.RESTRICT_PRACTICE))
        .isEqualTo(AnnualFigures.Column.SUSPENSIONS);
  }
}
