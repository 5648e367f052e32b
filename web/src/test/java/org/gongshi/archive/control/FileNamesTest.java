package org.gongshi.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void only_the_last_path_segment_is_kept() {
    assertThat(FileNames.clean("../../../../evil.html")).isEqualTo("evil.html");
    assertThat(FileNames.clean("C:\\Users\\王\\现场照片.jpg")).isEqualTo("现场照片.jpg");
    assertThat(FileNames.clean("证据/询问笔录.pdf")).isEqualTo("询问笔录.pdf");
  }

  @Test
  void control_characters_and_empty_names_do_not_survive() {
    assertThat(FileNames.clean("决定书\u0000.pdf\n")).isEqualTo("决定书.pdf");
    assertThat(FileNames.clean("  ")).isEqualTo("未命名文件");
    assertThat(FileNames.clean("a/..")).isEqualTo("未命名文件");
    assertThat(FileNames.clean(null)).isEqualTo("未命名文件");
  }

  @Test
  void a_long_name_keeps_its_end_with_the_extension() {
    String name = "很".repeat(300) + ".pdf";
    assertThat(FileNames.clean(name)).hasSize(255).endsWith(".pdf");
  }
}
