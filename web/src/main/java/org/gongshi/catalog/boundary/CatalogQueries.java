package org.gongshi.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongshi.archive.entity.Agency;
import org.gongshi.catalog.boundary.CatalogViews.ItemDetail;
import org.gongshi.catalog.boundary.CatalogViews.ItemSummary;
import org.gongshi.catalog.control.ItemVersion;
import org.gongshi.platform.DomainException;

/** Reading power lists as the public does: by agency, unit, domain, kind and words, on a date. */
@ApplicationScoped
@Transactional
public class CatalogQueries {
  @Inject Catalogs catalogs;

  public List<ItemSummary> list(Long agencyId, LocalDate on, String unit, String domain, String kind, String q) {
    List<ItemSummary> out = new ArrayList<>();
    for (Agency a : catalogs.agencies()) {
      if (agencyId != null && !agencyId.equals(a.getId())) continue;
      for (ItemVersion v : catalogs.listOn(a.getId(), on)) {
        var d = v.data();
        if (notBlank(unit) && !d.enforcementUnit().equals(unit)) continue;
        if (notBlank(domain) && !d.domain().equals(domain)) continue;
        if (notBlank(kind) && !d.kind().label().equals(kind) && !d.kind().name().equals(kind)) continue;
        if (notBlank(q) && !matches(d, q)) continue;
        out.add(ItemSummary.of(a.getId(), a.getName(), v));
      }
    }
    return out;
  }

  public ItemDetail detail(long agencyId, String code, LocalDate on) {
    Agency a = catalogs.agency(agencyId);
    ItemVersion v = catalogs.item(agencyId, code, on).orElseThrow(() -> DomainException.notFound(
        "“" + a.getName() + "”的权责清单中没有编码为 " + code + " 的事项" + (on == null ? "" : "（" + on + " 有效版本）")));
    return ItemDetail.of(agencyId, a.getName(), v, catalogs.history(agencyId, code));
  }

  /** Every word must occur in the item's name, code, basis or responsibilities. */
  static boolean matches(org.gongshi.catalog.control.CatalogItemData d, String q) {
    String hay = (d.code() + " " + d.name() + " " + d.legalBasis().citation() + " " + d.legalBasis().text() + " "
        + d.domain() + " " + d.responsibilities()).toLowerCase(Locale.ROOT);
    for (String w : q.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!hay.contains(w)) return false;
    }
    return true;
  }

  private static boolean notBlank(String s) { return s != null && !s.isBlank(); }
}
