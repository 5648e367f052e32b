package org.gongshi.platform.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "440524188001010014", "11010519491231002x"})
  void accepts_the_standard_examples(String text) {
    assertThat(IdNumber.isValid(text)).isTrue();
    assertThat(IdNumber.of(text).value()).isEqualTo(text.toUpperCase());
  }

  @Test
  void exposes_birth_date_and_masks_itself() {
    IdNumber id = IdNumber.of("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.toString()).isEqualTo("110105********002X").isEqualTo(id.masked());
    assertThat(id).isEqualTo(IdNumber.of("11010519491231002x"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "1101051949123100,        身份证号应为18位，实际为16位",
    "11010519491231002,       身份证号应为18位，实际为17位",
    "11010519491231A02X,      身份证号第15位“A”不是数字",
    "11010519491231002Y,      身份证号第18位“Y”应为数字或X",
    "990105194912310021,      身份证号地址码“990105”不是有效的行政区划代码",
    "110105194902300021,      身份证号出生日期“19490230”无效",
    "110105299901010021,      身份证号出生日期“29990101”无效",
    "110105194912310021,      身份证号校验码错误：应为X，实际为1",
    "440524188001010015,      身份证号校验码错误：应为4，实际为5",
  })
  void rejects_with_a_chinese_message(String text, String message) {
    assertThat(IdNumber.isValid(text)).isFalse();
    assertThatThrownBy(() -> IdNumber.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void rejects_null_and_empty() {
    assertThat(IdNumber.isValid(null)).isFalse();
    assertThatThrownBy(() -> IdNumber.of("")).hasMessage("身份证号为空");
  }

  @Test
  void generated_numbers_are_valid_and_reproducible() {
    Random random = new Random(42);
    for (int i = 0; i < 1000; i++) {
      String value = IdNumber.generate(random).value();
      assertThat(IdNumber.isValid(value)).as(value).isTrue();
    }
    assertThat(IdNumber.generate(new Random(7))).isEqualTo(IdNumber.generate(new Random(7)));
  }

  @Test
  void most_random_18_digit_numbers_are_not_id_numbers() {
    Random random = new Random(1);
    int valid = 0;
    for (int i = 0; i < 10_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = 0; j < 18; j++) {
        s.append(random.nextInt(10));
      }
      valid += IdNumber.isValid(s.toString()) ? 1 : 0;
    }
    assertThat(valid).isLessThan(50); // about 0.1 %: province, date and check must all fit
  }
}
