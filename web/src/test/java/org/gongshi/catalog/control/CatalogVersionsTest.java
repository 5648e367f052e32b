package org.gongshi.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogVersionsTest {

  private static final String CODE = "3307032020001";
  private static final LegalBasis OLD = new LegalBasis("《中华人民共和国大气污染防治法》", "第一百一十八条", "旧条文");
  private static final LegalBasis NEW = new LegalBasis("《中华人民共和国大气污染防治法》", "第一百一十八条第一款", "新条文");

  private CatalogVersions twoVersions() {
    CatalogVersions versions = CatalogVersions.empty();
    versions =
        versions.with(
            versions.next(
                CODE, LocalDate.of(2023, 1, 1), "权责清单首次发布", Items.penalty().basis(OLD).build()));
    return versions.with(
        versions.next(
            CODE, LocalDate.of(2024, 7, 1), "依据条款调整", Items.penalty().basis(NEW).build()));
  }

  @Test
  void itemChangedOnADateShowsTheOldTextBeforeIt() {
    CatalogVersions versions = twoVersions();

    assertThat(versions.inForce(CODE, LocalDate.of(2022, 12, 31))).isEmpty();
    assertThat(
            versions
                .inForce(CODE, LocalDate.of(2024, 6, 30))
                .orElseThrow()
                .data()
                .legalBasis()
                .text())
        .isEqualTo("旧条文");
    assertThat(
            versions
                .inForce(CODE, LocalDate.of(2024, 7, 1))
                .orElseThrow()
                .data()
                .legalBasis()
                .text())
        .isEqualTo("新条文");
    assertThat(versions.history(CODE))
        .extracting(ItemVersion::number, ItemVersion::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "权责清单首次发布"),
            org.assertj.core.groups.Tuple.tuple(2, "依据条款调整"));
  }

  @Test
  void newVersionMustTakeEffectAfterTheLastOne() {
    CatalogVersions versions = twoVersions();

    assertThatThrownBy(
            () ->
                versions.next(
                    CODE, LocalDate.of(2024, 7, 1), "再次调整", Items.penalty().phone("12345").build()))
        .hasMessage("生效日期：新版本生效日期 2024-07-01 须晚于上一版本（第 2 版）的生效日期 2024-07-01");
  }

  @Test
  void unchangedVersionAndMissingReasonAreRefused() {
    CatalogVersions versions = twoVersions();

    assertThatThrownBy(
            () ->
                versions.next(
                    CODE, LocalDate.of(2025, 1, 1), "无变化", Items.penalty().basis(NEW).build()))
        .hasMessageContaining("与现行版本内容相同");
    assertThatThrownBy(
            () -> versions.next(CODE, LocalDate.of(2025, 1, 1), " ", Items.penalty().build()))
        .hasMessageContaining("必填项“变更原因”为空");
  }

  @Test
  void listOnADateLeavesOutWithdrawnAndNotYetListedItems() {
    CatalogVersions versions = twoVersions();
    String other = "3307032020002";
    versions =
        versions.with(
            versions.next(
                other, LocalDate.of(2024, 1, 1), "新增事项", Items.penalty().code(other).build()));
    versions = versions.with(versions.next(CODE, LocalDate.of(2025, 3, 1), "事项取消", null));

    assertThat(versions.listOn(LocalDate.of(2023, 6, 1)))
        .extracting(ItemVersion::code)
        .containsExactly(CODE);
    assertThat(versions.listOn(LocalDate.of(2024, 8, 1)))
        .extracting(ItemVersion::code)
        .containsExactly(CODE, other);
    assertThat(versions.listOn(LocalDate.of(2025, 3, 1)))
        .extracting(ItemVersion::code)
        .containsExactly(other);
    assertThat(versions.listOn(LocalDate.of(2024, 8, 1), List.of(other, "unknown")))
        .extracting(ItemVersion::code)
        .containsExactly(other);
  }

  @Test
  void twoVersionsOnOneDayAreRefused() {
    ItemVersion a =
        new ItemVersion(CODE, 1, LocalDate.of(2024, 1, 1), "a", Items.penalty().build());
    ItemVersion b =
        new ItemVersion(
            CODE, 2, LocalDate.of(2024, 1, 1), "b", Items.penalty().phone("12345").build());

    assertThatThrownBy(() -> CatalogVersions.of(List.of(a, b)))
        .hasMessageContaining("有两个版本在同一天 2024-01-01 生效");
  }
}
