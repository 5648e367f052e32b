package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail alerts end to end through WildFly's mail session and a local SMTP sink: subscribe from the
 * 订阅 page, confirm by the mailed link, a digest after a real publication, nothing for a decision
 * withdrawn before the digest, nothing after a one-click unsubscribe; hostile input is refused or
 * shown as text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertsIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern CONFIRM =
      Pattern.compile("alerts/confirm\\?token=([A-Za-z0-9_-]{43})");
  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("alerts/unsubscribe\\?token=([A-Za-z0-9_-]{43})");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;
  SmtpSink mail;
  GreenMail smtp;
  PortalHttp portal;
  String root;
  String run;

  @BeforeEach
  void start() {
    mail = SmtpSink.start();
    smtp = mail.smtp;
    portal = new PortalHttp(base);
    root = base.toString().replaceAll("/$", "");
    run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }

  @AfterEach
  void stop() {
    mail.close();
  }

  @Test
  void subscribeConfirmDigestOnPublishNothingForWithdrawnAndNothingAfterUnsubscribe()
      throws Exception {
    String email = "alert-" + run + "@example.com";
    HttpResponse<String> form = get("/portal/alerts?q=" + enc("水果摊"));
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("邮件提醒", "Atom", "value=\"水果摊\"");

    HttpResponse<String> sent =
        post("/portal/alerts", Map.of("q", "水果摊", "email", email, "frequency", "IMMEDIATE"));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("确认邮件已发送至 a***@example.com", "检索“水果摊”");

    // double opt-in: nothing is sent before the link is followed and confirmed
    MimeMessage confirmation = mailTo(email, m -> subject(m).contains("请确认订阅"));
    String confirmToken = find(CONFIRM, text(confirmation));
    HttpResponse<String> ask = get("/portal/alerts/confirm?token=" + confirmToken);
    assertThat(ask.body()).contains("确认订阅", "检索“水果摊”");
    assertThat(status(email)).as("a GET (a mail scanner) confirms nothing").isEqualTo("PENDING");
    assertThat(post("/portal/alerts/confirm", Map.of("token", confirmToken)).body())
        .contains("订阅已生效");
    assertThat(status(email)).isEqualTo("ACTIVE");

    // a decision is published: the digest names it, with the public (masked) party name
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    String first = publish(officer, disclosure)[1];
    MimeMessage digest = digestWith(email, first);
    assertThat(digest).as("digest naming " + first).isNotNull();
    String body = text(digest);
    assertThat(body).contains(first, "张某某", "https://gongshi.example.gov.cn/portal/decisions/");
    assertThat(body).doesNotContain("张三丰", "13812345678", "11010519491231002X");
    assertThat(digest.getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");
    String unsubscribeToken = find(UNSUBSCRIBE, body);

    // published, then withdrawn before any digest: never mailed; a later one is
    String[] withdrawn = publish(officer, disclosure);
    withdraw(disclosure, Long.parseLong(withdrawn[0]));
    String later = publish(officer, disclosure)[1];
    assertThat(digestWith(email, later)).as("digest naming " + later).isNotNull();
    assertThat(allTextTo(email)).doesNotContain(withdrawn[1]);

    // one click unsubscribes (RFC 8058 POST, as a mail client sends it); GET only asks
    assertThat(get("/portal/alerts/unsubscribe?token=" + unsubscribeToken).body())
        .contains("退订", "unsubscribe-form");
    assertThat(status(email)).isEqualTo("ACTIVE");
    HttpResponse<String> ended =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(root + "/portal/alerts/unsubscribe?token=" + unsubscribeToken))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(ended.body()).contains("已退订");
    assertThat(status(email)).isEqualTo("ENDED");
    String afterEnd = publish(officer, disclosure)[1];
    Thread.sleep(3_500); // the digest leaves publications younger than 3 s for the next run
    JsonObject ran = Api.as(base, "admin").post("alerts/digests?frequency=IMMEDIATE", "").json();
    assertThat(ran.getInt("failures")).isZero();
    assertThat(allTextTo(email)).doesNotContain(afterEnd);

    // every change is in the audit trail, with its Chinese name on the pages
    assertThat(auditActions(email))
        .contains("ALERT_SUBSCRIBED", "ALERT_CONFIRMED", "ALERT_DIGEST_SENT", "ALERT_UNSUBSCRIBED");
    assertThat(get("/portal/alerts/confirm?token=" + "x".repeat(43)).statusCode()).isEqualTo(404);
    assertThat(Api.as(base, "disclosure").post("alerts/digests", "").status()).isEqualTo(403);
  }

  @Test
  void hostileAddressesAreRefusedAndScriptInSearchWordsStaysText() throws Exception {
    for (String hostile :
        List.of(
            "victim-" + run + "@example.com\r\nBcc: evil-" + run + "@example.org",
            "victim-" + run + "@example.com, evil-" + run + "@example.org",
            "张三 <evil-" + run + "@example.org>")) {
      HttpResponse<String> r =
          post("/portal/alerts", Map.of("q", "油烟", "email", hostile, "frequency", "DAILY"));
      assertThat(r.statusCode()).as(hostile).isEqualTo(400);
      // the message names the field once, in Chinese
      assertThat(errorText(r.body())).startsWith("电子邮箱").doesNotContain("电子邮箱：电子邮箱");
      assertThat(r.body()).as("the search is kept in the form").contains("value=\"油烟\"");
    }
    // a refused form keeps the search's filters, as hidden fields and in words
    HttpResponse<String> filtered =
        post(
            "/portal/alerts",
            Map.of(
                "q", "油烟", "year", "2026", "category", "违法建设", "email", "x", "frequency", "DAILY"));
    assertThat(filtered.statusCode()).isEqualTo(400);
    assertThat(filtered.body())
        .contains("<input type=\"hidden\" name=\"year\" value=\"2026\"")
        .contains("<input type=\"hidden\" name=\"category\" value=\"违法建设\"")
        .doesNotContain("type=\"hidden\" name=\"q\"")
        .contains("同时限定：年份 2026、违法行为类别 违法建设");
    assertThat(rows("victim-" + run + "@example.com")).isZero();
    assertThat(rows("evil-" + run + "@example.org")).isZero();
    HttpResponse<String> badFrequency =
        post("/portal/alerts", Map.of("email", "f-" + run + "@example.com", "frequency", "HOURLY"));
    assertThat(badFrequency.statusCode()).isEqualTo(400);
    assertThat(errorText(badFrequency.body())).startsWith("发送频率只能是").doesNotContain("HOURLY");

    String script = "<script>alert('x" + run + "')</script>";
    String email = "script-" + run + "@example.com";
    HttpResponse<String> sent =
        post("/portal/alerts", Map.of("q", script, "email", email, "frequency", "DAILY"));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).doesNotContain(script).contains("&lt;script&gt;alert(");
    MimeMessage confirmation = mailTo(email, m -> true);
    assertThat(subject(confirmation)).doesNotContain("\n", "\r");
    String token = find(CONFIRM, text(confirmation));
    assertThat(get("/portal/alerts/confirm?token=" + token).body())
        .doesNotContain(script)
        .contains("&lt;script&gt;");
    for (MimeMessage m : smtp.getReceivedMessages()) {
      assertThat(GreenMailUtil.getAddressList(m.getAllRecipients())).doesNotContain("evil-" + run);
    }
    assertThat(mailsTo(email)).as("only the confirmation").hasSize(1);
  }

  /** Publishes a freshly decided case (a natural person, masked); {caseId, decision number}. */
  private String[] publish(Api officer, Api disclosure) {
    long id = PublicationIT.decidedPersonCase(officer, LocalDate.now().minusDays(1));
    disclosure.get("disclosure/cases/" + id + "/proposal");
    assertThat(disclosure.post("disclosure/cases/" + id + "/approve", "{}").status())
        .isEqualTo(200);
    JsonObject p =
        Api.as(base, PublicationIT.PUBLISHER)
            .post("disclosure/cases/" + id + "/publish", "{}")
            .json();
    return new String[] {Long.toString(id), p.getString("decisionNumber")};
  }

  private static void withdraw(Api disclosure, long caseId) {
    String today = LocalDate.now().toString();
    assertThat(
            disclosure
                .post(
                    "disclosure/cases/" + caseId + "/change",
                    "{\"kind\":\"REVOKED\",\"changedOn\":\""
                        + today
                        + "\",\"note\":\"复决字〔2026〕第9号\"}")
                .status())
        .isEqualTo(200);
    JsonObject w =
        disclosure
            .post(
                "disclosure/cases/" + caseId + "/withdraw",
                "{\"notice\":\"该处罚决定已被行政复议决定撤销（复决字〔2026〕第9号），现予撤回。\"}")
            .json();
    assertThat(w.getString("status")).isEqualTo("WITHDRAWN");
  }

  /** Runs the immediate digests until a mail to the address names the decision (up to 30 s). */
  private MimeMessage digestWith(String email, String number) {
    Api admin = Api.as(base, "admin");
    return Waits.until(
        () -> {
          admin.post("alerts/digests?frequency=IMMEDIATE", "");
          return mailsTo(email).stream()
              .filter(m -> text(m).contains(number))
              .findFirst()
              .orElse(null);
        },
        m -> m != null);
  }

  private MimeMessage mailTo(String email, java.util.function.Predicate<MimeMessage> which) {
    MimeMessage m =
        Waits.until(
            () -> mailsTo(email).stream().filter(which).findFirst().orElse(null), x -> x != null);
    assertThat(m).as("a mail to " + email).isNotNull();
    return m;
  }

  private List<MimeMessage> mailsTo(String email) {
    return mail.mailsTo(email);
  }

  private String allTextTo(String email) {
    return mailsTo(email).stream().map(AlertsIT::text).collect(Collectors.joining("\n"));
  }

  private static String text(MimeMessage m) {
    return SmtpSink.text(m);
  }

  private static String subject(MimeMessage m) {
    return SmtpSink.subject(m);
  }

  private static String find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    assertThat(m.find()).as(p + " in " + text).isTrue();
    return m.group(1);
  }

  private static String status(String email) throws Exception {
    try (Connection c = Db.connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT status FROM alert_subscription WHERE email = ?")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static int rows(String emailPart) throws Exception {
    try (Connection c = Db.connect();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM alert_subscription WHERE email LIKE ?")) {
      ps.setString(1, "%" + emailPart + "%");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static List<String> auditActions(String email) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = Db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT e.action FROM audit_event e WHERE e.entity_type = 'AlertSubscription' AND"
                    + " e.entity_id = (SELECT CAST(a.id AS VARCHAR(20)) FROM alert_subscription a WHERE a.email = ?)")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    }
    return out;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return portal.get(path);
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return portal.post(path, form);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The text of the form's error message. */
  private static String errorText(String html) {
    var m = java.util.regex.Pattern.compile("id=\"alert-error\">([^<]*)</p>").matcher(html);
    assertThat(m.find()).as("an error message on the form").isTrue();
    return m.group(1);
  }
}
