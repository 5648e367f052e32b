package org.gongshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gongshi.reports.internal.ChineseFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseFormatTest {

  @ParameterizedTest
  @CsvSource({
    "0, 零元整",
    "10, 壹拾元整",
    "100, 壹佰元整",
    "200.50, 贰佰元伍角",
    "1005.05, 壹仟零伍元零伍分",
    "3000, 叁仟元整",
    "50000, 伍万元整",
    "100000, 壹拾万元整",
    "105000, 壹拾万伍仟元整",
    "1000005, 壹佰万零伍元整",
    "10050000, 壹仟零伍万元整",
    "100010000, 壹亿零壹万元整",
    "0.07, 柒分",
  })
  void uppercaseAmounts(String amount, String expected) {
    assertThat(ChineseFormat.uppercase(new BigDecimal(amount))).isEqualTo(expected);
  }

  @Test
  void datesAndMoney() {
    assertThat(ChineseFormat.date(LocalDate.of(2024, 5, 20))).isEqualTo("2024年5月20日");
    assertThat(ChineseFormat.money(new BigDecimal("1286400"))).isEqualTo("1,286,400.00");
  }
}
