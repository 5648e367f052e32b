package org.gongshi.portal.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the public index reads power-list items. The catalog implements it and fires {@link
 * PublicItemsChanged} after an import, so the portal follows without knowing the catalog.
 */
public interface PublicItemSource {
  /** An item as the public sees it: no internal notes. */
  record PublicItem(
      long agencyId,
      String agencyName,
      String code,
      String name,
      String kindLabel,
      String domain,
      String legalBasis,
      String content,
      boolean inForce) {}

  /** Fired after a power-list import commits. */
  record PublicItemsChanged(long agencyId) {}

  /** Drops any copy of the agency's power list kept in memory: another node changed it. */
  void forget(long agencyId);

  /** The agencies that have a power list. */
  List<Long> agencyIds();

  /** Every item code the agency has listed, in force on the date or not. */
  List<PublicItem> items(long agencyId, LocalDate on);
}
