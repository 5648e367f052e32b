package org.gongshi.catalog.boundary;

import org.gongshi.catalog.control.CatalogItemData;

/** Helpers for loading demo catalogs with the same stored form as imports. */
public final class CatalogSeeds {
  private CatalogSeeds() {}

  public static String json(CatalogItemData d) {
    return Catalogs.write(d);
  }

  public static CatalogItemData renamed(CatalogItemData d, String name) {
    return new CatalogItemData(
        d.code(),
        name,
        d.kind(),
        d.domain(),
        d.enforcementUnit(),
        d.supervisingDepartment(),
        d.exerciseMode(),
        d.legalBasis(),
        d.statutoryRange(),
        d.responsibilities(),
        d.accountability(),
        d.supervision(),
        d.levels());
  }
}
