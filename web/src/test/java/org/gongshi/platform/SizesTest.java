package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {
  @Test
  void theLimitReadsAsTheDocumentationWritesIt() {
    assertThat(Sizes.mb(209_715_200)).isEqualTo("200 MB");
    assertThat(Sizes.mb(5_000_000)).isEqualTo("4.77 MB");
    assertThat(Sizes.tooLarge(209_715_200)).contains("大小上限 200 MB");
  }

  @Test
  void aDeclaredLengthIsReadAsANumberOrIgnored() {
    assertThat(UploadLimit.declaredLength("5065536")).isEqualTo(5_065_536);
    assertThat(UploadLimit.declaredLength("10737418240")).isEqualTo(10_737_418_240L);
    assertThat(UploadLimit.declaredLength(null)).isEqualTo(-1);
    assertThat(UploadLimit.declaredLength("abc")).isEqualTo(-1);
  }

  @Test
  void aBindingErrorNamesThePropertyAndWhatItAccepts() {
    var e =
        new jakarta.json.bind.JsonbException(
            "Unable to deserialize property 'kind' because of: x",
            new IllegalArgumentException(
                "No enum constant org.gongshi.archive.entity.Procedure.FAST"));
    Problem p = ErrorMappers.Json.problem(e);
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.field()).isEqualTo("kind");
    assertThat(p.message()).contains("SIMPLE", "GENERAL");
  }
}
