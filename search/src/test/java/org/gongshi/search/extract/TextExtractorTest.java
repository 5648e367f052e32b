package org.gongshi.search.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.gongshi.search.extract.Extraction.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractorTest {

  private static final String DECISION = "金华市金东区综合行政执法局行政处罚决定书";

  private static TextExtractor extractor;

  @BeforeAll
  static void start() {
    extractor = new TextExtractor();
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  @Test
  void chineseDocx() {
    byte[] docx = Fixtures.docx(DECISION, "当事人：金华市某某建材有限公司");

    Extraction e = extractor.extract(docx, "决定书.docx");

    assertThat(e.status()).isEqualTo(Status.DONE);
    assertThat(e.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(e.text()).contains(DECISION).contains("某某建材有限公司");
  }

  @Test
  void chinesePdf() {
    Extraction e = extractor.extract(Fixtures.pdf(DECISION + "金东综执罚决字〔2024〕第123号", null), "a.pdf");

    assertThat(e.status()).isEqualTo(Status.DONE);
    assertThat(e.mediaType()).isEqualTo("application/pdf");
    assertThat(e.text()).contains(DECISION).contains("〔2024〕第123号");
  }

  @Test
  void pdfFromPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("upload.bin");
    Files.write(file, Fixtures.pdf(DECISION, null));

    Extraction e = extractor.extract(file, "决定书.pdf");

    assertThat(e.isDone()).isTrue();
    assertThat(e.text()).contains(DECISION);
  }

  @Test
  void ofdTextIsJoinedWithoutBreakingPhrases(@TempDir Path dir) {
    String text = "当事人金华市某某建材有限公司未经批准擅自设置户外广告设施，依据城市市容和环境卫生管理条例第十七条";
    byte[] ofd = Fixtures.ofd(dir, text);

    Extraction e = extractor.extract(ofd, "决定书.ofd");

    assertThat(e.status()).isEqualTo(Status.DONE);
    assertThat(e.mediaType()).isEqualTo("application/ofd");
    assertThat(e.text()).contains(text);
  }

  @Test
  void gb18030PlainText() {
    String text = "行政处罚决定书：当事人张三丰于二〇二四年在金东区违法占道经营。";

    Extraction e = extractor.extract(Fixtures.gb18030(text), "note.txt");

    assertThat(e.status()).isEqualTo(Status.DONE);
    assertThat(e.mediaType()).isEqualTo("text/plain");
    assertThat(e.text()).contains(text);
  }

  @Test
  void encryptedPdfIsReported() {
    Extraction e = extractor.extract(Fixtures.pdf(DECISION, "user-secret"), "secret.pdf");

    assertThat(e.status()).isEqualTo(Status.FAILED);
    assertThat(e.reason()).isEqualTo(FailureReason.ENCRYPTED);
    assertThat(e.message()).contains("加密");
  }

  @Test
  void truncatedDocxIsCorrupt() {
    byte[] docx = Fixtures.docx(DECISION);
    byte[] half = Arrays.copyOf(docx, docx.length / 2);

    Extraction e = extractor.extract(half, "broken.docx");

    assertThat(e.status()).isEqualTo(Status.FAILED);
    assertThat(e.reason()).isIn(FailureReason.CORRUPT, FailureReason.UNSUPPORTED);
    assertThat(e.message()).isNotBlank();
  }

  @Test
  void pdfHeaderWithGarbageIsCorrupt() {
    byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage".getBytes();

    Extraction e = extractor.extract(bytes, "x.pdf");

    assertThat(e.status()).isEqualTo(Status.FAILED);
    assertThat(e.reason()).isEqualTo(FailureReason.CORRUPT);
  }

  @Test
  void randomBytesAreUnsupported() {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);

    Extraction e = extractor.extract(bytes, "data.bin");

    assertThat(e.status()).isEqualTo(Status.FAILED);
    assertThat(e.reason()).isEqualTo(FailureReason.UNSUPPORTED);
  }

  @Test
  void tooLargeAndTimeoutAndWriteLimit() {
    byte[] docx = Fixtures.docx(DECISION);
    TextExtractor.Settings base = TextExtractor.Settings.defaults();
    try (TextExtractor small = new TextExtractor(base.withMaxBytes(100));
        TextExtractor hasty = new TextExtractor(base.withTimeout(Duration.ofNanos(1)));
        TextExtractor terse = new TextExtractor(base.withWriteLimit(5))) {

      assertThat(small.extract(docx, "a.docx").reason()).isEqualTo(FailureReason.TOO_LARGE);
      assertThat(hasty.extract(docx, "a.docx").reason()).isEqualTo(FailureReason.TIMEOUT);
      Extraction cut = terse.extract(docx, "a.docx");
      assertThat(cut.isDone()).isTrue();
      assertThat(cut.truncated()).isTrue();
      assertThat(cut.text()).hasSizeLessThanOrEqualTo(5);
    }
  }

  @Test
  void imageWithoutOcrIsDoneWithNote() {
    try (TextExtractor noOcr =
        new TextExtractor(Settings.defaults().withOcr(TextExtractor.OcrMode.OFF))) {
      Extraction e = noOcr.extract(Fixtures.png("行政处罚"), "scan.png");

      assertThat(e.status()).isEqualTo(Status.DONE);
      assertThat(e.mediaType()).isEqualTo("image/png");
      assertThat(e.text()).isEmpty();
      assertThat(e.message()).contains("OCR");
    }
  }

  @Test
  void imageIsOcrdWhenTesseractIsInstalled() {
    assumeTrue(extractor.ocrEnabled(), "tesseract not installed");

    Extraction e = extractor.extract(Fixtures.png("行政处罚决定书"), "scan.png");

    assertThat(e.status()).isEqualTo(Status.DONE);
    assertThat(e.ocr()).isTrue();
    assertThat(e.text().replaceAll("\\s", "")).contains("行政处罚");
  }

  @Test
  void imageOnlyPdfIsOcrdWhenTesseractIsInstalled() {
    assumeTrue(extractor.ocrEnabled(), "tesseract not installed");

    Extraction e = extractor.extract(Fixtures.imageOnlyPdf("行政处罚决定书"), "scan.pdf");

    assertThat(e.status()).isEqualTo(Status.DONE);
    assertThat(e.text().replaceAll("\\s", "")).contains("行政处罚");
  }

  @Test
  void unreadableTextLayerIsOcrdWhenTesseractIsInstalled() {
    assumeTrue(extractor.ocrEnabled(), "tesseract not installed");

    Extraction e =
        extractor.extract(
            Fixtures.pdfWithoutToUnicode("金华市金东区综合行政执法局行政处罚决定书当事人某某建材有限公司"), "lost.pdf");

    assertThat(e.status()).isEqualTo(Status.DONE);
    assertThat(e.text()).contains("行政处罚"); // OCR's spaces between characters are removed
  }

  @Test
  void spacesAndWrapsBetweenChineseCharactersAreJoined() {
    assertThat(TextExtractor.joinHan("行政 处 罚\n决定书 ABC def\n\n当事人", true))
        .isEqualTo("行政处罚决定书 ABC def\n\n当事人");
    assertThat(TextExtractor.joinHan("第一段\n第二段", false)).isEqualTo("第一段\n第二段");
  }

  @Test
  void garbageTextLayerIsRecognised() {
    assertThat(TextExtractor.isGarbage("\uFFFD\uFFFD\uFFFD\uFFFD 行政处罚决定书当事人")).isTrue();
    assertThat(TextExtractor.isGarbage("行政处罚决定书当事人某某\uFFFD")).isFalse();
  }

  private static final class Settings {
    static TextExtractor.Settings defaults() {
      return TextExtractor.Settings.defaults();
    }
  }
}
