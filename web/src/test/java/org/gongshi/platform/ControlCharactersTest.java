package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {
  private static JsonValue json(String text) {
    try (var r = Json.createReader(new StringReader(text))) {
      return r.readValue();
    }
  }

  @Test
  void namesTheFieldWithTheControlCharacter() {
    assertThat(
            ControlCharacters.offendingField(
                json("{\"caseNumber\":\"金东\\u0000综执\",\"title\":\"x\"}"), ""))
        .isEqualTo("caseNumber");
    assertThat(
            ControlCharacters.offendingField(
                json("{\"parties\":[{\"name\":\"ok\"},{\"name\":\"a\\u001fb\"}]}"), ""))
        .isEqualTo("parties[1].name");
    assertThat(ControlCharacters.offendingField(json("{\"note\":\"a\\u0085\"}"), ""))
        .isEqualTo("note");
  }

  @Test
  void tabsLineBreaksAndChineseTextPass() {
    assertThat(
            ControlCharacters.offendingField(
                json("{\"violation\":\"第一段\\r\\n第二段\\t（附）〔2026〕\",\"n\":1,\"b\":null}"), ""))
        .isNull();
  }
}
