package org.gongshi.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

  private final CatalogItemData a = Items.penalty().code("A").build();
  private final CatalogItemData b = Items.penalty().code("B").build();
  private final CatalogItemData c = Items.penalty().code("C").build();

  private CatalogVersions listed() {
    return CatalogVersions.of(
        List.of(
            new ItemVersion("A", 1, LocalDate.of(2024, 1, 1), "首次发布", a),
            new ItemVersion("B", 1, LocalDate.of(2024, 1, 1), "首次发布", b),
            new ItemVersion("C", 1, LocalDate.of(2024, 1, 1), "首次发布", c)));
  }

  @Test
  void wholeCatalogImportCreatesVersionsOnlyForWhatChanged() {
    CatalogItemData changedB = Items.penalty().code("B").phone("12345").build();
    CatalogItemData newD = Items.penalty().code("D").build();

    ImportPlan plan =
        listed()
            .planImport(List.of(a, changedB, newD), LocalDate.of(2025, 1, 1), "2025年权责清单调整", true);

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.summary()).isEqualTo("新增 1 项，变更 1 项，取消 1 项，未变 1 项");
    assertThat(plan.versions())
        .extracting(ItemVersion::code, ItemVersion::number, ItemVersion::withdrawn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B", 2, false),
            org.assertj.core.groups.Tuple.tuple("C", 2, true),
            org.assertj.core.groups.Tuple.tuple("D", 1, false));
  }

  @Test
  void backdatedImportIsRefusedAsAWhole() {
    CatalogItemData changedB = Items.penalty().code("B").phone("12345").build();
    CatalogItemData newD = Items.penalty().code("D").build();

    ImportPlan plan =
        listed().planImport(List.of(a, changedB, newD), LocalDate.of(2023, 12, 1), "补录", false);

    assertThat(plan.versions()).isEmpty();
    assertThat(plan.problems())
        .extracting(FieldProblem::message)
        .containsExactly("事项 B：新版本生效日期 2023-12-01 须晚于上一版本（第 1 版）的生效日期 2024-01-01");
  }
}
