package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins under attack: a delay instead of a lockout, equal timing for unknown names, the admin's
 * unlock and password reset, JSON 401 for API clients. Wrong passwords are sent from addresses of
 * their own (127.0.0.x), so the failures they leave behind never slow the other tests down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  /** A client whose requests come from 127.0.0.{host}. */
  private static HttpClient from(int host) throws Exception {
    return HttpClient.newBuilder()
        .localAddress(InetAddress.getByName("127.0.0." + host))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private URI uri(String path) throws Exception {
    return URI.create(base.toString().replaceAll("/$", "") + "/").resolve(path);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> basicGet(HttpClient client, String path, String user, String pw)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, pw)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> formLogin(HttpClient client, String user, String pw)
      throws Exception {
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(pw, StandardCharsets.UTF_8);
    return client.send(
        HttpRequest.newBuilder(uri("j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static long millis(ThrowingRunnable r) throws Exception {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  private void unlock(String user) {
    assertThat(Api.as(base, "admin").post("accounts/" + user + "/unlock", "").status())
        .isEqualTo(200);
  }

  @Test
  void aWrongBasicPasswordOnTheApiAnswersJson401AndPagesStillGetTheLoginForm() throws Exception {
    HttpClient client = from(20);
    HttpResponse<String> wrong = basicGet(client, "api/cases", "legaloffice", "wrong-password");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("Content-Type")).get().asString().contains("json");
    assertThat(wrong.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Basic realm=\"Gongshi\"");
    JsonObject problem = json(wrong);
    assertThat(problem.getInt("status")).isEqualTo(401);
    assertThat(problem.getString("message")).contains("用户名或密码错误");
    assertThat(wrong.body()).doesNotContain("<html", "j_security_check");

    HttpResponse<String> none =
        client.send(
            HttpRequest.newBuilder(uri("api/cases")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).get().asString().contains("Basic");
    assertThat(json(none).getString("message")).isEqualTo("需要登录");

    // a page: the login form, in Chinese
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(uri("staff/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains("工作人员登录", "j_security_check");
    unlock("legaloffice");
  }

  @Test
  void repeatedFailuresAreSlowedDownForBasicAndFormButNeverLockTheUserOut() throws Exception {
    // Basic: five failures are free, then the next attempt waits (here about 1 s)
    HttpClient attacker = from(30);
    for (int i = 0; i < 6; i++) {
      assertThat(basicGet(attacker, "api/reference/me", "reviewer", "guess" + i).statusCode())
          .isEqualTo(401);
    }
    long slowed = millis(() -> basicGet(attacker, "api/reference/me", "reviewer", "guess-again"));
    assertThat(slowed).isGreaterThanOrEqualTo(900);
    // the admin sees the failures and the delay
    JsonObject reviewer =
        Api.as(base, "admin").get("accounts").array().stream()
            .map(v -> (JsonObject) v)
            .filter(o -> o.getString("username").equals("reviewer"))
            .findFirst()
            .orElseThrow();
    assertThat(reviewer.getInt("failedLogins")).isEqualTo(7);
    assertThat(reviewer.getJsonNumber("delaySeconds").longValue()).isGreaterThan(0);

    // the real user, from elsewhere, waits once and is in (the delay, not a lockout)
    HttpResponse<String> real = basicGet(from(31), "api/reference/me", "reviewer", Api.PASSWORD);
    assertThat(real.statusCode()).isEqualTo(200);
    long after = millis(() -> basicGet(from(31), "api/reference/me", "reviewer", Api.PASSWORD));
    assertThat(after).isLessThan(900);

    // FORM: the same delay before the password is checked
    HttpClient formAttacker = from(32);
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> r = formLogin(formAttacker, "disclosure2", "guess" + i);
      assertThat(r.body()).contains("用户名或密码错误");
    }
    long[] status = new long[1];
    long formSlowed =
        millis(() -> status[0] = formLogin(formAttacker, "disclosure2", Api.PASSWORD).statusCode());
    assertThat(formSlowed).isGreaterThanOrEqualTo(900);
    assertThat(status[0]).isBetween(302L, 303L); // the right password still works

    // more than Elytron's 10 failures, unlocked by the admin in between: no hard lockout behind
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 5; i++) {
        assertThat(basicGet(from(40 + round), "api/reference/me", "officer3", "x" + i).statusCode())
            .isEqualTo(401);
      }
      unlock("officer3");
    }
    assertThat(basicGet(from(44), "api/reference/me", "officer3", Api.PASSWORD).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theAdminUnlocksAndResetsAPasswordUnderTheStatedRuleAndBothAreAudited() throws Exception {
    Api admin = Api.as(base, "admin");
    HttpClient attacker = from(50);
    for (int i = 0; i < 7; i++) basicGet(attacker, "api/reference/me", "officer2", "bad" + i);
    long before = millis(() -> basicGet(from(51), "api/reference/me", "officer2", "bad"));
    assertThat(before).isGreaterThanOrEqualTo(900);

    Api.Answer unlocked = admin.post("accounts/officer2/unlock", "");
    assertThat(unlocked.status()).isEqualTo(200);
    assertThat(unlocked.json().getInt("failedLogins")).isZero();
    long afterUnlock = millis(() -> basicGet(from(52), "api/reference/me", "officer2", "x"));
    assertThat(afterUnlock).isLessThan(900);

    // only an administrator
    Api.Answer byOfficer = Api.as(base, "officer").post("accounts/officer2/unlock", "");
    assertThat(byOfficer.status()).isEqualTo(403);
    assertThat(Api.as(base, "officer").get("accounts").status()).isEqualTo(403);

    // a weak password is refused naming the field and the rule
    Api.Answer weak = admin.post("accounts/officer2/password", "{\"password\":\"123456\"}");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.field()).isEqualTo("password");
    assertThat(weak.message()).contains("10 至 64 个字符", "字母和数字");
    assertThat(
            admin.post("accounts/nobody-here/password", "{\"password\":\"abc1234567x\"}").status())
        .isEqualTo(404);

    String fresh = "xinzhou2026reset";
    Api.Answer reset = admin.post("accounts/officer2/password", "{\"password\":\"" + fresh + "\"}");
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    assertThat(Api.as(base, "officer2", fresh).get("reference/me").status()).isEqualTo(200);
    assertThat(Api.as(base, "officer2", Api.PASSWORD).get("reference/me").status()).isEqualTo(401);
    // back to the demo password for the other tests
    assertThat(
            admin
                .post("accounts/officer2/password", "{\"password\":\"" + Api.PASSWORD + "\"}")
                .status())
        .isEqualTo(200);
    unlock("officer2");

    List<String> trail = new ArrayList<>();
    try (var c = Db.connect();
        var q =
            c.prepareStatement(
                "SELECT action, actor, detail FROM audit_event WHERE entity_type = 'AppUser'"
                    + " ORDER BY seq")) {
      var rs = q.executeQuery();
      while (rs.next()) trail.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
    }
    assertThat(trail)
        .anySatisfy(e -> assertThat(e).startsWith("UNLOCK_LOGIN admin").contains("officer2"))
        .anySatisfy(e -> assertThat(e).startsWith("RESET_PASSWORD admin").contains("officer2"))
        .noneSatisfy(e -> assertThat(e).contains(fresh));
  }

  /**
   * Another node's failures, written into the shared table as that node would: this node queues the
   * same name (a guesser gets one budget across the cluster), and its admin's unlock deletes the
   * row every node reads.
   */
  @Test
  void failuresCountedByAnotherNodeHoldBackThisNodeAndTheUnlockClearsThemForAll() throws Exception {
    long now = System.currentTimeMillis();
    try (var db = Db.connect();
        var insert =
            db.prepareStatement(
                "INSERT INTO login_failure (throttle_key, failures, last_failure, next_slot)"
                    + " VALUES ('u:officer3', 10, ?, ?)")) {
      insert.setLong(1, now);
      // that node's queue is already 40 s long, more than the cap: refused before any check
      insert.setLong(2, now + 40_000);
      insert.executeUpdate();
    }
    HttpResponse<String> basic = basicGet(from(60), "api/reference/me", "officer3", Api.PASSWORD);
    assertThat(basic.statusCode()).as(basic.body()).isEqualTo(429);
    assertThat(basic.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(json(basic).getString("message")).contains("登录尝试过于频繁");
    HttpResponse<String> form = formLogin(from(61), "officer3", Api.PASSWORD);
    assertThat(form.statusCode()).isEqualTo(303);
    assertThat(form.headers().firstValue("Location").orElse("")).endsWith("login.xhtml?error=wait");

    JsonObject seen =
        Api.as(base, "admin").get("accounts").array().stream()
            .map(v -> (JsonObject) v)
            .filter(o -> o.getString("username").equals("officer3"))
            .findFirst()
            .orElseThrow();
    assertThat(seen.getInt("failedLogins")).isEqualTo(10);

    unlock("officer3");
    try (var db = Db.connect();
        var rows =
            db.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM login_failure WHERE throttle_key = 'u:officer3'")) {
      rows.next();
      assertThat(rows.getInt(1)).as("the row every node reads").isZero();
    }
    assertThat(basicGet(from(62), "api/reference/me", "officer3", Api.PASSWORD).statusCode())
        .isEqualTo(200);
  }

  /** Median of 20 logins each: an unknown name costs the same bcrypt work as a known one. */
  @Test
  void anUnknownUserTakesAsLongAsAKnownUserWithAWrongPassword() throws Exception {
    String[] known = {"officer", "disclosure", "legal", "reviewer", "officer3"};
    List<Long> unknown = new ArrayList<>();
    List<Long> knownWrong = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      HttpClient a = from(100 + i);
      HttpClient b = from(130 + i);
      String name = known[i % known.length];
      // first two rounds warm up
      long u = millis(() -> basicGet(a, "api/reference/me", "nobody" + System.nanoTime(), "pw"));
      long k = millis(() -> basicGet(b, "api/reference/me", name, "wrong-" + System.nanoTime()));
      if (i >= 2) {
        unknown.add(u);
        knownWrong.add(k);
      }
      if (i % known.length == known.length - 1) for (String n : known) unlock(n);
    }
    for (String n : known) unlock(n);
    long mu = median(unknown);
    long mk = median(knownWrong);
    System.out.printf(
        "LOGIN TIMING (median of 20): unknown user %d ms, known user with a wrong password %d ms%n",
        mu, mk);
    // bcrypt at cost 10 takes tens of milliseconds: both pay it
    assertThat(mu).isGreaterThanOrEqualTo(mk / 2).isLessThanOrEqualTo(mk * 2);
  }

  private static long median(List<Long> xs) {
    List<Long> s = xs.stream().sorted().toList();
    return s.get(s.size() / 2);
  }
}
