package org.gongshi.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCatalogTest {

  @Test
  void catalogCoversThreeAgenciesAndTenDomainsWithLevelsOnPenalties() {
    List<CatalogItemData> items = SampleCatalog.catalog(7);

    assertThat(items)
        .extracting(CatalogItemData::enforcementUnit)
        .contains("金华市金东区综合行政执法局")
        .hasSameElementsAs(SampleCatalog.agencies());
    assertThat(new HashSet<>(items.stream().map(CatalogItemData::domain).toList()))
        .hasSizeGreaterThanOrEqualTo(10);
    assertThat(items)
        .filteredOn(CatalogItemData::isPenalty)
        .allSatisfy(i -> assertThat(i.levels()).hasSizeBetween(2, 4));
    assertThat(items)
        .extracting(CatalogItemData::kind)
        .contains(ItemKind.PENALTY, ItemKind.COERCION, ItemKind.INSPECTION, ItemKind.LICENSING);
    assertThat(items).extracting(i -> i.legalBasis().citation()).contains("《中华人民共和国城乡规划法》第六十四条");
  }

  @Test
  void sameSeedSameItemsAndCodesAreDistinct() {
    List<CatalogItemData> items = SampleCatalog.items(4000, 1);

    assertThat(items).isEqualTo(SampleCatalog.items(4000, 1));
    assertThat(new HashSet<>(items.stream().map(CatalogItemData::code).toList())).hasSize(4000);
  }
}
