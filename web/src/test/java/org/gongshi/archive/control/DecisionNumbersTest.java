package org.gongshi.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionNumbersTest {
  private static final String NUMBER = "金东综执罚决字〔2024〕第123号";

  @Test
  void bracketsTypedForTheYearAreTheSameNumber() {
    String key = DecisionNumbers.key(NUMBER);
    assertThat(DecisionNumbers.key("金东综执罚决字[2024]第123号")).isEqualTo(key);
    assertThat(DecisionNumbers.key("金东综执罚决字(2024)第123号")).isEqualTo(key);
    assertThat(DecisionNumbers.key("金东综执罚决字（2024）第123号")).isEqualTo(key);
    assertThat(DecisionNumbers.key("金东综执罚决字［2024］第123号")).isEqualTo(key);
    assertThat(DecisionNumbers.key("金东综执罚决字【2024】第123号")).isEqualTo(key);
    assertThat(DecisionNumbers.key("金东综执罚决字﹝2024﹞第123号")).isEqualTo(key);
  }

  @Test
  void fullWidthDigitsAndSpacesFold() {
    assertThat(DecisionNumbers.key(" 金东综执罚决字 〔２０２４〕　第１２３号 "))
        .isEqualTo(DecisionNumbers.key(NUMBER));
  }

  @Test
  void anotherSerialYearOrKindIsAnotherNumber() {
    String key = DecisionNumbers.key(NUMBER);
    assertThat(DecisionNumbers.key("金东综执罚决字〔2024〕第124号")).isNotEqualTo(key);
    assertThat(DecisionNumbers.key("金东综执罚决字〔2025〕第123号")).isNotEqualTo(key);
    assertThat(DecisionNumbers.key("金东综执简罚决字〔2024〕第123号")).isNotEqualTo(key);
  }

  @Test
  void noNumberHasNoKey() {
    assertThat(DecisionNumbers.key(null)).isNull();
    assertThat(DecisionNumbers.key("  ")).isNull();
  }
}
