package org.gongshi.platform.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsccTest {

  @Test
  void accepts_the_standard_example() {
    assertThat(Uscc.isValid("91110000802100433B")).isTrue();
    assertThat(Uscc.of("91110000802100433B").value()).isEqualTo("91110000802100433B");
    assertThat(Uscc.of("91110000802100433B")).hasToString("91110000802100433B");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "9111000080210043,       统一社会信用代码应为18位，实际为16位",
    "91110000802100433I,     统一社会信用代码第18位“I”不是允许的字符（数字或除I、O、S、V、Z外的大写字母）",
    "91110000802100433b,     统一社会信用代码第18位“b”不是允许的字符（数字或除I、O、S、V、Z外的大写字母）",
    "9111A000802100433B,     统一社会信用代码第3–8位应为行政区划代码（数字）",
    "91110000802100433C,     统一社会信用代码校验码错误：应为B，实际为C",
  })
  void rejects_with_a_chinese_message(String text, String message) {
    assertThat(Uscc.isValid(text)).isFalse();
    assertThatThrownBy(() -> Uscc.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void generated_codes_are_valid() {
    Random random = new Random(3);
    for (int i = 0; i < 1000; i++) {
      assertThat(Uscc.isValid(Uscc.generate(random).value())).isTrue();
    }
  }
}
