package org.gongshi.archive.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredFileTest {
  @Test
  void textLongerThanTheColumnIsCutAndTheMessageSaysSo() {
    StoredFile f = new StoredFile() {};
    String text = "违法建筑".repeat(300_000); // 1.2 million characters

    f.recordExtraction(ExtractionStatus.DONE, null, null, text);

    assertThat(f.getExtractedText())
        .hasSize(StoredFile.MAX_TEXT)
        .isEqualTo(text.substring(0, StoredFile.MAX_TEXT));
    assertThat(f.getExtractionStatus()).isEqualTo(ExtractionStatus.DONE);
    assertThat(f.getExtractionMessage()).contains("仅保留前 100 万字");
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    StoredFile f = new StoredFile() {};
    String text = "a".repeat(StoredFile.MAX_TEXT - 1) + "𠀀" + "b"; // 𠀀 is two chars

    f.recordExtraction(ExtractionStatus.DONE, null, "已识别", text);

    assertThat(f.getExtractedText()).hasSize(StoredFile.MAX_TEXT - 1).doesNotContain("\uD840");
    assertThat(f.getExtractionMessage()).startsWith("已识别；");
  }

  @Test
  void theExtractorsOwnTruncationNoteGivesWayToTheColumnsCut() {
    StoredFile f = new StoredFile() {};
    f.recordExtraction(
        ExtractionStatus.DONE, null, "文字超过 10000000 字符上限，已截断", "检".repeat(StoredFile.MAX_TEXT + 5));
    assertThat(f.getExtractionMessage()).isEqualTo("文字过长，仅保留前 100 万字用于检索");
  }

  @Test
  void shortTextIsKeptAsItIs() {
    StoredFile f = new StoredFile() {};
    f.recordExtraction(ExtractionStatus.DONE, null, null, "询问笔录");
    assertThat(f.getExtractedText()).isEqualTo("询问笔录");
    assertThat(f.getExtractionMessage()).isNull();
  }
}
