package org.gongshi.reporting.control;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongshi.archive.entity.PenaltyKind;
import org.gongshi.reports.model.AnnualStatistics;

/**
 * Annual enforcement statistics (年度行政执法数据) by agency and domain. A penalty-type column counts the
 * decisions carrying that type (a decision may carry several); the amount is fines and
 * confiscations in yuan. Hearings, legal reviews, reconsiderations and suits count the events of
 * the year, attributed to the agency and domain of their case.
 */
public final class AnnualFigures {
  /** Domain of a case without a power-list item. */
  public static final String OTHER_DOMAIN = "其他";

  /** Kinds of counted events. */
  public enum EventKind {
    HEARING,
    LEGAL_REVIEW,
    RECONSIDERATION,
    LITIGATION
  }

  /** A penalty decision of the year. */
  public record Decided(
      long agencyOrder, String agency, String domain, Set<PenaltyKind> kinds, BigDecimal amount) {}

  /** An event of the year on a case. */
  public record Event(long agencyOrder, String agency, String domain, EventKind kind) {}

  /** Column of the statistics a penalty type is counted in. */
  public enum Column {
    WARNINGS,
    FINES,
    CONFISCATIONS,
    LICENCE_ACTIONS,
    SUSPENSIONS,
    OTHER
  }

  public static Column columnOf(PenaltyKind k) {
    return switch (k) {
      case WARNING, CRITICISM -> Column.WARNINGS;
      case FINE -> Column.FINES;
      case CONFISCATE_GAINS, CONFISCATE_PROPERTY -> Column.CONFISCATIONS;
      case SUSPEND_LICENCE, LOWER_QUALIFICATION, REVOKE_LICENCE -> Column.LICENCE_ACTIONS;
      case RESTRICT_BUSINESS, SUSPEND_BUSINESS, CLOSE, RESTRICT_PRACTICE -> Column.SUSPENSIONS;
      case DETENTION, OTHER -> Column.OTHER;
    };
  }

  private AnnualFigures() {}

  public static List<AnnualStatistics.Row> aggregate(List<Decided> decided, List<Event> events) {
    record Key(long order, String agency, String domain) {}
    Comparator<Key> order =
        Comparator.comparingLong(Key::order)
            .thenComparing(k -> OTHER_DOMAIN.equals(k.domain()))
            .thenComparing(Key::domain);
    Map<Key, Acc> rows = new TreeMap<>(order);
    for (Decided d : decided) {
      Acc a =
          rows.computeIfAbsent(
              new Key(d.agencyOrder(), d.agency(), domain(d.domain())), k -> new Acc());
      a.cases++;
      Set<Column> columns = new java.util.HashSet<>();
      d.kinds().forEach(k -> columns.add(columnOf(k)));
      columns.forEach(c -> a.byColumn[c.ordinal()]++);
      if (d.amount() != null) a.amount = a.amount.add(d.amount());
    }
    for (Event e : events) {
      Acc a =
          rows.computeIfAbsent(
              new Key(e.agencyOrder(), e.agency(), domain(e.domain())), k -> new Acc());
      a.events[e.kind().ordinal()]++;
    }
    return rows.entrySet().stream()
        .map(
            e -> {
              Acc a = e.getValue();
              int[] c = a.byColumn;
              int[] v = a.events;
              return new AnnualStatistics.Row(
                  e.getKey().agency(),
                  e.getKey().domain(),
                  a.cases,
                  c[0],
                  c[1],
                  c[2],
                  c[3],
                  c[4],
                  c[5],
                  a.amount,
                  v[0],
                  v[1],
                  v[2],
                  v[3]);
            })
        .toList();
  }

  private static String domain(String d) {
    return d == null || d.isBlank() ? OTHER_DOMAIN : d;
  }

  private static final class Acc {
    int cases;
    final int[] byColumn = new int[Column.values().length];
    final int[] events = new int[EventKind.values().length];
    BigDecimal amount = BigDecimal.ZERO;
  }
}
