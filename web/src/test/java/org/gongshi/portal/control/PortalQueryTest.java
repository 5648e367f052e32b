package org.gongshi.portal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gongshi.platform.DomainException;
import org.junit.jupiter.api.Test;

class PortalQueryTest {

  @Test
  void badParametersAreRefusedNamingTheField() {
    assertField(
        () -> PortalQuery.parse(null, null, null, "abc", null, null, null, null, null), "year");
    assertField(
        () -> PortalQuery.parse(null, null, null, null, null, "-1", null, null, null), "page");
    assertField(
        () -> PortalQuery.parse(null, null, null, null, null, "0", null, null, null), "page");
    assertField(
        () -> PortalQuery.parse(null, "x", null, null, null, null, null, null, null), "agency");
    assertField(
        () -> PortalQuery.parse(null, null, null, null, null, null, "101", null, null), "size");
    assertField(
        () -> PortalQuery.parse(null, null, null, null, null, null, null, "name", null), "sort");
    assertField(
        () -> PortalQuery.parse(null, null, null, null, null, "600", "20", null, null), "page");
  }

  @Test
  void linksKeepTheFiltersEncodedAndFacetsToggle() {
    PortalQuery q = PortalQuery.parse(" 户外 广告 ", "2", null, "2024", "罚款", "3", null, null, null);

    assertThat(q.queryString())
        .isEqualTo(
            "?q=%E6%88%B7%E5%A4%96+%E5%B9%BF%E5%91%8A&agency=2&year=2024&penalty=%E7%BD%9A%E6%AC%BE&page=3");
    assertThat(q.with("year", null).queryString()).doesNotContain("year").doesNotContain("page");
    assertThat(q.with("domain", "市容").parameters())
        .containsEntry("domain", "市容")
        .doesNotContainKey("page");
    assertThat(PortalQuery.parse("", "", "", "", "", "", "", "", "").queryString()).isEmpty();
  }

  @Test
  void datesAndFineBandsNarrowAndTravelInLinks() {
    PortalQuery q = PortalQuery.all().withRanges("2024-01-01", "2024-06-30", "1万至10万元").withPage(2);

    assertThat(q.parameters())
        .containsEntry("from", "2024-01-01")
        .containsEntry("to", "2024-06-30")
        .containsEntry("fine", "1万至10万元");
    assertThat(q.filtered()).isTrue();
    assertThat(q.with("fine", null).parameters()).doesNotContainKeys("fine", "page");
    assertThat(q.withoutFilters().parameters()).doesNotContainKeys("from", "to", "fine");
    assertThat(q.filtersOnly().parameters()).containsKeys("from", "to", "fine");
  }

  @Test
  void theViolationCategoryNarrowsTravelsInLinksAndToggles() {
    PortalQuery q =
        PortalQuery.parse("广告", null, null, null, null, "2", null, null, null)
            .withCategory(" 违法建设 ");

    assertThat(q.category()).isEqualTo("违法建设");
    assertThat(q.filtered()).isTrue();
    assertThat(q.queryString()).contains("category=%E8%BF%9D%E6%B3%95%E5%BB%BA%E8%AE%BE");
    assertThat(q.filtersOnly().parameters()).containsEntry("category", "违法建设");
    assertThat(q.with("category", null).parameters()).doesNotContainKeys("category", "page");
    assertThat(q.withoutFilters().parameters()).doesNotContainKey("category");
    assertThat(PortalQuery.all().withCategory("  ").category()).isNull();
    assertField(() -> PortalQuery.all().withCategory("建".repeat(101)), "category");
    assertThatThrownBy(() -> PortalQuery.all().withCategory("建".repeat(101)))
        .hasMessage("违法行为类别过长：最多 100 个字符");
  }

  @Test
  void badDatesAndBandsAreRefusedInChineseNamingTheField() {
    assertField(() -> PortalQuery.all().withRanges("2024-02-30", null, null), "from");
    assertField(() -> PortalQuery.all().withRanges("1900-01-01", null, null), "from");
    assertField(() -> PortalQuery.all().withRanges(null, "明天", null), "to");
    assertField(() -> PortalQuery.all().withRanges("2024-05-01", "2024-01-01", null), "to");
    assertField(() -> PortalQuery.all().withRanges(null, null, "很多"), "fine");
    assertThatThrownBy(() -> PortalQuery.all().withRanges(null, null, "很多"))
        .hasMessageStartingWith("罚款金额只能是 ")
        .hasMessageContaining("1万至10万元");
  }

  @Test
  void refusalsNameTheFieldInChineseAndKeepTheKeyInTheFieldOnly() {
    assertThatThrownBy(
            () -> PortalQuery.parse(null, null, null, "abc", null, null, null, null, null))
        .hasMessage("年份应为 1990 到 2100 之间的四位数字，如 2024；收到“abc”");
    assertThatThrownBy(() -> PortalQuery.all().withRanges(null, null, "abc"))
        .hasMessageStartingWith("罚款金额只能是 1千元以下、")
        .hasMessageEndingWith("之一；收到“abc”");
    assertThatThrownBy(() -> PortalQuery.all().withRanges("2024-05-01", "2024-01-01", null))
        .hasMessage("决定日期止应不早于决定日期起；收到 2024-05-01 至 2024-01-01");
    assertThatThrownBy(
            () -> PortalQuery.parse(null, null, null, null, null, null, null, "name", null))
        .hasMessage("排序方式只能是按相关度或按决定日期；收到“name”");
  }

  @Test
  void theFiltersReadInWordsWithoutTheWordsOrThePaging() {
    PortalQuery q =
        PortalQuery.parse("广告", "7", "市容", "2019", "警告", "2", null, "date", null)
            .withRanges("2019-01-01", null, "1千元以下")
            .withCategory("违法建设");

    assertThat(q.filterText(Map.of(7L, "金东区综合行政执法局")))
        .isEqualTo(
            "执法机关 金东区综合行政执法局、领域 市容、年份 2019、处罚类别 警告、违法行为类别 违法建设、罚款金额 1千元以下、决定日期 2019-01-01 以后");
    assertThat(q.filterText(Map.of())).startsWith("执法机关 编号 7、");
    PortalQuery dates = PortalQuery.parse("广告", null, null, null, null, null, null, null, null);
    assertThat(dates.withRanges(null, "2020-06-30", null).filterText(Map.of()))
        .isEqualTo("决定日期 2020-06-30 以前");
    assertThat(dates.withRanges("2019-01-01", "2020-06-30", null).filterText(Map.of()))
        .isEqualTo("决定日期 2019-01-01 至 2020-06-30");
    assertThat(
            PortalQuery.parse("广告", null, null, null, null, "2", null, null, null)
                .filterText(Map.of()))
        .isEmpty();
  }

  @Test
  void fineBandsOfAmountsInTenThousands() {
    assertThat(FineBand.of(null)).isNull();
    assertThat(FineBand.of(new java.math.BigDecimal("0.05"))).isEqualTo("1千元以下");
    assertThat(FineBand.of(new java.math.BigDecimal("0.1"))).isEqualTo("1千至1万元");
    assertThat(FineBand.of(new java.math.BigDecimal("3"))).isEqualTo("1万至10万元");
    assertThat(FineBand.of(new java.math.BigDecimal("100"))).isEqualTo("100万元以上");
  }

  @Test
  void wordsSortByRelevanceAndNoWordsByDate() {
    assertThat(PortalQuery.parse("广告", null, null, null, null, null, null, null, null).byDate())
        .isFalse();
    assertThat(PortalQuery.all().byDate()).isTrue();
    assertThat(PortalQuery.parse("广告", null, null, null, null, null, null, "date", null).byDate())
        .isTrue();
  }

  private static void assertField(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field))
        .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(400))
        .satisfies(
            e ->
                assertThat(e.getMessage().replaceAll("收到“[^”]*”", ""))
                    .as("a user reads no parameter key or code, only what they typed")
                    .doesNotContainPattern("[A-Za-z]"));
  }
}
