package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextTest {
  @Test
  void libraryMessagesLoseTheirJavaClassNames() {
    String poi =
        "org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException: No valid entries or"
            + " contents found";
    assertThat(ErrorMappers.shorten(poi))
        .doesNotContain("org.apache", "Exception")
        .contains("No valid entries");
    String resteasy =
        "RESTEASY003870: Unable to extract parameter from http request:"
            + " jakarta.ws.rs.QueryParam(\"status\") value is 'NOPE'";
    assertThat(ErrorMappers.shorten(resteasy))
        .doesNotContain("RESTEASY", "jakarta.ws.rs")
        .contains("value is 'NOPE'");
    assertThat(
            ErrorMappers.shorten(
                "Unable to deserialize property 'days' of class org.gongshi.archive.boundary.CaseInput"))
        .doesNotContain("org.gongshi");
    assertThat(ErrorMappers.shorten("java.lang.NumberFormatException: For input string: \"1.5\""))
        .isEqualTo("For input string: \"1.5\"");
  }
}
