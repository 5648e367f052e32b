package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ParameterErrorsTest {
  enum Status {
    OPEN,
    CLOSED
  }

  /** What RESTEasy puts in the NotFoundException of a failed parameter conversion. */
  private static Problem conversion(String signature, String value, Throwable cause) {
    return ParameterErrors.problem(
        "RESTEASY003870: Unable to extract parameter from http request: "
            + signature
            + " value is '"
            + value
            + "'",
        cause);
  }

  @Test
  void aNumberParameterThatIsNotANumberIsA400NamingIt() {
    Problem p =
        conversion(
            "jakarta.ws.rs.QueryParam(\"agencyId\")",
            "abc",
            new NumberFormatException("For input string: \"abc\""));
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.field()).isEqualTo("agencyId");
    assertThat(p.message()).contains("agencyId", "abc", "整数");
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnes() {
    IllegalArgumentException cause;
    try {
      Status.valueOf("NOPE");
      throw new AssertionError();
    } catch (IllegalArgumentException e) {
      cause = e;
    }
    Problem p =
        conversion("jakarta.ws.rs.QueryParam(\"status\")", "NOPE", new RuntimeException(cause));
    assertThat(p.field()).isEqualTo("status");
    assertThat(p.message()).contains("OPEN、CLOSED");
  }

  @Test
  void aDateAndAPathParameter() {
    DateTimeParseException bad;
    try {
      LocalDate.parse("2026-13-01");
      throw new AssertionError();
    } catch (DateTimeParseException e) {
      bad = e;
    }
    Problem p = conversion("jakarta.ws.rs.PathParam(\"id\")", "x", bad);
    assertThat(p.field()).isEqualTo("id");
    assertThat(p.message()).startsWith("路径参数 id").contains("YYYY-MM-DD");
  }

  @Test
  void aRealNotFoundStaysA404() {
    assertThat(ParameterErrors.problem(null, null)).isNull();
    assertThat(ParameterErrors.problem("RESTEASY003210: Could not find resource", null)).isNull();
  }
}
