package org.gongshi.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.CatalogVersions;
import org.gongshi.organisation.entity.Agency;
import org.gongshi.portal.boundary.PublicItemSource;

/** The power lists as the public index reads them. */
@ApplicationScoped
@Transactional
public class CatalogPublicItems implements PublicItemSource {
  @Inject Catalogs catalogs;

  @Override
  public void forget(long agencyId) {
    catalogs.forget(agencyId);
  }

  @Override
  public List<Long> agencyIds() {
    return catalogs.agencies().stream().map(Agency::getId).toList();
  }

  @Override
  public List<PublicItem> items(long agencyId, LocalDate on) {
    Agency a = catalogs.agency(agencyId);
    CatalogVersions versions = catalogs.versions(agencyId);
    return versions.listOn(on).stream()
        .map(
            listed -> {
              var inForce = versions.inForce(listed.code(), on);
              CatalogItemData d = inForce.orElse(listed).data();
              return new PublicItem(
                  a.getId(),
                  a.getName(),
                  d.code(),
                  d.name(),
                  d.kind().label(),
                  d.domain(),
                  d.legalBasis().citation() + " " + d.legalBasis().text(),
                  d.enforcementUnit() + " " + d.responsibilities(),
                  inForce.isPresent() && !inForce.get().withdrawn());
            })
        .toList();
  }
}
