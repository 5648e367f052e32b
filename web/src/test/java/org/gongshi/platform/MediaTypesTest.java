package org.gongshi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {
  @Test
  void mediaTypesAreNamedInWordsNeverShownRaw() {
    assertThat(MediaTypes.word("application/pdf")).isEqualTo("PDF 文档");
    assertThat(
            MediaTypes.word(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        .isEqualTo("Word 文档");
    assertThat(MediaTypes.word("image/jpeg")).isEqualTo("图片");
    assertThat(MediaTypes.word("text/plain; charset=UTF-8")).isEqualTo("文本文件");
    assertThat(MediaTypes.word("application/x-unknown")).isEqualTo("其他文件");
    assertThat(MediaTypes.word(null)).isEqualTo("文件");
  }

  @Test
  void sizesReadAsPeopleReadThem() {
    assertThat(MediaTypes.size(812)).isEqualTo("812 字节");
    assertThat(MediaTypes.size(12_800)).isEqualTo("12.5 KB");
    assertThat(MediaTypes.size(3_355_443)).isEqualTo("3.2 MB");
  }
}
