package org.gongshi.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.reports.model.DisclosureTimeliness;

/**
 * Disclosure timeliness per agency and month (DOMAIN.md §3: publish within 7 working days).
 *
 * <p>A record counts as a decision to publish unless it was marked not for publication, or was
 * withdrawn before it was ever published. Published (even if later withdrawn or taken down): on
 * time when published on or before its deadline, late after it. Unpublished: overdue now when its
 * deadline lies before {@code asOf}, otherwise still inside its window. A record without a deadline
 * (its year's holidays not loaded) is neither on time, late nor overdue: never guessed.
 */
public final class Timeliness {
  public static final String NOT_FOR_PUBLICATION = "NOT_FOR_PUBLICATION";
  public static final String WITHDRAWN = "WITHDRAWN";

  /** Working days after {@code from} up to {@code to}, or null when the calendar cannot say. */
  @FunctionalInterface
  public interface WorkingDays {
    Integer between(LocalDate from, LocalDate to);
  }

  /**
   * One disclosure record as read from the database.
   *
   * @param agencyOrder sort key of the agency (its id)
   * @param publishedOn day of publication in China time, or null
   */
  public record Disclosed(
      long agencyOrder,
      String agency,
      LocalDate decidedOn,
      LocalDate deadline,
      String status,
      LocalDate publishedOn) {}

  /** Rows in agency then month order, and the median over every published record. */
  public record Result(List<DisclosureTimeliness.Row> rows, BigDecimal overallMedian) {}

  private Timeliness() {}

  public static Result aggregate(List<Disclosed> records, LocalDate asOf, WorkingDays workingDays) {
    record Key(long order, String agency, YearMonth month) {}
    Map<Key, Counter> byKey = new LinkedHashMap<>();
    List<Integer> all = new ArrayList<>();
    for (Disclosed d : records) {
      boolean published = d.publishedOn() != null;
      if (!published && (NOT_FOR_PUBLICATION.equals(d.status()) || WITHDRAWN.equals(d.status())))
        continue;
      Counter c =
          byKey.computeIfAbsent(
              new Key(d.agencyOrder(), d.agency(), YearMonth.from(d.decidedOn())),
              k -> new Counter());
      c.decisions++;
      if (published) {
        Integer days = workingDays.between(d.decidedOn(), d.publishedOn());
        if (days != null) {
          c.days.add(days);
          all.add(days);
        }
        if (d.deadline() != null) {
          if (d.publishedOn().isAfter(d.deadline())) c.late++;
          else c.onTime++;
        }
      } else if (d.deadline() != null && d.deadline().isBefore(asOf)) {
        c.overdue++;
      }
    }
    List<DisclosureTimeliness.Row> rows =
        byKey.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<Key, Counter> e) -> e.getKey().order())
                    .thenComparing(e -> e.getKey().month()))
            .map(
                e ->
                    new DisclosureTimeliness.Row(
                        e.getKey().agency(),
                        e.getKey().month(),
                        e.getValue().decisions,
                        e.getValue().onTime,
                        e.getValue().late,
                        e.getValue().overdue,
                        Median.of(e.getValue().days)))
            .toList();
    return new Result(rows, Median.of(all));
  }

  private static final class Counter {
    int decisions;
    int onTime;
    int late;
    int overdue;
    final List<Integer> days = new ArrayList<>();
  }
}
