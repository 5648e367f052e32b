package org.gongshi.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRuleTest {
  @Test
  void tenToSixtyFourCharactersWithLettersAndDigitsAndNotTheName() {
    assertThat(PasswordRule.violation("officer", "jindong2026x")).isNull();
    assertThat(PasswordRule.violation("officer", "金东执法局2026年")).isNull();
    assertThat(PasswordRule.violation("officer", "short1")).isEqualTo(PasswordRule.TEXT);
    assertThat(PasswordRule.violation("officer", "onlyletters")).isEqualTo(PasswordRule.TEXT);
    assertThat(PasswordRule.violation("officer", "1234567890")).isEqualTo(PasswordRule.TEXT);
    assertThat(PasswordRule.violation("officer", "Officer2026!")).isEqualTo(PasswordRule.TEXT);
    assertThat(PasswordRule.violation("officer", "a1".repeat(33))).isEqualTo(PasswordRule.TEXT);
    assertThat(PasswordRule.violation("officer", null)).isEqualTo(PasswordRule.TEXT);
  }
}
