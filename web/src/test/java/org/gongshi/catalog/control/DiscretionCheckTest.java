package org.gongshi.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongshi.catalog.control.DiscretionCheck.Outcome;
import org.gongshi.catalog.control.DiscretionCheck.Result;
import org.junit.jupiter.api.Test;

class DiscretionCheckTest {

  private final CatalogItemData item =
      Items.penalty()
          .range(FineRange.of(0, 10000))
          .levels(
              List.of(
                  new DiscretionLevel(1, "轻微", "首次且及时改正", null, "不予行政处罚"),
                  new DiscretionLevel(2, "一般", "", FineRange.of(1000, 3000), ""),
                  new DiscretionLevel(3, "严重", "", FineRange.of(3000, 10000), "")))
          .build();

  @Test
  void fineWithinTheLevelIsOk() {
    assertThat(DiscretionCheck.check(item, "一般", new BigDecimal("3000"), null).outcome())
        .isEqualTo(Outcome.OK);
  }

  @Test
  void fineOutsideTheLevelWithoutReasonIsRefused() {
    Result result = DiscretionCheck.check(item, "一般", new BigDecimal("5000"), "  ");

    assertThat(result.allowed()).isFalse();
    assertThat(result.message()).isEqualTo("罚款 5000 元超出“一般”裁量档次 1000–3000 元的范围，须填写书面理由");
  }

  @Test
  void fineOutsideTheLevelWithWrittenReasonGoesToTheLegalReviewer() {
    Result result =
        DiscretionCheck.check(item, "一般", new BigDecimal("5000"), "当事人拒不配合调查且多次阻挠执法，情节接近严重档次");

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED_WITH_REASON);
    assertThat(result.needsLegalReview()).isTrue();
    assertThat(result.message()).endsWith("已记录书面理由，须经法制审核");
  }

  @Test
  void tooShortReasonIsRefused() {
    assertThat(DiscretionCheck.check(item, "一般", new BigDecimal("5000"), "情节较重").message())
        .contains("书面理由过短");
  }

  @Test
  void fineBeyondTheLawIsRefusedWhateverTheReason() {
    Result result =
        DiscretionCheck.check(item, "严重", new BigDecimal("12000"), "当事人拒不配合调查且多次阻挠执法，情节特别严重");

    assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(result.message()).isEqualTo("罚款 12000 元超出法定罚款幅度 0–10000 元，不得作出");
  }

  @Test
  void fineInANoFineLevelAndUnknownLevelsAreRefused() {
    assertThat(DiscretionCheck.check(item, "轻微", new BigDecimal("200"), null).message())
        .isEqualTo("罚款 200 元不符合“轻微”裁量档次（该档次不处罚款：不予行政处罚），须填写书面理由");
    assertThat(DiscretionCheck.check(item, "较重", BigDecimal.TEN, null).message())
        .isEqualTo("本事项没有“较重”裁量档次，可选：轻微、一般、严重");
    assertThat(DiscretionCheck.check(item, "一般", new BigDecimal("1000.001"), null).message())
        .contains("最多两位小数");
  }
}
