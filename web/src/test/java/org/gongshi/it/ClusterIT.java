package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two nodes and a balancer (wildfly-config/node.sh: gongshi-ha.xml twice, gongshi-balancer.xml) on
 * loopback with PostgreSQL, schema {@code gongshi_cluster}: a client logged in through the balancer
 * keeps its session when the node holding it is killed with SIGKILL; two upload loops through the
 * balancer (so on both nodes at once) go on on the surviving node; afterwards every acknowledged
 * upload is there with its SHA-256 and bytes, the audit chain verifies, each cluster-wide job ran
 * once per period, and, after the dead node restarts, both nodes' indexes match the database.
 *
 * <p>Not an Arquillian test, and only with -Ppostgres (a cluster needs the shared database; on H2
 * it is skipped); ports above the Arquillian server's, which may be running beside it: node1 100
 * above the IT port offset, node2 150, the balancer 180. Figures in target/cluster-it/report.txt.
 */
class ClusterIT {
  private static final String SCHEMA = "gongshi_cluster";
  private final Random random = new Random();
  private final Path base = Path.of("target", "cluster-it").toAbsolutePath();
  private final int offset = Integer.getInteger("gongshi.it.port.offset", 0);
  private final Map<String, Process> members = new LinkedHashMap<>();
  private final List<String> report = new ArrayList<>();

  private int offsetOf(String member) {
    return switch (member) {
      case "node1" -> offset + 100;
      case "node2" -> offset + 150;
      default -> offset + 180;
    };
  }

  private URL url(String member) {
    try {
      return URI.create("http://127.0.0.1:" + (8080 + offsetOf(member)) + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sessionsWritesJobsAndIndexesSurviveANodesDeath() throws Exception {
    String dbUrl = System.getenv("GONGSHI_DB_URL");
    Assumptions.assumeTrue(
        dbUrl != null && dbUrl.startsWith("jdbc:postgresql"), "a cluster needs PostgreSQL");
    CrashIT.deleteTree(base);
    Files.createDirectories(base);
    try (Connection c = db(false);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    start("node1"); // migrates the schema and loads the demo data
    start("node2");
    start("balancer");
    URL lb = url("balancer");

    // a login through the balancer, held by one node (the route after the session id's dot)
    Session session = Session.login(lb, "officer");
    assertThat(session.me()).as("logged in through the balancer").isEqualTo("officer");
    String holder = session.route();
    assertThat(holder).as("session route").isIn("node1", "node2");
    String survivor = holder.equals("node1") ? "node2" : "node1";

    // a decision published through node1 is found through node2's portal search
    Api officer1 = Api.as(url("node1"), "officer");
    long decided =
        PublicationIT.decidedPersonCase(
            officer1, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(2));
    long publicId =
        PublicationIT.publish(url("node1"), Api.as(url("node1"), "disclosure"), decided);
    Instant publishedAt = Instant.now();
    boolean foundOnNode2 = foundBySearch("node2", decided, publicId);
    line(
        "decision %d published through node1: found by node2's portal search after %d ms",
        publicId, Duration.between(publishedAt, Instant.now()).toMillis());
    assertThat(foundOnNode2).as("node2's portal finds what node1 published").isTrue();

    // a guesser sent to node1 is held back on node2, and an unlock on node2 frees node1
    for (int i = 0; i < 6; i++) {
      assertThat(basicStatus("node1", 70, "reviewer2", "guess" + i)).isEqualTo(401);
    }
    long t0 = System.nanoTime();
    assertThat(basicStatus("node2", 71, "reviewer2", Api.PASSWORD)).isEqualTo(200);
    long heldOnNode2 = (System.nanoTime() - t0) / 1_000_000;
    assertThat(Api.as(url("node2"), "admin").post("accounts/reviewer2/unlock", "").status())
        .isEqualTo(200);
    for (int i = 0; i < 6; i++) basicStatus("node2", 72, "reviewer2", "guess" + i);
    assertThat(Api.as(url("node1"), "admin").post("accounts/reviewer2/unlock", "").status())
        .isEqualTo(200);
    t0 = System.nanoTime();
    assertThat(basicStatus("node2", 73, "reviewer2", Api.PASSWORD)).isEqualTo(200);
    long afterUnlockOnNode1 = (System.nanoTime() - t0) / 1_000_000;
    line(
        "6 wrong passwords on node1: the right one on node2 waited %d ms; after node1's unlock of"
            + " failures made on node2, %d ms",
        heldOnNode2, afterUnlockOnNode1);
    assertThat(heldOnNode2).as("node2 holds back a name guessed on node1").isGreaterThan(900);
    assertThat(afterUnlockOnNode1).as("node1's unlock reaches node2").isLessThan(900);

    Api officer = Api.as(lb, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long docId = Cases.addDocument(officer, caseId, "EVIDENCE");
    String path = "cases/" + caseId + "/documents/" + docId + "/files";
    List<CrashIT.Ack> acknowledged = new CopyOnWriteArrayList<>();
    AtomicInteger refused = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      writers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (!stop.get()) {
                      try {
                        CrashIT.Ack ack = CrashIT.upload(officer, path, random);
                        if (ack != null) acknowledged.add(ack);
                        else refused.incrementAndGet();
                      } catch (UncheckedIOException | IllegalStateException cut) {
                        refused.incrementAndGet(); // the node died under it: not acknowledged
                      }
                    }
                  }));
    }
    // beside the uploads: edits of one case, and whole publications, through the balancer
    long edited = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    List<java.time.LocalDate> editsTried = new CopyOnWriteArrayList<>();
    List<java.time.LocalDate> editsAcknowledged = new CopyOnWriteArrayList<>();
    List<long[]> published = new CopyOnWriteArrayList<>(); // {publicId, caseId}
    AtomicInteger publicationsCut = new AtomicInteger();
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    writers.add(
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!stop.get()) {
                    java.time.LocalDate day = today.minusDays(30 + random.nextInt(600));
                    editsTried.add(day);
                    try {
                      Api.Answer a =
                          officer.put(
                              "cases/" + edited + "/violation-day", "{\"day\":\"" + day + "\"}");
                      if (a.status() == 200) editsAcknowledged.add(day);
                    } catch (UncheckedIOException | IllegalStateException cut) {
                      // not acknowledged
                    }
                  }
                }));
    writers.add(
        Thread.ofPlatform()
            .start(
                () -> {
                  Api disclosure = Api.as(lb, "disclosure");
                  while (!stop.get()) {
                    try {
                      long id = PublicationIT.decidedPersonCase(officer, today.minusDays(2));
                      published.add(new long[] {PublicationIT.publish(lb, disclosure, id), id});
                    } catch (RuntimeException | AssertionError cut) {
                      publicationsCut.incrementAndGet(); // a step refused or cut: not published
                    }
                  }
                }));
    Thread.sleep(15_000 + random.nextInt(10_000));
    int beforeKill = acknowledged.size();
    kill(holder);
    Instant killedAt = Instant.now();
    Thread.sleep(20_000);
    int afterKill;
    // the session survives: the balancer moves the client to the other node, which has the session
    String meAfter = session.me();
    String routeAfter = session.route();
    afterKill = acknowledged.size() - beforeKill;
    stop.set(true);
    for (Thread t : writers) t.join(Duration.ofSeconds(90));
    line(
        "killed %s (held the session) after %d acknowledged uploads; %d more acknowledged on %s"
            + " within 20 s; %d refused or cut",
        holder, beforeKill, acknowledged.size() - beforeKill, survivor, refused.get());
    line("session after the kill: user %s, route %s", meAfter, routeAfter);
    assertThat(meAfter).as("the login survives the death of its node").isEqualTo("officer");
    assertThat(afterKill).as("uploads go on on the surviving node").isGreaterThan(0);

    // every acknowledged write is there, with its checksum and bytes
    List<String> lost = new ArrayList<>();
    for (CrashIT.Ack ack : acknowledged) {
      Api.Answer meta = officer.get("files/" + ack.id());
      Api.Answer content = officer.get("files/" + ack.id() + "/content");
      boolean present =
          meta.status() == 200
              && ack.sha256().equals(meta.json().getString("sha256"))
              && content.status() == 200
              && Arrays.equals(ack.bytes(), content.bytes());
      if (!present) lost.add(ack.id() + " (" + meta.status() + "/" + content.status() + ")");
    }
    line("acknowledged %d uploads in all, lost %d %s", acknowledged.size(), lost.size(), lost);
    assertThat(lost).isEmpty();

    // the case holds the last acknowledged edit, or one tried after it whose answer was cut
    String finalDay = officer.get("cases/" + edited).json().getString("violationDay", null);
    java.time.LocalDate lastAck =
        editsAcknowledged.isEmpty() ? null : editsAcknowledged.get(editsAcknowledged.size() - 1);
    List<String> allowed =
        editsTried.subList(Math.max(0, editsTried.lastIndexOf(lastAck)), editsTried.size()).stream()
            .map(String::valueOf)
            .toList();
    line(
        "edits: %d tried, %d acknowledged; the case holds %s (last acknowledged %s)",
        editsTried.size(), editsAcknowledged.size(), finalDay, lastAck);
    assertThat(editsAcknowledged).as("edits go on through the balancer").isNotEmpty();
    assertThat(allowed).as("the last acknowledged edit or a later one").contains(finalDay);

    // every acknowledged publication is public, on the surviving node
    List<Long> unpublished = new ArrayList<>();
    for (long[] p : published) {
      Api.Answer d = Api.anonymous(url(survivor)).get("public/decisions/" + p[0]);
      if (d.status() != 200) unpublished.add(p[0]);
    }
    line(
        "publications: %d acknowledged, %d cut or refused on the way, %d missing %s",
        published.size(), publicationsCut.get(), unpublished.size(), unpublished);
    assertThat(published).as("publications go on through the balancer").isNotEmpty();
    assertThat(unpublished).isEmpty();

    Api.Answer chain = Api.as(lb, "reviewer").get("audit/verify");
    line("audit chain: %s", chain.body());
    assertThat(chain.status()).isEqualTo(200);
    assertThat(chain.json().getBoolean("intact")).as(chain.body()).isTrue();

    // the dead node comes back and catches up from the database
    start(holder);
    for (String node : List.of("node1", "node2")) {
      JsonObject check = indexCheck(Api.as(url(node), "admin"));
      line("%s index against the database: %s", node, check);
      assertThat(check.getBoolean("consistent")).as(node + ": " + check).isTrue();
    }

    // both nodes' portal search finds every acknowledged publication (the restarted one followed)
    for (String node : List.of("node1", "node2")) {
      List<Long> notFound = new ArrayList<>();
      for (long[] p : published) {
        if (!foundBySearch(node, p[1], p[0])) notFound.add(p[0]);
      }
      line("%s portal search: %d publications not found %s", node, notFound.size(), notFound);
      assertThat(notFound).as(node + "'s portal search").isEmpty();
    }

    // each cluster-wide job ran once per period, whichever node's timer fired first
    try (Connection c = db(true);
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT job, node, COUNT(*), MIN(period), MAX(period) FROM job_run GROUP BY job, node"
                  + " ORDER BY job, node")) {
        while (r.next())
          line(
              "job %s on %s: %d periods (%s … %s)",
              r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5));
      }
      List<Instant> minutes = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT period FROM job_run WHERE job = 'alerts-immediate' ORDER BY period")) {
        while (r.next()) minutes.add(Instant.parse(r.getString(1)));
      }
      assertThat(minutes).as("the every-minute job ran").hasSizeGreaterThan(2);
      // one row per minute (the key), and no minute skipped while a node was up
      List<Instant> gaps = new ArrayList<>();
      for (int i = 1; i < minutes.size(); i++)
        if (!minutes.get(i).equals(minutes.get(i - 1).plusSeconds(60))) gaps.add(minutes.get(i));
      line("every-minute job: %d minutes, each once; gaps before %s", minutes.size(), gaps);
      assertThat(gaps).as("minutes the every-minute job skipped").isEmpty();
      try (ResultSet r =
          s.executeQuery(
              "SELECT node, applied_seq FROM search_replica WHERE index_name = 'archive'")) {
        while (r.next()) line("replica %s applied the outbox to %d", r.getString(1), r.getLong(2));
      }
    }
    line("killed at %s", killedAt);
  }

  /** Whether the node's portal search finds the publication by its decision number within 60 s. */
  private boolean foundBySearch(String node, long caseId, long publicId)
      throws InterruptedException {
    String q =
        "public/decisions?q="
            + URLEncoder.encode(PublicationIT.decisionNumber(caseId), StandardCharsets.UTF_8);
    for (int i = 0; i < 120; i++) {
      Api.Answer hits = Api.anonymous(url(node)).get(q);
      if (hits.status() == 200
          && hits.json().getJsonArray("items").stream()
              .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == publicId))
        return true;
      Thread.sleep(500);
    }
    return false;
  }

  /** A Basic login on one node from 127.0.0.{host} (an address of its own): the status. */
  private int basicStatus(String member, int host, String user, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .localAddress(java.net.InetAddress.getByName("127.0.0." + host))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String credential =
        java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return client
        .send(
            HttpRequest.newBuilder(url(member).toURI().resolve("api/reference/me"))
                .header("Authorization", "Basic " + credential)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private void line(String format, Object... args) throws IOException {
    String l = format.formatted(args);
    report.add(l);
    System.out.println("[ClusterIT] " + l);
    Files.write(base.resolve("report.txt"), report);
  }

  /** The index against the database, once the outbox has caught up (at most three minutes). */
  private static JsonObject indexCheck(Api admin) throws InterruptedException {
    return CrashIT.indexCheck(admin, Duration.ofSeconds(180), Duration.ofSeconds(3));
  }

  private static Connection db(boolean inSchema) throws java.sql.SQLException {
    String url = System.getenv("GONGSHI_DB_URL");
    if (inSchema) url = CrashIT.crashSchemaUrl(url).replace("gongshi_crash", SCHEMA);
    return DriverManager.getConnection(
        url, System.getenv("GONGSHI_DB_USER"), System.getenv("GONGSHI_DB_PASSWORD"));
  }

  private void start(String member) throws Exception {
    Path home = Path.of(System.getProperty("jboss.home"));
    // the server is ROOT/target/server/postgres/wildfly; the script is ROOT/wildfly-config/node.sh
    Path script =
        home.getParent().getParent().getParent().getParent().resolve("wildfly-config/node.sh");
    List<String> cmd = new ArrayList<>();
    cmd.addAll(
        List.of(
            "bash",
            script.toAbsolutePath().toString(),
            home.toString(),
            base.resolve(member).toString(),
            member.equals("balancer") ? "balancer" : "node",
            member,
            String.valueOf(offsetOf(member))));
    if (!member.equals("balancer"))
      cmd.add(Path.of(System.getProperty("gongshi.war", "target/gongshi.war")).toString());
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(base.resolve(member + ".log").toFile()));
    Map<String, String> env = pb.environment();
    env.put(
        "JAVA_HOME", System.getProperty("gongshi.it.java.home", System.getProperty("java.home")));
    env.put("GONGSHI_SMTP_PORT", "1"); // no mail in this test
    env.put(
        "GONGSHI_DB_URL",
        CrashIT.crashSchemaUrl(System.getenv("GONGSHI_DB_URL")).replace("gongshi_crash", SCHEMA));
    env.put("GONGSHI_DB_SCHEMA", SCHEMA);
    env.put("GONGSHI_STORE_DIR", base.resolve("store").toString());
    env.remove("GONGSHI_INDEX_DIR");
    env.put("GONGSHI_CLUSTER_PEER1_HOST", "127.0.0.1");
    env.put("GONGSHI_CLUSTER_PEER1_PORT", String.valueOf(7600 + offsetOf("node1")));
    env.put("GONGSHI_CLUSTER_PEER2_HOST", "127.0.0.1");
    env.put("GONGSHI_CLUSTER_PEER2_PORT", String.valueOf(7600 + offsetOf("node2")));
    env.put("GONGSHI_NODE1_HOST", "127.0.0.1");
    env.put("GONGSHI_NODE1_PORT", String.valueOf(8080 + offsetOf("node1")));
    env.put("GONGSHI_NODE2_HOST", "127.0.0.1");
    env.put("GONGSHI_NODE2_PORT", String.valueOf(8080 + offsetOf("node2")));
    Process p = pb.start();
    members.put(member, p);
    Api officer = Api.as(url(member), "officer");
    Instant deadline = Instant.now().plusSeconds(900);
    Instant t0 = Instant.now();
    while (true) {
      try {
        if (officer.get("reference/me").status() == 200) break;
      } catch (UncheckedIOException | IllegalStateException notYet) {
        // not listening yet
      }
      assertThat(p.isAlive()).as(member + " exited; see its log").isTrue();
      assertThat(Instant.now()).as(member + " ready").isBefore(deadline);
      Thread.sleep(2000);
    }
    line("%s ready after %d s", member, Duration.between(t0, Instant.now()).toSeconds());
  }

  /** SIGKILL to a member's JVM and its launcher script: no shutdown hook, no flush, no goodbye. */
  private void kill(String member) throws InterruptedException {
    Process p = members.remove(member);
    if (p == null || !p.isAlive()) return;
    List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
    all.add(p.toHandle());
    for (ProcessHandle h : all) h.destroyForcibly();
    for (ProcessHandle h : all) h.onExit().join();
    p.waitFor();
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    for (String m : List.copyOf(members.keySet())) kill(m);
  }

  /** A browser-like client: form login, session cookie, no HTTP Basic. */
  static final class Session {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    private Session(URL base) {
      this.base = URI.create(base.toString());
    }

    static Session login(URL base, String user) throws Exception {
      Session s = new Session(base);
      s.get("staff/"); // the protected page: the container keeps it to return to
      String form =
          "j_username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&j_password="
              + URLEncoder.encode(Api.PASSWORD, StandardCharsets.UTF_8);
      HttpResponse<String> r =
          s.http.send(
              HttpRequest.newBuilder(s.base.resolve("j_security_check"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Origin", s.base.toString().replaceAll("/$", ""))
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as("form login answer " + r.body()).isIn(302, 303, 200);
      return s;
    }

    private HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** The user the session is logged in as, or the status when it is not. */
    String me() throws Exception {
      HttpResponse<String> r = get("api/reference/me");
      if (r.statusCode() != 200) return "HTTP " + r.statusCode();
      try (var j = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
        return j.readObject().getString("username", r.body());
      }
    }

    /** The node the session id names (after its dot), as the balancer reads it. */
    String route() {
      for (HttpCookie c : cookies.getCookieStore().getCookies())
        if (c.getName().equals("JSESSIONID") && c.getValue().contains("."))
          return c.getValue().substring(c.getValue().lastIndexOf('.') + 1);
      return "none";
    }
  }
}
