package org.gongshi.portal.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gongshi.portal.control.PortalQuery;
import org.junit.jupiter.api.Test;

class AlertsTextTest {

  @Test
  void aSubscribedSearchIsNamedWithTheSearchPagesFilterWords() {
    PortalQuery q =
        PortalQuery.parse("水果摊", "2", "市容", "2024", "罚款", null, null, null, null)
            .withCategory("占道经营");

    assertThat(Alerts.searchText(q, () -> Map.of(2L, "金东区综合行政执法局")))
        .isEqualTo("检索“水果摊”，执法机关 金东区综合行政执法局、领域 市容、年份 2024、处罚类别 罚款、违法行为类别 占道经营");
    assertThat(new SearchView("", q, null, null, Map.of(2L, "金东区综合行政执法局")).getFilterText())
        .isEqualTo("执法机关 金东区综合行政执法局、领域 市容、年份 2024、处罚类别 罚款、违法行为类别 占道经营");
  }

  @Test
  void withoutWordsOrFiltersItIsEverythingAndNamesAreReadOnlyForAnAgency() {
    assertThat(
            Alerts.searchText(
                PortalQuery.all(),
                () -> {
                  throw new AssertionError("no agency, no names");
                }))
        .isEqualTo("全部处罚决定");
    assertThat(Alerts.searchText(PortalQuery.all().with("agency", "9"), Map::of))
        .isEqualTo("全部处罚决定，执法机关 编号 9");
  }
}
