package org.gongshi.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogItemDataTest {

  @Test
  void validItemKeepsItsValuesTrimmed() {
    CatalogItemData item = Items.penalty().code("  3307032020001 ").build();

    assertThat(item.code()).isEqualTo("3307032020001");
    assertThat(item.level("较重")).get().extracting(DiscretionLevel::order).isEqualTo(2);
  }

  @Test
  void emptyItemListsEveryMissingFieldInChinese() {
    assertThatThrownBy(
            () ->
                new CatalogItemData(
                    "", "", null, "", "", "", null, null, null, "", "", null, List.of()))
        .isInstanceOfSatisfying(
            InvalidCatalogDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .contains(
                        "事项编码", "事项名称", "事项类型", "领域", "实施主体", "行使方式", "设定依据-法律", "责任事项", "追责情形",
                        "监督电话"));
  }

  @Test
  void jointItemNeedsItsSupervisingDepartment() {
    assertThatThrownBy(() -> Items.penalty().mode(ExerciseMode.JOINT).department("").build())
        .hasMessageContaining("业务主管部门：与业务主管部门联合行使的事项须填写“业务主管部门”");
  }

  @Test
  void levelsMustGrowHeavierAndStayWithinTheLaw() {
    List<DiscretionLevel> levels =
        List.of(
            new DiscretionLevel(1, "一般", "", FineRange.of(20000, 30000), ""),
            new DiscretionLevel(2, "较重", "", FineRange.of(10000, 60000), ""));

    assertThatThrownBy(() -> Items.penalty().levels(levels).build())
        .isInstanceOfSatisfying(
            InvalidCatalogDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::toString)
                    .containsExactly(
                        "裁量2-罚款上限（元）：“较重”罚款上限超出法定上限 50000 元",
                        "裁量2-罚款下限（元）：裁量档次须由轻到重：“较重”罚款下限 10000 元低于前一档“一般”的下限 20000 元"));
  }

  @Test
  void onlyPenaltiesCarryFinesAndLevels() {
    assertThatThrownBy(() -> Items.penalty().kind(ItemKind.INSPECTION).build())
        .hasMessageContaining("只有行政处罚事项可填写法定罚款幅度，本事项为行政检查")
        .hasMessageContaining("只有行政处罚事项可设裁量基准");
  }

  @Test
  void phoneFormatsAreChecked() {
    assertThat(SupervisionChannel.isPhone("0579-82123456")).isTrue();
    assertThat(SupervisionChannel.isPhone("(0579)82123456")).isTrue();
    assertThat(SupervisionChannel.isPhone("13912345678")).isTrue();
    assertThat(SupervisionChannel.isPhone("12345")).isTrue();
    assertThat(SupervisionChannel.isPhone("0579-12345")).isTrue();
    assertThat(SupervisionChannel.isPhone("0579-821")).isFalse();
    assertThatThrownBy(() -> Items.penalty().phone("电话待定").build())
        .hasMessageContaining("“监督电话”格式不对：电话待定");
  }

  @Test
  void legalBasisNeedsTitleMarksAndAnArticle() {
    assertThatThrownBy(() -> new LegalBasis("城乡规划法", "六十四", ""))
        .hasMessageContaining("须带书名号")
        .hasMessageContaining("须写作“第……条”");
  }

  @Test
  void fineRangeIsNormalisedAndValidated() {
    assertThat(new FineRange(new BigDecimal("1000"), new BigDecimal("3000.5")))
        .isEqualTo(new FineRange(new BigDecimal("1000.00"), new BigDecimal("3000.50")))
        .hasToString("1000–3000.50 元");
    assertThatThrownBy(() -> FineRange.of(3000, 1000))
        .hasMessageContaining("罚款下限 3000 元大于罚款上限 1000 元");
    assertThatThrownBy(() -> new FineRange(new BigDecimal("-1"), BigDecimal.TEN))
        .hasMessageContaining("罚款下限 -1 不能为负数");
    assertThatThrownBy(() -> new FineRange(BigDecimal.ONE, new BigDecimal("1.005")))
        .hasMessageContaining("最多两位小数");
  }

  @Test
  void changedFieldsNameWhatAVersionChanged() {
    CatalogItemData before = Items.penalty().build();
    CatalogItemData after = Items.penalty().phone("12345").range(FineRange.of(5000, 60000)).build();

    assertThat(before.changedFields(after)).containsExactly("法定罚款幅度", "监督电话");
  }
}
