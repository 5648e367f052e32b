package org.gongshi.search.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypePolicyTest {

  private final FileTypePolicy policy = new FileTypePolicy();

  @Test
  void peRenamedToPdfIsRefused() {
    FileTypePolicy.Decision d = policy.check(Fixtures.peExecutable(), "决定书.pdf");

    assertThat(d.allowed()).isFalse();
    assertThat(d.mediaType()).startsWith("application/x-msdownload");
    assertThat(d.reason()).isEqualTo("文件实际类型为 " + d.mediaType() + "，不在允许的类型内");
  }

  @Test
  void randomBytesNamedExeAreRefused() {
    byte[] bytes = new byte[2048];
    new Random(1).nextBytes(bytes);

    FileTypePolicy.Decision d = policy.check(bytes, "tool.exe");

    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).contains("不在允许的类型内");
  }

  @Test
  void realDocumentsAreAllowedWhateverTheirName() {
    assertThat(policy.check(Fixtures.docx("行政处罚"), "a.docx").allowed()).isTrue();
    assertThat(policy.check(Fixtures.pdf("行政处罚", null), "renamed.doc").mediaType())
        .isEqualTo("application/pdf");
    assertThat(policy.check(Fixtures.png("罚"), "photo.png").allowed()).isTrue();
    assertThat(policy.check(Fixtures.gb18030("行政处罚决定书全文"), "a.txt").allowed()).isTrue();
  }

  @Test
  void ofdIsRecognisedAndAllowed(@TempDir Path dir) {
    FileTypePolicy.Decision d = policy.check(Fixtures.ofd(dir, "行政处罚决定书"), "决定书.zip");

    assertThat(d.allowed()).isTrue();
    assertThat(d.mediaType()).isEqualTo("application/ofd");
  }

  @Test
  void emptyFileIsRefused() {
    assertThat(policy.check(new byte[0], "a.pdf").allowed()).isFalse();
  }
}
