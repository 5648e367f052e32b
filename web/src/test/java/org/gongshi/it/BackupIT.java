package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Online backup and restore through the documented commands: a server with the demo data and a new
 * case (an upload, a published decision) is backed up with {@code ./gongshi backup} while it runs,
 * then killed; {@code ./gongshi restore} puts the backup into a fresh server directory, the fresh
 * server starts (its index rebuilt from the database), and {@code ./gongshi verify} and the API
 * find the same audit chain, every blob's bytes, the same search hits and the public decision.
 *
 * <p>Not an Arquillian test: like {@link CrashIT} it runs the provisioned WildFly with server base
 * directories of its own (target/backup-server/a and b, one after the other) on ports 40 above the
 * Arquillian server's, with the server's default H2 URL and data paths.
 */
class BackupIT {
  private final Path root = Path.of("target", "backup-server").toAbsolutePath();
  private final int offset = Integer.getInteger("gongshi.it.port.offset", 0) + 40;
  private final URL url = url("http://127.0.0.1:" + (8080 + offset) + "/");
  private final Path gongshi = Path.of("").toAbsolutePath().getParent().resolve("gongshi");
  private Process server;

  @Test
  void aBackupTakenOnlineRestoresOntoAFreshServerWithTheSameArchive() throws Exception {
    // the H2 path only: on PostgreSQL the backup is pg_dump/pg_restore around the same endpoint,
    // and a second server would share the other tests' schema
    Assumptions.assumeTrue(
        System.getProperty("gongshi.it.db.url", "jdbc:h2").startsWith("jdbc:h2"),
        "BackupIT covers the H2 install");
    deleteTree(root);
    Files.createDirectories(root);
    Path a = prepareServerBase("a");
    Path b = prepareServerBase("b");
    Path backup = root.resolve("backup");
    List<String> report = new ArrayList<>();
    Api admin = Api.as(url, "admin");
    Api officer = Api.as(url, "officer");

    // server A: demo data, then a case with an upload and a published decision
    Duration firstStart = start(a);
    awaitIndex(admin);
    String marker = "鹭" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "丙");
    String phrase = "当事人在" + marker + "冷库违规堆放液氨钢瓶";
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "INQUIRY_RECORD");
    byte[] bytes = SampleFiles.docx("询问笔录：" + phrase + "，现场已责令整改。");
    JsonObject file = Cases.upload(officer, caseId, doc, "询问笔录.docx", bytes);
    long fileId = file.getJsonNumber("id").longValue();
    Waits.extractionFinished(officer, fileId);
    long decided = PublicationIT.decidedPersonCase(officer, LocalDate.now().minusDays(1));
    Api disclosure = Api.as(url, "disclosure");
    disclosure.get("disclosure/cases/" + decided + "/proposal");
    assertThat(disclosure.post("disclosure/cases/" + decided + "/approve", "{}").status())
        .isEqualTo(200);
    // four eyes: another officer of the agency publishes
    Api.Answer published =
        Api.as(url, "disclosure3").post("disclosure/cases/" + decided + "/publish", "{}");
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    long publicId = published.json().getJsonNumber("publishedId").longValue();
    awaitIndex(admin);

    // the endpoint refuses a non-admin and an existing directory, naming the field
    assertThat(officer.post("backup", "{\"directory\":\"" + root.resolve("x") + "\"}").status())
        .isEqualTo(403);
    Api.Answer exists = admin.post("backup", "{\"directory\":\"" + root + "\"}");
    assertThat(exists.status()).isEqualTo(400);
    assertThat(exists.field()).isEqualTo("directory");
    assertThat(exists.message()).contains("已存在");
    Api.Answer relative = admin.post("backup", "{\"directory\":\"backup\"}");
    assertThat(relative.status()).isEqualTo(400);
    assertThat(relative.message()).contains("绝对路径");

    Map<String, TreeSet<String>> searchBefore = searches(admin, phrase);
    assertThat(searchBefore.get("\"" + phrase + "\""))
        .containsExactlyInAnyOrder("doc:" + doc, "total=1");
    JsonObject chainBefore = admin.get("audit/verify").json();
    assertThat(chainBefore.getBoolean("intact")).isTrue();

    // online backup through the command, the server running
    Instant t0 = Instant.now();
    Run backupRun = gongshi(Map.of(), "backup", backup.toString());
    Duration backupTime = Duration.between(t0, Instant.now());
    assertThat(backupRun.exit()).as(backupRun.output()).isZero();
    assertThat(backupRun.output()).contains("备份完成");
    String manifest = Files.readString(backup.resolve("manifest.json"));
    JsonObject m = jakarta.json.Json.createReader(new java.io.StringReader(manifest)).readObject();
    long blobs = m.getJsonObject("store").getJsonNumber("blobs").longValue();
    long files = m.getJsonObject("counts").getJsonNumber("files").longValue();
    assertThat(m.getJsonObject("store").getJsonArray("missing")).isEmpty();
    assertThat(m.getJsonObject("store").getJsonArray("corrupt")).isEmpty();
    assertThat(m.getJsonObject("audit").getJsonNumber("seq").longValue())
        .isGreaterThanOrEqualTo(chainBefore.getJsonNumber("entries").longValue());
    assertThat(m.getJsonObject("database").getString("kind")).isEqualTo("H2");
    assertThat(files).isPositive();
    assertThat(blobs).isPositive();
    // the backup is in the audit trail (after the copy, so the copy does not hold it)
    assertThat(admin.get("audit/verify").json().getJsonNumber("entries").longValue())
        .isGreaterThan(chainBefore.getJsonNumber("entries").longValue());
    long backupBytes = size(backup);
    kill();

    // restore onto server B's fresh data directory, then start it
    t0 = Instant.now();
    Run restoreRun =
        gongshi(
            Map.of("GONGSHI_DATA_DIR", b.resolve("data").toString()), "restore", backup.toString());
    Duration restoreTime = Duration.between(t0, Instant.now());
    assertThat(restoreRun.exit()).as(restoreRun.output()).isZero();
    assertThat(b.resolve("data/gongshi/db/gongshi.mv.db")).exists();
    assertThat(b.resolve("data/gongshi/index")).doesNotExist();

    t0 = Instant.now();
    Duration restoredStart = start(b);
    Run verifyRun = gongshi(Map.of(), "verify", backup.toString());
    Duration verifyTime = Duration.between(t0, Instant.now());
    assertThat(verifyRun.exit()).as(verifyRun.output()).isZero();
    assertThat(verifyRun.output())
        .contains("[通过] 审计链", "[通过] 数量", "[通过] 文件固定性", "[通过] 检索索引", "恢复核验通过");

    // what a user sees on the restored server
    JsonObject chain = admin.get("audit/verify").json();
    assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();
    Api.Answer fixity = admin.post("audit/fixity", "{}");
    assertThat(fixity.json().getJsonArray("mismatches")).isEmpty();
    assertThat(fixity.json().getInt("checked")).isEqualTo((int) files);
    assertThat(searches(admin, phrase)).isEqualTo(searchBefore);
    JsonObject restoredFile = officer.get("files/" + fileId).json();
    assertThat(restoredFile.getString("sha256")).isEqualTo(file.getString("sha256"));
    assertThat(officer.get("files/" + fileId + "/content").bytes()).isEqualTo(bytes);
    assertThat(Api.anonymous(url).get("public/decisions/" + publicId).status()).isEqualTo(200);
    JsonObject check = admin.get("search/check").json();
    assertThat(check.getBoolean("consistent")).isTrue();

    // a second restore onto the now used directory is refused, nothing touched
    Run again =
        gongshi(
            Map.of("GONGSHI_DATA_DIR", b.resolve("data").toString()), "restore", backup.toString());
    assertThat(again.exit()).isNotZero();
    assertThat(again.output()).contains("已存在");

    report.add(
        "demo data + test case: %d cases, %d documents, %d file rows, %d blobs (%d bytes), audit %d entries"
            .formatted(
                m.getJsonObject("counts").getJsonNumber("cases").longValue(),
                m.getJsonObject("counts").getJsonNumber("documents").longValue(),
                files,
                blobs,
                m.getJsonObject("store").getJsonNumber("bytes").longValue(),
                chainBefore.getJsonNumber("entries").longValue()));
    report.add(
        "backup: %d ms by the command (server's own work %d ms), %d bytes on disk (database zip %d bytes)"
            .formatted(
                backupTime.toMillis(),
                m.getJsonNumber("millis").longValue(),
                backupBytes,
                m.getJsonObject("database").getJsonNumber("bytes").longValue()));
    report.add("restore (checksums, database, store): %d ms".formatted(restoreTime.toMillis()));
    report.add(
        "restored server start %d ms; start + index rebuild + verify %d ms (first start with demo data %d ms)"
            .formatted(restoredStart.toMillis(), verifyTime.toMillis(), firstStart.toMillis()));
    report.add("verify output:\n" + verifyRun.output().strip());
    report.add("searches compared: " + searchBefore.keySet());
    Files.write(root.resolve("report.txt"), report);
    report.forEach(l -> System.out.println("[BackupIT] " + l));
  }

  /** Hit ids (cases and documents) of a few searches, as the admin sees them. */
  private static Map<String, TreeSet<String>> searches(Api admin, String phrase) {
    Map<String, TreeSet<String>> hits = new LinkedHashMap<>();
    for (String q : List.of("\"" + phrase + "\"", "占用城市道路", "占道经营", "行政处罚决定书")) {
      JsonObject r =
          admin.get("search?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
      TreeSet<String> ids = new TreeSet<>();
      for (JsonValue h : r.getJsonArray("hits")) ids.add(h.asJsonObject().getString("id"));
      ids.add("total=" + r.getJsonNumber("totalHits").longValue());
      hits.put(q, ids);
    }
    return hits;
  }

  /** The index has caught up with the database (the outbox or a rebuild), at most two minutes. */
  private static void awaitIndex(Api admin) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(120);
    while (!admin.get("search/check").json().getBoolean("consistent")) {
      assertThat(Instant.now()).as("index consistent").isBefore(deadline);
      Thread.sleep(1000);
    }
  }

  record Run(int exit, String output) {}

  /** Runs ./gongshi with the server's address and default data paths (not the ITs' own). */
  private Run gongshi(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", gongshi.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> e = pb.environment();
    for (String k :
        List.of(
            "GONGSHI_DB_URL",
            "GONGSHI_DB_USER",
            "GONGSHI_DB_PASSWORD",
            "GONGSHI_STORE_DIR",
            "GONGSHI_INDEX_DIR",
            "GONGSHI_DATA_DIR")) e.remove(k);
    e.put("GONGSHI_URL", url.toString().replaceAll("/$", ""));
    e.put("GONGSHI_VERIFY_WAIT", "240");
    e.putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    System.out.println("[BackupIT] ./gongshi " + String.join(" ", args) + "\n" + out);
    return new Run(p.exitValue(), out);
  }

  /** A server base directory of its own: configuration copied, data empty, the WAR deployed. */
  private Path prepareServerBase(String name) throws IOException {
    Path home = Path.of(System.getProperty("jboss.home"));
    Path base = root.resolve(name);
    Files.createDirectories(base.resolve("deployments"));
    Path config = home.resolve("standalone/configuration");
    try (Stream<Path> files = Files.walk(config)) {
      for (Path p : files.toList()) {
        Path target = base.resolve("configuration").resolve(config.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.copy(
        Path.of(System.getProperty("gongshi.war", "target/gongshi.war")),
        base.resolve("deployments/gongshi.war"));
    return base;
  }

  /** Starts WildFly on the base directory and waits until logins work; returns the time taken. */
  private Duration start(Path base) throws Exception {
    Instant t0 = Instant.now();
    Path home = Path.of(System.getProperty("jboss.home"));
    ProcessBuilder pb =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                "gongshi.xml",
                "-b",
                "127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Dgongshi.scanner=true")
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("server.log").toFile());
    Map<String, String> env = pb.environment();
    env.put(
        "JAVA_HOME", System.getProperty("gongshi.it.java.home", System.getProperty("java.home")));
    env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1536m");
    env.put("JDK_SERIAL_FILTER", "maxbytes=10485760;maxdepth=128;maxarray=4194304;maxrefs=300000");
    env.put("GONGSHI_SMTP_PORT", "1"); // no mail in this test
    for (String k :
        List.of(
            "GONGSHI_DB_URL",
            "GONGSHI_DB_USER",
            "GONGSHI_DB_PASSWORD",
            "GONGSHI_STORE_DIR",
            "GONGSHI_INDEX_DIR")) env.remove(k);
    server = pb.start();
    Api officer = Api.as(url, "officer");
    Instant deadline = Instant.now().plusSeconds(300);
    while (true) {
      try {
        if (officer.get("reference/me").status() == 200) return Duration.between(t0, Instant.now());
      } catch (UncheckedIOException | IllegalStateException notYet) {
        // not listening yet
      }
      assertThat(server.isAlive()).as("server in " + base + " exited; see its log").isTrue();
      assertThat(Instant.now()).as("server in " + base + " ready").isBefore(deadline);
      Thread.sleep(1000);
    }
  }

  private void kill() throws InterruptedException {
    if (server == null || !server.isAlive()) return;
    List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
    all.add(server.toHandle());
    for (ProcessHandle p : all) p.destroyForcibly();
    for (ProcessHandle p : all) p.onExit().join();
    server.waitFor();
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    kill();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static URL url(String s) {
    try {
      return URI.create(s).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.delete(p);
      }
    }
  }
}
