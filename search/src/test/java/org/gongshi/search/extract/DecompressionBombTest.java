package org.gongshi.search.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gongshi.search.extract.Extraction.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DOCX of about 1 MB whose document.xml inflates to about 1 GB fails quickly with FAILED and the
 * reason, without the heap following the inflated size.
 */
class DecompressionBombTest {
  private static final long INFLATED = 1L << 30;
  private static TextExtractor extractor;

  @TempDir static Path dir;
  private static Path bomb;

  @BeforeAll
  static void build() throws IOException {
    extractor = new TextExtractor();
    bomb = dir.resolve("bomb.docx");
    byte[] docx = Fixtures.docx("金华市金东区综合行政执法局行政处罚决定书");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) writeHugeBody(out);
        else in.transferTo(out);
        out.closeEntry();
      }
    }
  }

  /** A valid WordprocessingML body with one paragraph of about 1 GB of the same character. */
  private static void writeHugeBody(OutputStream out) throws IOException {
    out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>")
            .getBytes(StandardCharsets.UTF_8));
    byte[] chunk = "罚".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
    for (long written = 0; written < INFLATED; written += chunk.length) out.write(chunk);
    out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  @Test
  void aDocxBombFailsFastWithItsReason() throws Exception {
    long size = Files.size(bomb);
    assertThat(size).isBetween(500_000L, 2_000_000L);

    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();

    Extraction e = extractor.extract(bomb, "决定书.docx");

    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "[bomb] %d bytes inflating to %d MB: %s in %d ms; heap used before %d MB, peak %d MB%n",
        size, INFLATED >> 20, e.message(), millis, before >> 20, peak >> 20);
    assertThat(e.status()).isEqualTo(Status.FAILED);
    assertThat(e.reason()).isEqualTo(FailureReason.BOMB);
    assertThat(e.message()).contains("压缩炸弹");
    assertThat(e.mediaType()).contains("wordprocessingml");
    assertThat(millis).isLessThan(20_000);
    assertThat(peak - before).isLessThan(256L << 20);

    // the same from bytes in memory (read entry by entry)
    Extraction fromBytes = extractor.extract(Files.readAllBytes(bomb), "决定书.docx");
    assertThat(fromBytes.reason()).isEqualTo(FailureReason.BOMB);
  }

  @Test
  void anOrdinaryDocxStillPasses() {
    Extraction e = extractor.extract(Fixtures.docx("行政处罚决定书", "当事人：某某公司"), "a.docx");
    assertThat(e.status()).isEqualTo(Status.DONE);
    assertThat(e.text()).contains("行政处罚决定书");
  }

  @Test
  void containerLimitsCountOnlyWhatReallyInflates() throws IOException {
    ContainerLimits tight = new ContainerLimits(1 << 20, 100, 0, 10);
    assertThat(tight.check(Fixtures.docx("短文"))).isNull();
    assertThat(tight.check("not a zip".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(new ContainerLimits(1 << 20, 1, 0, 10).check(Fixtures.docx("短文"))).contains("倍");
    assertThat(new ContainerLimits(1 << 20, 100, 0, 2).check(Fixtures.docx("短文"))).contains("个");
    assertThat(new ContainerLimits(100, 100_000, 1 << 20, 100).check(Fixtures.docx("短文")))
        .contains("MB");
  }
}
