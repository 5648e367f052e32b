package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+1",
        "-1",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        "＝HYPERLINK(\"http://x\")",
        "＋1",
        "－1",
        "＠A1",
        "﹦1",
        "﹢1",
        "'=1",
        "''＝1"
      })
  void aFormulaLeadIsGuardedAndTheGuardComesOffAgain(String v) {
    String guarded = CsvCells.guard(v);
    assertThat(guarded).isEqualTo("'" + v);
    assertThat(CsvCells.unguard(guarded)).isEqualTo(v);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "张某某", "金东综执罚〔2025〕12号", "1,000", "'引号开头", "a=b", "　＝全角空格在前"})
  void plainTextIsLeftAlone(String v) {
    assertThat(CsvCells.guard(v)).isEqualTo(v);
    assertThat(CsvCells.unguard(v)).isEqualTo(v);
  }

  @Test
  void nullStaysNull() {
    assertThat(CsvCells.guard(null)).isNull();
  }
}
