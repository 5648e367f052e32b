package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gongshi.platform.store.ContentStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads: type from the bytes, allow-list, extraction, de-duplication, refusals that leave
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  /**
   * The shared store is not mounted: its directory is there but empty (no marker). Uploads are
   * refused with a clear error and write nothing, readiness is down; once the share is back both
   * work again without a restart.
   */
  @Test
  void anUnmountedStoreRefusesUploadsAndReadinessUntilItIsBack() throws Exception {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "EVIDENCE");
    Cases.upload(officer, caseId, doc, "第一份.txt", SampleFiles.txt("挂载正常时上传的说明"));
    String files = "cases/" + caseId + "/documents/" + doc + "/files";
    String before = officer.get("cases/" + caseId).body();

    Path store = Path.of(System.getProperty("gongshi.it.data"), "gongshi", "store");
    Path away = store.resolveSibling("store-unmounted");
    Files.move(store, away);
    Files.createDirectories(store); // the bare mount point an unmounted share leaves
    try {
      Api.Answer refused = officer.upload(files, "第二份.txt", SampleFiles.txt("卸载时上传的说明"));
      assertThat(refused.status()).as(refused.body()).isEqualTo(503);
      assertThat(refused.message()).contains("文件库当前不可用", "未保存", "案卷未作任何改动");
      assertThat(refused.body()).doesNotContain("gongshi/store", ".gongshi-store", "Exception");
      assertThat(officer.get("cases/" + caseId).body()).isEqualTo(before);
      try (var entries = Files.list(store)) {
        assertThat(entries).as("nothing written under the bare mount point").isEmpty();
      }
      assertThat(readiness()).startsWith("503").contains("content-store");
    } finally {
      try (var entries = Files.walk(store)) {
        entries.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      Files.move(away, store);
    }
    Cases.upload(officer, caseId, doc, "第二份.txt", SampleFiles.txt("重新挂载后上传的说明"));
    assertThat(readiness()).startsWith("200");
  }

  /** "status body" of the management interface's readiness. */
  private static String readiness() throws Exception {
    int port = Integer.getInteger("gongshi.it.management.port");
    var r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }

  @Test
  void everyAllowedTypeIsStoredWithTheTypeOfItsBytes() {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "EVIDENCE");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("现场照片.jpg", SampleFiles.image("jpg"));
    files.put("现场照片.png", SampleFiles.image("png"));
    files.put("扫描件.tiff", SampleFiles.image("tiff"));
    files.put("询问录音.wav", SampleFiles.wav());
    files.put("询问录音.mp3", SampleFiles.mp3());
    files.put("执法记录仪.mp4", SampleFiles.mp4());
    files.put("罚没款清单.xlsx", SampleFiles.xlsx("罚没款清单"));
    files.put("罚没款清单.xls", SampleFiles.xls("罚没款清单"));
    files.put("说明.txt", SampleFiles.txt("当事人陈述说明"));
    Map<String, String> expected =
        Map.of(
            "现场照片.jpg",
            "image/jpeg",
            "现场照片.png",
            "image/png",
            "扫描件.tiff",
            "image/tiff",
            "询问录音.wav",
            "audio/vnd.wave",
            "询问录音.mp3",
            "audio/mpeg",
            "执法记录仪.mp4",
            "video/mp4",
            "罚没款清单.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "罚没款清单.xls",
            "application/vnd.ms-excel",
            "说明.txt",
            "text/plain");
    files.forEach(
        (name, bytes) -> {
          JsonObject f = Cases.upload(officer, caseId, doc, name, bytes);
          assertThat(f.getString("fileName")).isEqualTo(name);
          assertThat(f.getString("mediaType")).as(name).startsWith(expected.get(name));
        });
  }

  @Test
  void chineseTextIsExtractedFromDocxPdfAndOfd() {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "INQUIRY_RECORD");
    Map<String, byte[]> files =
        Map.of(
            "询问笔录.docx", SampleFiles.docx("询问笔录：当事人承认擅自占用城市道路堆放建筑材料"),
            "询问笔录.pdf", SampleFiles.pdf("询问笔录：当事人承认擅自占用城市道路堆放建筑材料"),
            "询问笔录.ofd", SampleFiles.ofd("询问笔录：当事人承认擅自占用城市道路堆放建筑材料"));
    files.forEach(
        (name, bytes) -> {
          JsonObject f = Cases.upload(officer, caseId, doc, name, bytes);
          JsonObject done = Waits.extractionFinished(officer, f.getJsonNumber("id").longValue());
          assertThat(done.getString("extractionStatus")).as(name + " " + done).isEqualTo("DONE");
          String text = officer.get("files/" + f.getJsonNumber("id").longValue() + "/text").body();
          assertThat(text.replaceAll("\\s", "")).as(name).contains("擅自占用城市道路堆放建筑材料");
        });
  }

  @Test
  void renamedExecutableIsRefusedAndLeavesTheCaseAsItWas() {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "EVIDENCE");
    String before = officer.get("cases/" + caseId).json().getJsonArray("documents").toString();
    int auditBefore = officer.get("cases/" + caseId + "/audit").array().size();

    Api.Answer refused =
        officer.upload(
            "cases/" + caseId + "/documents/" + doc + "/files", "决定书.pdf", SampleFiles.exe());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.field()).isEqualTo("file");
    assertThat(refused.message()).contains("决定书.pdf").contains("不在允许上传的类型内").contains("PDF");
    assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(officer.get("cases/" + caseId).json().getJsonArray("documents").toString())
        .isEqualTo(before);
    assertThat(officer.get("cases/" + caseId + "/audit").array()).hasSize(auditBefore);
  }

  @Test
  void identicalBytesAreStoredOnce() throws Exception {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc1 = Cases.addDocument(officer, caseId, "EVIDENCE");
    long doc2 = Cases.addDocument(officer, caseId, "ON_SITE_INSPECTION");
    byte[] bytes = SampleFiles.docx("同一份证据 " + System.nanoTime());

    JsonObject first = Cases.upload(officer, caseId, doc1, "证据.docx", bytes);
    JsonObject second = Cases.upload(officer, caseId, doc2, "证据副本.docx", bytes);

    String sha = first.getString("sha256");
    assertThat(second.getString("sha256")).isEqualTo(sha);
    assertThat(second.getJsonNumber("id").longValue())
        .isNotEqualTo(first.getJsonNumber("id").longValue());
    Path store = Path.of(System.getProperty("gongshi.it.data"), "gongshi", "store");
    try (var files = Files.walk(store)) {
      assertThat(files.filter(p -> p.getFileName().toString().equals(sha)).count()).isEqualTo(1);
    }
    assertThat(officer.get("cases/" + caseId + "/audit").body()).contains("内容已存在，未重复存储");
  }

  @Test
  void fixityListsABlobThatNoRowNamesWithoutDeletingIt() throws Exception {
    // bytes stored by a request whose row never committed (a crash between the two)
    byte[] bytes = ("未提交的上传 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    String sha = ContentStore.sha256Hex(bytes);
    Path store = Path.of(System.getProperty("gongshi.it.data"), "gongshi", "store");
    Path blob = store.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    Files.createDirectories(blob.getParent());
    Files.write(blob, bytes);
    Files.setLastModifiedTime(blob, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Api admin = Api.as(base, "admin");

    Api.Answer report = admin.post("audit/fixity", "{}");

    assertThat(report.status()).isEqualTo(200);
    assertThat(report.json().getJsonArray("mismatches")).isEmpty();
    var loose = report.json().getJsonArray("unreferenced").getValuesAs(JsonObject.class);
    assertThat(loose).extracting(o -> o.getString("sha256")).contains(sha);
    assertThat(blob).exists();
  }

  @Test
  void anUploadOfExactlyTheLimitIsStoredAndOneByteMoreIsRefusedWith413() {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "EVIDENCE");
    // the tests run with GONGSHI_UPLOAD_MAX_BYTES=5000000
    byte[] exact = "当事人陈述笔录 ".getBytes(StandardCharsets.UTF_8);
    byte[] limit = new byte[5_000_000];
    java.util.Arrays.fill(limit, (byte) 'a');
    System.arraycopy(exact, 0, limit, 0, exact.length);
    String path = "cases/" + caseId + "/documents/" + doc + "/files";

    Api.Answer over = officer.upload(path, "大文件.txt", java.util.Arrays.copyOf(limit, 5_000_001));
    Api.Answer stored = officer.upload(path, "上限.txt", limit);

    assertThat(over.status()).as(over.body()).isEqualTo(413);
    assertThat(over.field()).isEqualTo("file");
    assertThat(over.message()).contains("大小上限 4.77 MB");
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().getJsonNumber("sizeBytes").longValue()).isEqualTo(5_000_000);
    // the refusal left the case as it was: one file, the stored one, and no ATTACH_FILE for it
    var files =
        officer
            .get("cases/" + caseId)
            .json()
            .getJsonArray("documents")
            .getJsonObject(0)
            .getJsonArray("files");
    assertThat(files).hasSize(1);
    assertThat(files.getJsonObject(0).getString("fileName")).isEqualTo("上限.txt");
    assertThat(officer.get("cases/" + caseId + "/audit").body()).doesNotContain("大文件.txt");
  }

  @Test
  void anUploadDeclaredFarOverTheLimitIsRefusedBeforeItIsRead() {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "EVIDENCE");
    Api.Answer refused =
        officer.upload(
            "cases/" + caseId + "/documents/" + doc + "/files", "大文件.txt", new byte[6_000_000]);
    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.field()).isEqualTo("file");
    assertThat(refused.message()).contains("大小上限 4.77 MB");
    assertThat(
            officer
                .get("cases/" + caseId)
                .json()
                .getJsonArray("documents")
                .getJsonObject(0)
                .getJsonArray("files"))
        .isEmpty();
  }

  /** A DOCX of about 1 MB whose document.xml inflates to 1 GB. */
  static byte[] docxBomb() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(SampleFiles.docx("决定书")));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          out.write(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                      + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                      + "<w:body><w:p><w:r><w:t>")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] chunk = "罚".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
          for (long n = 0; n < (1L << 30); n += chunk.length) out.write(chunk);
          out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Samples the server's used heap (jstat) until stopped; the largest value seen, in KB. */
  private static Thread heapSampler(
      AtomicLong peakKb, java.util.concurrent.atomic.AtomicBoolean stop) {
    String data = System.getProperty("gongshi.it.data", "");
    long pid =
        ProcessHandle.allProcesses()
            .filter(
                p -> p.info().commandLine().orElse("").contains("-Djboss.server.data.dir=" + data))
            .mapToLong(ProcessHandle::pid)
            .findFirst()
            .orElse(-1);
    return Thread.ofPlatform()
        .start(
            () -> {
              if (pid < 0) return;
              try {
                Process jstat =
                    new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                            "-gc",
                            Long.toString(pid),
                            "100")
                        .redirectErrorStream(true)
                        .start();
                try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                  for (String line; !stop.get() && (line = r.readLine()) != null; ) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 8 || !Character.isDigit(f[0].charAt(0))) continue;
                    // S0U S1U EU OU: columns 2, 3, 5, 7 of jstat -gc
                    double used =
                        Double.parseDouble(f[2])
                            + Double.parseDouble(f[3])
                            + Double.parseDouble(f[5])
                            + Double.parseDouble(f[7]);
                    peakKb.accumulateAndGet((long) used, Math::max);
                  }
                } finally {
                  jstat.destroy();
                }
              } catch (Exception ignored) {
                // no figure, no failure
              }
            });
  }

  @Test
  void aDecompressionBombIsKeptWithStatusFailedAndItsReason() throws Exception {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, id, "EVIDENCE");
    byte[] bomb = docxBomb();
    assertThat(bomb.length).isLessThan(2_000_000);

    AtomicLong peakKb = new AtomicLong();
    var stop = new java.util.concurrent.atomic.AtomicBoolean();
    Thread sampler = heapSampler(peakKb, stop);
    Thread.sleep(1000);
    long baseline = peakKb.get();
    long start = System.nanoTime();
    JsonObject f = Cases.upload(officer, id, doc, "决定书.docx", bomb);
    JsonObject done = Waits.extractionFinished(officer, f.getJsonNumber("id").longValue());
    long millis = (System.nanoTime() - start) / 1_000_000;
    Thread.sleep(500);
    stop.set(true);
    sampler.join(5000);
    System.out.printf(
        "[bomb upload] %d bytes: %s in %d ms; server heap used before %d MB, peak during %d MB%n",
        bomb.length,
        done.getString("extractionStatus"),
        millis,
        baseline / 1024,
        peakKb.get() / 1024);

    assertThat(done.getString("extractionStatus")).as(done.toString()).isEqualTo("FAILED");
    assertThat(done.getString("extractionReason")).isEqualTo("BOMB");
    assertThat(done.getString("extractionMessage")).contains("压缩炸弹");
    // the file itself is kept, byte for byte
    assertThat(officer.get("files/" + f.getJsonNumber("id").longValue() + "/content").bytes())
        .isEqualTo(bomb);
  }
}
