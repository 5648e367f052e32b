package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonInputTest {
  enum Kind {
    PERSON,
    COMPANY
  }

  record Party(Kind kind, String name, Long officerId) {}

  record Body(
      int days,
      Long officer,
      BigDecimal amount,
      boolean minor,
      LocalDate day,
      List<Party> parties,
      List<Long> ids,
      Map<String, LocalDate> milestones) {}

  private static Problem check(String json) {
    try (var r = Json.createReader(new StringReader(json))) {
      JsonValue v = r.readValue();
      return JsonInput.check(v, Body.class);
    }
  }

  @Test
  void aFittingBodyPasses() {
    assertThat(
            check(
                """
                {"days":3,"officer":9223372036854775807,"amount":12.5,"minor":false,"day":"2026-10-09",
                 "parties":[{"kind":"COMPANY","name":"x","officerId":"12"}],"ids":[1,2],
                 "milestones":{"FILED":"2026-09-01"},"unknown":1.5}
                """))
        .isNull();
  }

  @Test
  void aFractionIsRefusedForAnIntegerNotTruncated() {
    Problem p = check("{\"days\":1.5}");
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.field()).isEqualTo("days");
    assertThat(p.message()).contains("整数", "1.5");
    assertThat(check("{\"days\":1.0}")).isNull(); // a whole number, written with a point
    assertThat(check("{\"days\":1e2}")).isNull();
  }

  @Test
  void anIntegerBeyondItsTypeIsRefusedNotWrapped() {
    assertThat(check("{\"officer\":92233720368547758070}").field()).isEqualTo("officer");
    assertThat(check("{\"days\":2147483648}").message()).contains("2147483647");
    assertThat(check("{\"ids\":[1,9223372036854775808]}").field()).isEqualTo("ids[1]");
  }

  @Test
  void anUnknownEnumConstantNamesThePathAndTheAllowedValues() {
    Problem p = check("{\"parties\":[{\"kind\":\"PERSON\"},{\"kind\":\"ROBOT\"}]}");
    assertThat(p.field()).isEqualTo("parties[1].kind");
    assertThat(p.message()).contains("ROBOT", "PERSON、COMPANY");
  }

  @Test
  void wrongTypesAndDatesNameTheirField() {
    assertThat(check("{\"amount\":true}").field()).isEqualTo("amount");
    assertThat(check("{\"minor\":\"yes\"}").field()).isEqualTo("minor");
    assertThat(check("{\"day\":\"2026-13-01\"}").message()).contains("YYYY-MM-DD");
    assertThat(check("{\"milestones\":{\"FILED\":\"1.9.2026\"}}").field())
        .isEqualTo("milestones.FILED");
    assertThat(check("{\"parties\":{}}").field()).isEqualTo("parties");
    assertThat(check("{\"days\":\"abc\"}").field()).isEqualTo("days");
  }

  @Test
  void theEntityParameterIsTheOneWithoutAJaxRsAnnotation() throws Exception {
    class Resource {
      @SuppressWarnings("unused")
      public void update(@jakarta.ws.rs.PathParam("id") long id, Body body) {}
    }
    var method = Resource.class.getMethod("update", long.class, Body.class);
    assertThat(JsonInput.entityType(method)).isEqualTo(Body.class);
  }
}
