package org.gongshi.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongshi.catalog.boundary.CatalogViews.ItemDetail;
import org.gongshi.catalog.boundary.CatalogViews.ItemSummary;
import org.gongshi.catalog.control.ItemVersion;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.platform.DomainException;
import org.gongshi.portal.boundary.PublicIndex;

/** Reading power lists as the public does: by agency, unit, domain, kind and words, on a date. */
@ApplicationScoped
@Transactional
public class CatalogQueries {
  @Inject Clock clock;
  @Inject Catalogs catalogs;
  @Inject PublicIndex index;

  public List<ItemSummary> list(
      Long agencyId, LocalDate on, String unit, String domain, String kind, String q) {
    List<ItemSummary> out = new ArrayList<>();
    java.util.Set<String> hits =
        notBlank(q) && (on == null || !on.isBefore(LocalDate.now(clock)))
            ? index.matching(q, agencyId)
            : null;
    for (Agency a : catalogs.agencies()) {
      if (agencyId != null && !agencyId.equals(a.getId())) continue;
      for (ItemVersion v : catalogs.listOn(a.getId(), on)) {
        var d = v.data();
        if (notBlank(unit) && !d.enforcementUnit().equals(unit)) continue;
        if (notBlank(domain) && !d.domain().equals(domain)) continue;
        if (notBlank(kind) && !d.kind().label().equals(kind) && !d.kind().name().equals(kind))
          continue;
        if (hits != null
            ? !hits.contains(a.getId() + ":" + d.code())
            : notBlank(q) && !matches(d, q)) continue;
        out.add(ItemSummary.of(a.getId(), a.getName(), v));
      }
    }
    return out;
  }

  public ItemDetail detail(long agencyId, String code, LocalDate on) {
    Agency a = catalogs.agency(agencyId);
    ItemVersion v =
        catalogs
            .item(agencyId, code, on)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "“"
                            + a.getName()
                            + "”的权责清单中没有编码为 "
                            + code
                            + " 的事项"
                            + (on == null ? "" : "（" + on + " 有效版本）")));
    return ItemDetail.of(agencyId, a.getName(), v, catalogs.history(agencyId, code));
  }

  /** The classification table of the live catalog (reports template 6). */
  public byte[] classification(Long agencyId, LocalDate on, String format) {
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    java.util.Map<List<String>, Integer> counts = new java.util.LinkedHashMap<>();
    for (ItemSummary i : list(agencyId, day, null, null, null, null)) {
      var item = catalogs.item(i.agencyId(), i.code(), day).orElseThrow().data();
      String dept = item.supervisingDepartment() == null ? "" : item.supervisingDepartment();
      counts.merge(List.of(i.enforcementUnit(), i.domain(), dept), 1, Integer::sum);
    }
    List<org.gongshi.reports.model.PowerListSummary.Row> rows =
        counts.entrySet().stream()
            .sorted(
                java.util.Map.Entry.comparingByKey(
                    java.util.Comparator.comparing((List<String> k) -> k.get(0))
                        .thenComparing(k -> k.get(1))
                        .thenComparing(k -> k.get(2))))
            .map(
                e ->
                    new org.gongshi.reports.model.PowerListSummary.Row(
                        e.getKey().get(0), e.getKey().get(1), e.getValue(), e.getKey().get(2)))
            .toList();
    String scope = agencyId == null ? "全部执法机关" : catalogs.agency(agencyId).getName();
    var summary = new org.gongshi.reports.model.PowerListSummary(scope, day, rows);
    return format.equals("pdf") ? RENDERER.powerListPdf(summary) : RENDERER.powerListXlsx(summary);
  }

  private static final org.gongshi.reports.ReportRenderer RENDERER =
      new org.gongshi.reports.ReportRenderer();

  /** Every word must occur in the item's name, code, basis or responsibilities. */
  static boolean matches(org.gongshi.catalog.control.CatalogItemData d, String q) {
    String hay =
        (d.code()
                + " "
                + d.name()
                + " "
                + d.legalBasis().citation()
                + " "
                + d.legalBasis().text()
                + " "
                + d.domain()
                + " "
                + d.responsibilities())
            .toLowerCase(Locale.ROOT);
    for (String w : q.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!hay.contains(w)) return false;
    }
    return true;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
