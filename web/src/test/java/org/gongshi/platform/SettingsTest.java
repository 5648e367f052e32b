package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void thePublicBaseUrlEndsInASlashAndMustBeAnHttpAddress() {
    assertThat(Settings.publicBaseUrl("http://localhost:8080")).isEqualTo("http://localhost:8080/");
    assertThat(Settings.publicBaseUrl(" https://gongshi.example.gov.cn/ "))
        .isEqualTo("https://gongshi.example.gov.cn/");
    assertThat(Settings.publicBaseUrl("https://example.gov.cn/gongshi"))
        .isEqualTo("https://example.gov.cn/gongshi/");
    assertThatThrownBy(() -> Settings.publicBaseUrl("gongshi.example"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Settings.publicBaseUrl("ftp://x.example/"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Settings.publicBaseUrl("http://x.example/?a=1"))
        .isInstanceOf(IllegalStateException.class);
  }
}
