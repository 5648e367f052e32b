package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged write lost: a client uploads files one after another while the server is killed
 * with SIGKILL at a random moment, three times; after each restart every upload that was answered
 * 201 is there with its SHA-256 and its bytes, and the audit chain verifies.
 *
 * <p>Not an Arquillian test: it starts and kills its own WildFly (the provisioned one, with a
 * server base directory of its own under target/crash-server and ports shifted 40 above the
 * Arquillian server's), so it can run beside the other tests. On H2 it uses the server's own
 * default datasource URL, the one the crash is about; with -Ppostgres the configured database.
 */
class CrashIT {
  private static final int ROUNDS = 3;
  private final Random random = new Random();
  private final Path base = Path.of("target", "crash-server").toAbsolutePath();
  private final int offset = Integer.getInteger("gongshi.it.port.offset", 0) + 40;
  private Process server;

  record Ack(long id, String sha256, byte[] bytes) {}

  /**
   * Uploads a text file of random length; what the server acknowledged (201), or null when it
   * refused. A connection cut by a dying server throws (not acknowledged).
   */
  static Ack upload(Api officer, String path, Random random) {
    byte[] bytes =
        ("现场检查笔录 " + UUID.randomUUID() + " " + Instant.now())
            .repeat(1 + random.nextInt(200))
            .getBytes(StandardCharsets.UTF_8);
    Api.Answer a = officer.upload(path, "笔录.txt", bytes);
    if (a.status() != 201) return null;
    JsonObject f = a.json();
    return new Ack(f.getJsonNumber("id").longValue(), f.getString("sha256"), bytes);
  }

  @Test
  void everyAcknowledgedUploadSurvivesSigkill() throws Exception {
    prepareServerBase();
    dropCrashSchema();
    URL url = URI.create("http://127.0.0.1:" + (8080 + offset) + "/").toURL();
    Api officer = Api.as(url, "officer");
    List<Ack> acknowledged = new CopyOnWriteArrayList<>();
    List<String> report = new ArrayList<>();
    long caseId = -1;
    long docId = -1;

    start(url, 0);
    for (int round = 1; round <= ROUNDS; round++) {
      if (caseId < 0) {
        caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
        docId = Cases.addDocument(officer, caseId, "EVIDENCE");
      }
      long doc = docId;
      String path = "cases/" + caseId + "/documents/" + doc + "/files";
      AtomicBoolean stop = new AtomicBoolean();
      int before = acknowledged.size();
      Thread client =
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (!stop.get()) {
                      try {
                        Ack ack = upload(officer, path, random);
                        if (ack != null) acknowledged.add(ack);
                      } catch (UncheckedIOException | IllegalStateException killed) {
                        return; // the connection died with the server: not acknowledged
                      }
                    }
                  });
      Thread.sleep(8000 + random.nextInt(8000)); // then kill at a random moment
      kill();
      stop.set(true);
      client.join(Duration.ofSeconds(70));

      start(url, round);
      int found = 0;
      List<String> lost = new ArrayList<>();
      for (Ack ack : acknowledged) {
        Api.Answer meta = officer.get("files/" + ack.id());
        Api.Answer content = officer.get("files/" + ack.id() + "/content");
        boolean present =
            meta.status() == 200
                && ack.sha256().equals(meta.json().getString("sha256"))
                && content.status() == 200
                && java.util.Arrays.equals(ack.bytes(), content.bytes());
        if (present) found++;
        else lost.add(ack.id() + " (" + meta.status() + "/" + content.status() + ")");
      }
      Api.Answer chain = Api.as(url, "reviewer").get("audit/verify");
      JsonObject index = indexCheck(Api.as(url, "admin"));
      String line =
          ("round %d: acknowledged %d (this round %d), found %d, lost %d %s; audit chain intact=%s;"
                  + " index consistent=%s (missing %d, stale %d)")
              .formatted(
                  round,
                  acknowledged.size(),
                  acknowledged.size() - before,
                  found,
                  lost.size(),
                  lost,
                  chain.status() == 200 && chain.json().getBoolean("intact"),
                  index.getBoolean("consistent"),
                  index.getInt("missing"),
                  index.getInt("stale"));
      report.add(line);
      System.out.println("[CrashIT] " + line);
      Files.write(base.resolve("report.txt"), report);
      assertThat(acknowledged.size())
          .as("uploads acknowledged in round " + round)
          .isGreaterThan(before);
      assertThat(lost).as(line).isEmpty();
      assertThat(chain.status()).isEqualTo(200);
      assertThat(chain.json().getBoolean("intact")).as(chain.body()).isTrue();
      assertThat(index.getBoolean("consistent")).as(index.toString()).isTrue();
    }
  }

  /** The index against the database, once the outbox has caught up (at most two minutes). */
  private static JsonObject indexCheck(Api admin) throws InterruptedException {
    return indexCheck(admin, Duration.ofSeconds(120), Duration.ofSeconds(2));
  }

  /** The index against the database, asked until consistent or the time is up. */
  static JsonObject indexCheck(Api admin, Duration atMost, Duration every)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(atMost);
    while (true) {
      JsonObject check = admin.get("search/check").json();
      if (check.getBoolean("consistent") || Instant.now().isAfter(deadline)) return check;
      Thread.sleep(every.toMillis());
    }
  }

  /** A server base directory of the test's own: configuration copied, data fresh, WAR deployed. */
  private void prepareServerBase() throws IOException {
    Path home = Path.of(System.getProperty("jboss.home"));
    deleteTree(base);
    Files.createDirectories(base.resolve("deployments"));
    try (Stream<Path> files = Files.walk(home.resolve("standalone/configuration"))) {
      for (Path p : files.toList()) {
        Path target =
            base.resolve("configuration")
                .resolve(home.resolve("standalone/configuration").relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.copy(
        Path.of(System.getProperty("gongshi.war", "target/gongshi.war")),
        base.resolve("deployments/gongshi.war"));
  }

  private void start(URL url, int run) throws Exception {
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
            .redirectOutput(base.resolve("server-" + run + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put(
        "JAVA_HOME", System.getProperty("gongshi.it.java.home", System.getProperty("java.home")));
    env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1536m");
    env.put("JDK_SERIAL_FILTER", "maxbytes=10485760;maxdepth=128;maxarray=4194304;maxrefs=300000");
    env.put("GONGSHI_SMTP_PORT", "1"); // no mail in this test
    if (env.getOrDefault("GONGSHI_DB_URL", "jdbc:h2").startsWith("jdbc:h2")) {
      // the server's own default H2 URL and data paths, under this test's base directory
      env.remove("GONGSHI_DB_URL");
      env.remove("GONGSHI_DB_USER");
      env.remove("GONGSHI_DB_PASSWORD");
    } else {
      // PostgreSQL: a schema of its own, so that the other tests' rows (one inserted without an
      // outbox row on purpose, by the drift test) do not count against this server's index
      env.put("GONGSHI_DB_URL", crashSchemaUrl(env.get("GONGSHI_DB_URL")));
      env.put("GONGSHI_DB_SCHEMA", CRASH_SCHEMA);
    }
    env.remove("GONGSHI_STORE_DIR");
    env.remove("GONGSHI_INDEX_DIR");
    server = pb.start();
    Api officer = Api.as(url, "officer");
    Instant deadline = Instant.now().plusSeconds(300);
    while (true) {
      try {
        if (officer.get("reference/me").status() == 200) return;
      } catch (UncheckedIOException | IllegalStateException notYet) {
        // not listening yet
      }
      assertThat(server.isAlive()).as("server run " + run + " exited; see its log").isTrue();
      assertThat(Instant.now()).as("server run " + run + " ready").isBefore(deadline);
      Thread.sleep(1000);
    }
  }

  private static final String CRASH_SCHEMA = "gongshi_crash";

  static String crashSchemaUrl(String url) {
    String base = url.replaceAll("[?&]currentSchema=[^&]*", "");
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + CRASH_SCHEMA;
  }

  /** On PostgreSQL, the test's schema starts empty (Flyway creates it at the first start). */
  private static void dropCrashSchema() throws java.sql.SQLException {
    String url = System.getenv("GONGSHI_DB_URL");
    if (url == null || !url.startsWith("jdbc:postgresql")) return;
    try (var c =
            java.sql.DriverManager.getConnection(
                url, System.getenv("GONGSHI_DB_USER"), System.getenv("GONGSHI_DB_PASSWORD"));
        var s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + CRASH_SCHEMA + " CASCADE");
    }
  }

  /** SIGKILL to the server JVM (and its launcher script): no shutdown hook, no flush. */
  private void kill() throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
    all.add(server.toHandle());
    for (ProcessHandle p : all) p.destroyForcibly();
    for (ProcessHandle p : all) p.onExit().join();
    server.waitFor();
  }

  private void stopServer() throws InterruptedException {
    if (server == null || !server.isAlive()) return;
    kill();
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    stopServer();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.delete(p);
      }
    }
  }
}
