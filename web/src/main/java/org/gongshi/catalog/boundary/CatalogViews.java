package org.gongshi.catalog.boundary;

import java.time.LocalDate;
import java.util.List;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.DiscretionLevel;
import org.gongshi.catalog.control.ItemVersion;

/** What the public sees of a power list: records, never entities. */
public final class CatalogViews {
  private CatalogViews() {}

  public record ItemSummary(
      long agencyId,
      String agencyName,
      String code,
      String name,
      String kind,
      String domain,
      String enforcementUnit,
      String exerciseMode,
      String legalBasis,
      int version,
      LocalDate effectiveFrom) {
    static ItemSummary of(long agencyId, String agencyName, ItemVersion v) {
      CatalogItemData d = v.data();
      return new ItemSummary(
          agencyId,
          agencyName,
          d.code(),
          d.name(),
          d.kind().label(),
          d.domain(),
          d.enforcementUnit(),
          d.exerciseMode().label(),
          d.legalBasis().citation(),
          v.number(),
          v.effectiveFrom());
    }
  }

  public record Level(
      int order, String name, String conditions, String fineRange, String otherPenalty) {
    static Level of(DiscretionLevel l) {
      return new Level(
          l.order(),
          l.name(),
          l.conditions(),
          l.range() == null ? null : l.range().toString(),
          l.otherPenalty());
    }
  }

  public record HistoryEntry(
      int version, LocalDate effectiveFrom, String reason, boolean withdrawn, String name) {
    static HistoryEntry of(ItemVersion v) {
      return new HistoryEntry(
          v.number(),
          v.effectiveFrom(),
          v.reason(),
          v.withdrawn(),
          v.data() == null ? null : v.data().name());
    }
  }

  public record ItemDetail(
      ItemSummary summary,
      String supervisingDepartment,
      String legalBasisText,
      String statutoryRange,
      String responsibilities,
      String accountability,
      String supervisionPhone,
      String supervisionAddress,
      List<Level> levels,
      List<HistoryEntry> history) {
    static ItemDetail of(
        long agencyId, String agencyName, ItemVersion v, List<ItemVersion> history) {
      CatalogItemData d = v.data();
      return new ItemDetail(
          ItemSummary.of(agencyId, agencyName, v),
          d.supervisingDepartment(),
          d.legalBasis().text(),
          d.statutoryRange() == null ? null : d.statutoryRange().toString(),
          d.responsibilities(),
          d.accountability(),
          d.supervision() == null ? null : d.supervision().phone(),
          d.supervision() == null ? null : d.supervision().address(),
          d.levels().stream().map(Level::of).toList(),
          history.stream().map(HistoryEntry::of).toList());
    }
  }
}
