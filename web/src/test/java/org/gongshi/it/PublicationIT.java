package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Decision → proposal → masking → approval → publication → withdrawal, with who may do what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  /** 金东's second disclosure officer: publishes what "disclosure" approved (four eyes). */
  static final String PUBLISHER = "disclosure3";

  /** A natural person fined for street trading; the text names a witness with a phone number. */
  static long decidedPersonCase(Api officer, LocalDate decided) {
    var officers = officer.get("reference/officers").array();
    String json =
        """
        {"caseNumber":"%s","title":"占道经营","procedure":"GENERAL","source":"PATROL",
         "violation":"当事人张三丰在东关路占道经营水果摊，经证人李四（联系电话13812345678）指认，当事人身份证号11010519491231002X。",
         "legalBasis":"《城市市容和环境卫生管理条例》第三十六条",
         "parties":[{"kind":"NATURAL_PERSON","name":"张三丰","idNumber":"11010519491231002X","address":"金华市金东区多湖街道光明小区3幢201室"}],
         "officerIds":[%d,%d],
         "penalties":[{"kind":"FINE","amount":500}]}
        """
            .formatted(
                Cases.uniqueNumber("金东综执"),
                officers.getJsonObject(0).getJsonNumber("id").longValue(),
                officers.getJsonObject(1).getJsonNumber("id").longValue());
    long id = Cases.open(officer, json);
    decide(officer, id, decided, decisionNumber(id));
    return id;
  }

  /** The decision number {@link #decidedPersonCase} gives a case. */
  static String decisionNumber(long caseId) {
    return "金东综执罚决字〔2026〕第" + (caseId + 7000) + "号";
  }

  static void decide(Api officer, long id, LocalDate decided, String number) {
    Cases.milestone(officer, id, "FILED", decided.minusDays(20), null);
    Cases.milestone(officer, id, "ADVANCE_NOTICE", decided.minusDays(10), null);
    Cases.milestone(officer, id, "DECIDED", decided, number);
  }

  /**
   * In a cluster another node takes a decision down and puts it back: it writes the row and the
   * public change in one transaction, straight into the shared database. This node's portal search
   * (its own index: the count and the hits) follows within seconds, without a rebuild.
   */
  @Test
  void changesWrittenByAnotherNodeReachThisNodesPortalSearch() throws Exception {
    Api officer = Api.as(base, "officer");
    long id = decidedPersonCase(officer, LocalDate.now().minusDays(3));
    String number = decisionNumber(id);
    long publicId = publish(Api.as(base, "disclosure"), id);
    String query = "public/decisions?q=" + java.net.URLEncoder.encode(number, "UTF-8");
    assertThat(search(query).getJsonNumber("total").longValue()).isEqualTo(1);

    asAnotherNode(publicId, "TAKEN_DOWN", null);
    long takenDown = waitFor(() -> search(query).getJsonNumber("total").longValue() == 0);
    asAnotherNode(publicId, "PUBLISHED", null);
    long back = waitFor(() -> hits(search(query)).contains(publicId));

    // two nodes' transactions: the change numbered first commits last
    long max = Db.skipNumbers("public_change", 10);
    asAnotherNode(publicId, "PUBLISHED", null); // numbered max + 10, changes nothing
    Thread.sleep(5_000); // this node has followed past it meanwhile (every 2 s)
    asAnotherNode(publicId, "TAKEN_DOWN", max + 5);
    long late = waitFor(() -> search(query).getJsonNumber("total").longValue() == 0);
    System.out.printf(
        "[PublicationIT] another node's take-down followed in %d ms, its re-publication in %d ms,"
            + " a take-down committed after a later change in %d ms%n",
        takenDown, back, late);
  }

  /** As another node: the row and its public change in one transaction (numbered, or next). */
  private static void asAnotherNode(long publicId, String status, Long seq) throws Exception {
    try (Connection db = Db.connect()) {
      db.setAutoCommit(false);
      db.createStatement()
          .executeUpdate(
              "UPDATE published_decision SET status = '" + status + "' WHERE id = " + publicId);
      db.createStatement()
          .executeUpdate(
              "INSERT INTO public_change ("
                  + (seq == null ? "" : "seq, ")
                  + "kind, ref_id, changed_at) VALUES ("
                  + (seq == null ? "" : seq + ", ")
                  + "'publication', "
                  + publicId
                  + ", CURRENT_TIMESTAMP)");
      db.commit();
    }
  }

  /** Milliseconds until the condition held; fails after 30 s. */
  private static long waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long start = System.nanoTime();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos())
        throw new AssertionError("this node's portal search did not follow within 30 s");
      Thread.sleep(200);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private JsonObject search(String query) {
    Api.Answer a = Api.anonymous(base).get(query);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private static List<Long> hits(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void anApprovedProposalIsPublishedRedactedAndWithdrawnWithANotice() throws Exception {
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    long id = decidedPersonCase(officer, LocalDate.now().minusDays(1));

    JsonObject proposal = disclosure.get("disclosure/cases/" + id + "/proposal").json();
    assertThat(proposal.getString("original")).contains("张三丰", "13812345678", "11010519491231002X");
    assertThat(proposal.getString("publicText"))
        .doesNotContain("张三丰", "13812345678", "11010519491231002X", "李四", "光明小区")
        .contains("张某某", "东关路", "《城市市容和环境卫生管理条例》第三十六条", "金华市金东区综合行政执法局");
    assertThat(
            proposal.getJsonArray("spans").stream()
                .map(s -> s.asJsonObject().getString("category")))
        .contains("PARTY_NAME", "PHONE", "ID_NUMBER", "PERSON_NAME", "ADDRESS");
    assertThat(proposal.getBoolean("approved")).isFalse();

    // nothing is published before approval
    Api.Answer early = disclosure.post("disclosure/cases/" + id + "/publish", "{}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.field()).isEqualTo("approved");

    // the officer masks the street too, and keeps nothing else in clear
    JsonObject masked =
        disclosure
            .put("disclosure/cases/" + id + "/proposal", "{\"unmasked\":[],\"maskText\":\"东关路\"}")
            .json();
    assertThat(masked.getString("publicText")).doesNotContain("东关路");
    assertThat(
            disclosure
                .put("disclosure/cases/" + id + "/proposal", "{\"maskText\":\"不存在的文字\"}")
                .field())
        .isEqualTo("maskText");

    // another agency's disclosure officer and a case officer are refused
    assertThat(
            Api.as(base, "disclosure2").post("disclosure/cases/" + id + "/approve", "{}").status())
        .isEqualTo(404);
    assertThat(officer.post("disclosure/cases/" + id + "/approve", "{}").status()).isEqualTo(403);

    JsonObject approved = disclosure.post("disclosure/cases/" + id + "/approve", "{}").json();
    assertThat(approved.getBoolean("approved")).isTrue();
    assertThat(
            Api.as(base, "disclosure2").post("disclosure/cases/" + id + "/publish", "{}").status())
        .isEqualTo(404);

    // four eyes: another officer of the agency publishes what was approved
    JsonObject published =
        Api.as(base, PUBLISHER).post("disclosure/cases/" + id + "/publish", "{}").json();
    assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    long publicId = published.getJsonNumber("publishedId").longValue();
    assertThat(published.getString("expiresOn"))
        .isEqualTo(LocalDate.now().minusDays(1).plusYears(1).minusDays(1).toString());

    // the public finds it at once (the issue asks within 2 s): search, page, PDF, JSON, CSV, feed,
    // sitemap
    String number = published.getString("decisionNumber");
    // the public index is refreshed when the publishing transaction commits, before the answer: no
    // waiting at all
    assertThat(publicGet("/api/public/decisions?q=" + enc("水果摊") + "&sort=date&size=100"))
        .as("found by the first public search after publishing")
        .contains(number);
    String pageHtml = publicGet("/portal/decisions/" + publicId);
    assertThat(pageHtml)
        .contains(number, "张某某")
        .doesNotContain("张三丰", "13812345678", "11010519491231002X", "李四");
    String etag =
        publicResponse("/portal/decisions/" + publicId, null)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    byte[] pdf =
        publicResponse("/api/public/decisions/" + publicId + ".pdf", null)
            .body()
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(pdfText)
          .contains("公示版", "张某某")
          .doesNotContain("张三丰", "13812345678", "11010519491231002X");
    }
    for (String path :
        List.of("/api/public/decisions.csv", "/api/public/decisions.atom", "/sitemap.xml")) {
      assertThat(publicGet(path))
          .as(path)
          .contains(path.equals("/sitemap.xml") ? "/portal/decisions/" + publicId + "<" : number);
    }

    try (Connection db = Db.connect();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT public_text, party_name, facts, party_uscc, fine_wan, pdf_sha256, status FROM published_decision WHERE id = ?")) {
      q.setLong(1, publicId);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        String all = rs.getString(1) + rs.getString(2) + rs.getString(3);
        assertThat(all).doesNotContain("张三丰", "13812345678", "11010519491231002X", "李四", "东关路");
        assertThat(rs.getString(2)).isEqualTo("张某某");
        assertThat(rs.getString(4)).isNull();
        assertThat(rs.getBigDecimal(5)).isEqualByComparingTo("0.05");
        assertThat(rs.getString(6)).hasSize(64);
        assertThat(rs.getString(7)).isEqualTo("PUBLISHED");
      }
    }

    // the decision is revoked: withdrawal is due in 3 working days and shows on the clock
    String today = LocalDate.now().toString();
    Api.Answer badKind =
        disclosure.post(
            "disclosure/cases/" + id + "/change",
            "{\"kind\":\"CANCELLED\",\"changedOn\":\"" + today + "\"}");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.field()).isEqualTo("kind");
    JsonObject changed =
        disclosure
            .post(
                "disclosure/cases/" + id + "/change",
                "{\"kind\":\"REVOKED\",\"changedOn\":\""
                    + today
                    + "\",\"note\":\"金东区政府复决字〔2026〕第3号\"}")
            .json();
    String expected =
        Api.anonymous(base)
            .get("calendar/deadline?from=" + today + "&workingDays=3")
            .json()
            .getString("deadline");
    assertThat(changed.getString("withdrawalDeadline")).isEqualTo(expected);
    JsonObject dashboard = disclosure.get("disclosure/dashboard").json();
    assertThat(ids(dashboard, "toWithdraw")).contains(id);

    Api.Answer shortNotice =
        disclosure.post("disclosure/cases/" + id + "/withdraw", "{\"notice\":\"撤回\"}");
    assertThat(shortNotice.status()).isEqualTo(400);
    assertThat(shortNotice.field()).isEqualTo("notice");
    JsonObject withdrawn =
        disclosure
            .post(
                "disclosure/cases/" + id + "/withdraw",
                "{\"notice\":\"该处罚决定已被金东区人民政府行政复议决定撤销（金东区政府复决字〔2026〕第3号），现予撤回。\"}")
            .json();
    assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
    var gonePage = publicResponse("/portal/decisions/" + publicId, null);
    assertThat(gonePage.statusCode()).isEqualTo(410);
    assertThat(
            new String(
                gonePage.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.UTF_8))
        .contains("复决字", number)
        .doesNotContain("东关路", "张某某");
    assertThat(publicResponse("/portal/decisions/" + publicId, etag).statusCode())
        .as("a cached copy is not confirmed")
        .isEqualTo(410);
    assertThat(publicResponse("/api/public/decisions/" + publicId + ".pdf", null).statusCode())
        .isEqualTo(410);
    assertThat(publicGet("/api/public/decisions?q=" + enc("水果摊") + "&sort=date&size=100"))
        .doesNotContain(number);
    assertThat(publicGet("/portal/search?q=" + enc(number))).doesNotContain("东关路");
    for (String path :
        List.of(
            "/api/public/decisions?size=100&sort=date",
            "/api/public/decisions.csv",
            "/api/public/decisions.atom",
            "/sitemap.xml")) {
      assertThat(publicGet(path))
          .as(path)
          .doesNotContain(number)
          .doesNotContain("/portal/decisions/" + publicId + "<");
    }
    assertThat(ids(disclosure.get("disclosure/dashboard").json(), "toWithdraw")).doesNotContain(id);

    try (Connection db = Db.connect();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT public_text, party_name, facts, pdf_sha256, notice, status FROM published_decision WHERE id = ?")) {
      q.setLong(1, publicId);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isNull();
        assertThat(rs.getString(2)).isNull();
        assertThat(rs.getString(3)).isNull();
        assertThat(rs.getString(4)).isNull();
        assertThat(rs.getString(5)).contains("复决字");
        assertThat(rs.getString(6)).isEqualTo("WITHDRAWN");
      }
    }
    // the old public text stays in the audit trail
    List<String> trail =
        officer.get("cases/" + id + "/audit").array().stream()
            .map(
                e ->
                    e.asJsonObject().getString("action")
                        + " "
                        + e.asJsonObject().getString("detail", ""))
            .toList();
    assertThat(trail).anyMatch(e -> e.startsWith("DISCLOSURE_PUBLISHED"));
    assertThat(trail).anyMatch(e -> e.startsWith("DISCLOSURE_WITHDRAWN") && e.contains("张某某"));
    assertThat(trail).anyMatch(e -> e.startsWith("REFUSED_APPROVE"));
  }

  @Test
  void aWithheldDecisionNeedsAReasonToBePublishedAfterAll() {
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replace(
                "\"penalties\":[{\"kind\":\"FINE\",\"amount\":20000}]",
                "\"penalties\":[{\"kind\":\"WARNING\"}]");
    long id = Cases.open(officer, json);
    decide(officer, id, LocalDate.now().minusDays(3), "金东综执罚决字〔2026〕第" + (id + 9000) + "号");
    assertThat(disclosure.get("disclosure/cases/" + id).json().getString("status"))
        .isEqualTo("NOT_FOR_PUBLICATION");

    assertThat(disclosure.post("disclosure/cases/" + id + "/approve", "{}").status())
        .isEqualTo(200);
    assertThat(Api.as(base, PUBLISHER).post("disclosure/cases/" + id + "/publish", "{}").field())
        .isEqualTo("status");
    Api.Answer noReason =
        disclosure.post(
            "disclosure/cases/" + id + "/override", "{\"publish\":true,\"reason\":\"\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.field()).isEqualTo("reason");

    JsonObject overridden =
        disclosure
            .post(
                "disclosure/cases/" + id + "/override",
                "{\"publish\":true,\"reason\":\"同一当事人一年内第三次违法，社会关注度高，经局务会研究决定公示\"}")
            .json();
    assertThat(overridden.getString("status")).isEqualTo("PENDING");
    assertThat(overridden.getString("overrideReason")).contains("局务会");
    disclosure.post("disclosure/cases/" + id + "/approve", "{}");
    JsonObject published =
        Api.as(base, PUBLISHER).post("disclosure/cases/" + id + "/publish", "{}").json();
    assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    // an organisation's name, USCC, decision number and legal representative (public in the
    // national 双公示 data, DOMAIN.md §3) stay
    assertThat(published.getString("publicText"))
        .contains("金华市恒达建材有限公司", "91110000802100433B", "法定代表人：王建国");
  }

  @Test
  void aPublicationComesDownAtTheEndOfItsPeriodOrEarlierAfterACreditRepair() throws Exception {
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    long expiring = decidedPersonCase(officer, LocalDate.now().minusDays(4));
    long repaired = decidedPersonCase(officer, LocalDate.now().minusDays(5));
    long expiringId = publish(disclosure, expiring);
    long repairedId = publish(disclosure, repaired);

    Api.Answer early =
        disclosure.post(
            "disclosure/cases/" + repaired + "/credit-repair", "{\"notice\":\"信用修复决定书\"}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.field()).isEqualTo("repairFrom");

    // time passes: the first one's period is over, the second one's minimum period too
    try (Connection db = Db.connect()) {
      db.createStatement()
          .executeUpdate(
              "UPDATE published_decision SET expires_on = CURRENT_DATE - 1 WHERE id = "
                  + expiringId);
      db.createStatement()
          .executeUpdate(
              "UPDATE published_decision SET repair_from = CURRENT_DATE WHERE id = " + repairedId);
    }
    assertThat(disclosure.post("disclosure/expiry", "{}").status()).isEqualTo(403);
    assertThat(Api.as(base, "admin").post("disclosure/expiry", "{}").json().getInt("count"))
        .isGreaterThanOrEqualTo(1);
    var expired = publicResponse("/portal/decisions/" + expiringId, null);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(
            new String(
                expired.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.UTF_8))
        .contains("届满")
        .doesNotContain("张某某");
    assertThat(disclosure.get("disclosure/cases/" + expiring).json().getString("status"))
        .isEqualTo("TAKEN_DOWN");

    JsonObject repairedView =
        disclosure
            .post(
                "disclosure/cases/" + repaired + "/credit-repair",
                "{\"notice\":\"金东信修字〔2026〕第8号\"}")
            .json();
    assertThat(repairedView.getString("status")).isEqualTo("TAKEN_DOWN");
    assertThat(publicResponse("/portal/decisions/" + repairedId, null).statusCode()).isEqualTo(410);
    assertThat(officer.get("cases/" + repaired + "/audit").body())
        .contains("DISCLOSURE_CREDIT_REPAIRED");
  }

  @Test
  void personalDataInTheTitlePartiesFactsAndEvidenceReachesNoPublicSurface() throws Exception {
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    var officers = officer.get("reference/officers").array();
    String json =
        """
        {"caseNumber":"%s","title":"王小明（身份证330702198001011232，电话13905791234）占道经营","procedure":"GENERAL","source":"PATROL",
         "violation":"当事人王小明、李秀英在宗泽路占道经营，驾驶员赵志刚驾驶浙G·7K921号三轮车运货，联系电话１３８ ５７９１ ２２３３，暂住地：金华市金东区多湖街道罗店村126号。",
         "legalBasis":"《城市市容和环境卫生管理条例》第三十六条",
         "parties":[{"kind":"NATURAL_PERSON","name":"王小明","idNumber":"330702198001011232","address":"金华市金东区多湖街道光明小区3幢201室"},
                    {"kind":"NATURAL_PERSON","name":"李秀英","idNumber":"330702198203031223","address":"金华市婺城区新华街12弄3号"}],
         "officerIds":[%d,%d],
         "penalties":[{"kind":"FINE","amount":500}]}
        """
            .formatted(
                Cases.uniqueNumber("金东综执"),
                officers.getJsonObject(0).getJsonNumber("id").longValue(),
                officers.getJsonObject(1).getJsonNumber("id").longValue());
    long id = Cases.open(officer, json);
    Api.Answer doc =
        officer.post(
            "cases/" + id + "/documents",
            "{\"type\":\"EVIDENCE\",\"title\":\"赵志刚询问笔录（电话13605791111）\"}");
    assertThat(doc.status()).isEqualTo(201);
    String number = "金东综执罚决字〔2026〕第" + (id + 1000000) + "号"; // a 7-digit serial stays
    decide(officer, id, LocalDate.now().minusDays(1), number);

    JsonObject proposal = disclosure.get("disclosure/cases/" + id + "/proposal").json();
    assertThat(proposal.getString("original")).contains("案由：王小明（身份证", "当事人：李秀英");
    int idSpan = spanOf(proposal, "ID_NUMBER");
    Api.Answer lift =
        disclosure.put("disclosure/cases/" + id + "/proposal", "{\"unmasked\":[" + idSpan + "]}");
    assertThat(lift.status()).isEqualTo(409);
    assertThat(lift.field()).isEqualTo("unmasked");
    Api.Answer noReason =
        disclosure.put(
            "disclosure/cases/" + id + "/proposal",
            "{\"unmasked\":[" + spanOf(proposal, "PHONE") + "]}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.field()).isEqualTo("reason");

    long publicId = publish(disclosure, id);
    List<String> secrets =
        List.of(
            "王小明",
            "李秀英",
            "赵志刚",
            "330702198001011232",
            "330702198203031223",
            "13905791234",
            "１３８ ５７９１ ２２３３",
            "13605791111",
            "7K921",
            "罗店村",
            "光明小区",
            "新华街");
    List<String> surfaces =
        List.of(
            "/portal/decisions/" + publicId,
            "/api/public/decisions/" + publicId,
            "/api/public/decisions.csv",
            "/api/public/decisions.atom",
            "/sitemap.xml");
    for (String path : surfaces) {
      assertThat(publicGet(path)).as(path).doesNotContain(secrets);
    }
    assertThat(publicGet("/api/public/decisions/" + publicId))
        .contains("王某某", "李某某", "占道经营", "宗泽路", number);
    byte[] pdf =
        publicResponse("/api/public/decisions/" + publicId + ".pdf", null)
            .body()
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
      assertThat(pdfText).doesNotContain(secrets);
      // the 公示版 names both parties, each masked
      assertThat(pdfText.replaceAll("\\s+", ""))
          .contains("当事人：王某某", "当事人：李某某", "身份证号码：******************")
          .doesNotContain("330702198203031223", "330702198001011232");
    }
    for (String secret : secrets) {
      assertThat(publicGet("/api/public/decisions?q=" + enc(secret) + "&size=100"))
          .as("public search for " + secret)
          .doesNotContain(number);
    }
  }

  private static int spanOf(JsonObject proposal, String category) {
    return proposal.getJsonArray("spans").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("category").equals(category))
        .findFirst()
        .orElseThrow()
        .getInt("id");
  }

  /** Approved by {@code disclosure}, published by the agency's second officer (four eyes). */
  private long publish(Api disclosure, long caseId) {
    return publish(base, disclosure, caseId);
  }

  /** Approved by {@code disclosure}, published by {@link #PUBLISHER}; the public id. */
  static long publish(URL base, Api disclosure, long caseId) {
    disclosure.get("disclosure/cases/" + caseId + "/proposal");
    disclosure.post("disclosure/cases/" + caseId + "/approve", "{}");
    Api.Answer a = Api.as(base, PUBLISHER).post("disclosure/cases/" + caseId + "/publish", "{}");
    if (a.status() != 200) throw new AssertionError("publish: " + a.status() + " " + a.body());
    return a.json().getJsonNumber("publishedId").longValue();
  }

  @Test
  void theReviewPageShowsBothTextsAndPublishesWithoutJavaScript() {
    Api officer = Api.as(base, "officer");
    long id = decidedPersonCase(officer, LocalDate.now().minusDays(2));
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser =
        Browser.start(java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      browser.get(root + "/staff/publication.xhtml?case=" + id);
      wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
      browser.findElement(By.id("j_username")).sendKeys("disclosure");
      browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.findElements(By.id("original")).size() == 1);
      assertThat(browser.findElement(By.id("original")).getText()).contains("张三丰");
      assertThat(browser.findElement(By.id("public")).getText())
          .contains("张某某")
          .doesNotContain("张三丰", "13812345678");
      Browser.screenshot(browser, "staff-publication-review");

      browser.findElement(By.id("masks:approve")).click();
      wait.until(d -> d.findElement(By.id("state")).getText().contains("批准"));
      assertThat(browser.findElement(By.id("state")).getText()).contains("由 金东公示审核员（disclosure）批准");
      assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待公示");
      // four eyes: the approver is told another officer publishes, and cannot
      assertThat(browser.findElement(By.id("four-eyes")).getText())
          .contains("批准公示文本的人不能发布", "请另一名公示审核员发布");
      assertThat(browser.findElement(By.id("masks:publish")).isEnabled()).isFalse();

      browser.manage().deleteAllCookies();
      browser.get(root + "/staff/publication.xhtml?case=" + id);
      wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
      browser.findElement(By.id("j_username")).sendKeys(PUBLISHER);
      browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.findElements(By.id("original")).size() == 1);
      assertThat(browser.findElement(By.id("four-eyes")).getText()).doesNotContain("文本由您批准");
      browser.findElement(By.id("masks:publish")).click();
      wait.until(d -> d.findElement(By.id("status")).getText().equals("已公示"));
      assertThat(browser.findElements(By.id("public-link"))).hasSize(1);
      Browser.screenshot(browser, "staff-publication-published");
    } finally {
      browser.quit();
    }
  }

  @Test
  void withFourEyesTheApproverCannotPublishUntilAnAdministratorTurnsItOffForThatAgency()
      throws Exception {
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    Api admin = Api.as(base, "admin");
    long jindong = agencyOf(disclosure);
    long xinzhou = agencyOf(Api.as(base, "disclosure2"));
    String settings = "agencies/" + jindong + "/disclosure-settings";
    long id = decidedPersonCase(officer, LocalDate.now().minusDays(1));
    disclosure.get("disclosure/cases/" + id + "/proposal");
    JsonObject approved = disclosure.post("disclosure/cases/" + id + "/approve", "{}").json();
    assertThat(approved.getBoolean("fourEyes")).isTrue();
    assertThat(approved.getBoolean("approverMayNotPublish")).isTrue();
    assertThat(approved.getString("approvedBy")).isEqualTo("disclosure");
    assertThat(
            Api.as(base, PUBLISHER)
                .get("disclosure/cases/" + id + "/proposal")
                .json()
                .getBoolean("approverMayNotPublish"))
        .isFalse();

    Api.Answer refused = disclosure.post("disclosure/cases/" + id + "/publish", "{}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.field()).isEqualTo("approvedBy");
    assertThat(refused.message()).contains("四眼原则", "另一名公示审核员");
    assertThat(disclosure.get("disclosure/cases/" + id).json().getString("status"))
        .isEqualTo("PENDING");

    // only an administrator changes the setting, with a yes or no
    assertThat(disclosure.get(settings).json().getBoolean("fourEyes")).isTrue();
    assertThat(disclosure.put(settings, "{\"fourEyes\":false}").status()).isEqualTo(403);
    assertThat(Api.as(base, "disclosure2").get(settings).status()).isEqualTo(404);
    Api.Answer noValue = admin.put(settings, "{}");
    assertThat(noValue.status()).isEqualTo(400);
    assertThat(noValue.field()).isEqualTo("fourEyes");
    try {
      assertThat(admin.put(settings, "{\"fourEyes\":false}").json().getBoolean("fourEyes"))
          .isFalse();
      assertThat(
              admin
                  .get("agencies/" + xinzhou + "/disclosure-settings")
                  .json()
                  .getBoolean("fourEyes"))
          .as("the other agency keeps four eyes")
          .isTrue();
      JsonObject published = disclosure.post("disclosure/cases/" + id + "/publish", "{}").json();
      assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    } finally {
      admin.put(settings, "{\"fourEyes\":true}");
    }
    assertThat(disclosure.get(settings).json().getBoolean("fourEyes")).isTrue();
    try (Connection db = Db.connect();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT detail FROM audit_event WHERE action = 'DISCLOSURE_SETTINGS_CHANGED'"
                    + " AND actor = 'admin' ORDER BY seq")) {
      List<String> details = new java.util.ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) details.add(rs.getString(1));
      }
      assertThat(details).anyMatch(d -> d.contains("开启 → 关闭")).anyMatch(d -> d.contains("关闭 → 开启"));
    }
  }

  @Test
  void anAgencysLocalRulesForThePartysNameAndTheLegalRepresentativeShapeItsProposalsOnly() {
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    Api admin = Api.as(base, "admin");
    long jindong = agencyOf(disclosure);
    String settings = "agencies/" + jindong + "/disclosure-settings";
    JsonObject defaults = disclosure.get(settings).json();
    assertThat(defaults.getString("partyNameStyle")).isEqualTo("FIRST_CHAR");
    assertThat(defaults.getBoolean("keepLegalRepresentative")).isTrue();
    long person = decidedPersonCase(officer, LocalDate.now().minusDays(1));
    long company = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    decide(
        officer, company, LocalDate.now().minusDays(1), "金东综执罚决字〔2026〕第" + (company + 7000) + "号");
    // today's defaults: 张某某, and the company's legal representative public
    assertThat(
            disclosure
                .get("disclosure/cases/" + person + "/proposal")
                .json()
                .getString("publicText"))
        .contains("当事人张某某在东关路");
    assertThat(
            disclosure
                .get("disclosure/cases/" + company + "/proposal")
                .json()
                .getString("publicText"))
        .contains("王建国");

    Api.Answer wrong = admin.put(settings, "{\"partyNameStyle\":\"ZHANG_MOU\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.field()).isEqualTo("partyNameStyle");
    assertThat(wrong.message()).contains("FIRST_CHAR_SHORT（张某）");
    assertThat(disclosure.put(settings, "{\"partyNameStyle\":\"FIRST_CHAR_SHORT\"}").status())
        .isEqualTo(403);
    try {
      JsonObject changed =
          admin
              .put(
                  settings,
                  "{\"partyNameStyle\":\"FIRST_CHAR_SHORT\",\"keepLegalRepresentative\":false}")
              .json();
      assertThat(changed.getString("partyNameExample")).isEqualTo("张某");
      assertThat(changed.getBoolean("fourEyes")).as("left out, left as it was").isTrue();
      String personText =
          disclosure.get("disclosure/cases/" + person + "/proposal").json().getString("publicText");
      assertThat(personText).contains("当事人张某在东关路").doesNotContain("张三丰").doesNotContain("张某某");
      String companyText =
          disclosure
              .get("disclosure/cases/" + company + "/proposal")
              .json()
              .getString("publicText");
      assertThat(companyText).contains("金华市恒达建材有限公司", "王某").doesNotContain("王建国");
      // another agency's proposals keep the defaults
      assertThat(
              admin
                  .get("agencies/" + agencyOf(Api.as(base, "disclosure2")) + "/disclosure-settings")
                  .json()
                  .getString("partyNameStyle"))
          .isEqualTo("FIRST_CHAR");
    } finally {
      admin.put(settings, "{\"partyNameStyle\":\"FIRST_CHAR\",\"keepLegalRepresentative\":true}");
    }
    assertThat(
            disclosure
                .get("disclosure/cases/" + company + "/proposal")
                .json()
                .getString("publicText"))
        .contains("王建国");
  }

  @Test
  void anApprovalOfAnOlderTextGeneratorMustBeGivenAgainBeforePublishing() throws Exception {
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    Api publisher = Api.as(base, PUBLISHER);
    long id = decidedPersonCase(officer, LocalDate.now().minusDays(1));
    disclosure.get("disclosure/cases/" + id + "/proposal");
    disclosure.post("disclosure/cases/" + id + "/approve", "{}");
    // as approved before the generator wrote the 案由 and every party: version 1, no 案由 line
    try (Connection db = Db.connect();
        PreparedStatement u =
            db.prepareStatement(
                "UPDATE disclosure_record SET approved_generator = 1,"
                    + " approved_text = REPLACE(approved_text, '案由：占道经营' || CHR(10), '')"
                    + " WHERE case_id = ?")) {
      u.setLong(1, id);
      assertThat(u.executeUpdate()).isEqualTo(1);
    }
    Api.Answer refused = publisher.post("disclosure/cases/" + id + "/publish", "{}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.field()).isEqualTo("approved");
    assertThat(refused.message()).contains("生成规则已更新", "重新核对遮盖并批准");

    JsonObject view = disclosure.get("disclosure/cases/" + id + "/proposal").json();
    assertThat(view.getBoolean("approved")).isFalse();
    assertThat(view.getString("reapprovalReason")).contains("全部当事人和案由");
    assertThat(publisher.post("disclosure/cases/" + id + "/publish", "{}").field())
        .isEqualTo("approved");
    assertThat(officer.get("cases/" + id + "/audit").body())
        .contains("DISCLOSURE_REAPPROVAL_REQUIRED");

    JsonObject again = disclosure.post("disclosure/cases/" + id + "/approve", "{}").json();
    assertThat(again.getBoolean("approved")).isTrue();
    assertThat(again.get("reapprovalReason")).as("the reason is gone").isIn(null, JsonValue.NULL);
    JsonObject published = publisher.post("disclosure/cases/" + id + "/publish", "{}").json();
    assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    assertThat(published.getString("publicText")).contains("案由：占道经营");
  }

  @Test
  void theTitleCheckLooksAtEachPublishedDecisionOnce() throws Exception {
    Api admin = Api.as(base, "admin");
    assertThat(Api.as(base, "disclosure").post("disclosure/title-check", "{}").status())
        .isEqualTo(403);
    admin.post("disclosure/title-check", "{}"); // rows other tests wrote by hand
    assertThat(admin.post("disclosure/title-check", "{}").json().getInt("checked"))
        .as("a second run (as a second start) looks at no row")
        .isZero();

    // published before 违法行为类型 was masked: the raw title, never checked
    Api officer = Api.as(base, "officer");
    long id = decidedPersonCase(officer, LocalDate.now().minusDays(1));
    long publicId = publish(Api.as(base, "disclosure"), id);
    Db.update(
        "UPDATE enforcement_case SET title = '张三丰（电话13812345678）占道经营' WHERE id = " + id,
        "UPDATE published_decision SET title_checked = FALSE, violation_type ="
            + " '张三丰（电话13812345678）占道经营' WHERE id = "
            + publicId);
    JsonObject first = admin.post("disclosure/title-check", "{}").json();
    assertThat(first.getInt("checked")).isEqualTo(1);
    assertThat(first.getInt("corrected")).isEqualTo(1);
    assertThat(publicGet("/api/public/decisions/" + publicId))
        .contains("张某某（电话***********）占道经营")
        .doesNotContain("13812345678", "张三丰");
    assertThat(admin.post("disclosure/title-check", "{}").json().getInt("checked")).isZero();

    // imported without a party: the title still names one first, and the model alone misses it
    long bare = decidedPersonCase(officer, LocalDate.now().minusDays(1));
    long barePublic = publish(Api.as(base, "disclosure"), bare);
    // filed under a power-list item: the item's name, as a new publication gets
    long filed = decidedPersonCase(officer, LocalDate.now().minusDays(1));
    long filedPublic = publish(Api.as(base, "disclosure"), filed);
    String agencyId = CatalogIT.agencyId(admin, 0);
    JsonObject item =
        Api.anonymous(base).get("public/catalog?agencyId=" + agencyId).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(i -> i.getString("kind").equals("行政处罚"))
            .findFirst()
            .orElseThrow();
    Db.update(
        "DELETE FROM case_party WHERE case_id = " + bare,
        "UPDATE enforcement_case SET title = '张三无证经营案' WHERE id = " + bare,
        "UPDATE enforcement_case SET title = '李四未按规定倾倒建筑垃圾案', catalog_code = '"
            + item.getString("code")
            + "' WHERE id = "
            + filed,
        "UPDATE published_decision SET title_checked = FALSE, violation_type = '张三无证经营案'"
            + " WHERE id = "
            + barePublic,
        "UPDATE published_decision SET title_checked = FALSE,"
            + " violation_type = '李四未按规定倾倒建筑垃圾案' WHERE id = "
            + filedPublic);
    JsonObject second = admin.post("disclosure/title-check", "{}").json();
    assertThat(second.getInt("checked")).isEqualTo(2);
    assertThat(second.getInt("corrected")).isEqualTo(2);
    assertThat(publicGet("/api/public/decisions/" + barePublic))
        .contains("张某某无证经营案")
        .doesNotContain("张三");
    assertThat(publicGet("/api/public/decisions/" + filedPublic))
        .contains(item.getString("name"))
        .doesNotContain("李四", "倾倒建筑垃圾案");
  }

  @Test
  void anAgencysLocalTermsKeepAShopNameAndMaskANicknameInItsProposalsOnly() throws Exception {
    Api officer = Api.as(base, "officer");
    Api disclosure = Api.as(base, "disclosure");
    long jindong = agencyOf(disclosure);
    long xinzhou = agencyOf(Api.as(base, "disclosure2"));
    String terms = "agencies/" + jindong + "/redaction-terms";
    assertThat(Api.as(base, "disclosure2").put(terms, "{\"keep\":[\"张小泉剪刀店\"]}").status())
        .as("another agency's officer")
        .isEqualTo(404);
    assertThat(officer.put(terms, "{\"keep\":[\"张小泉剪刀店\"]}").status()).isEqualTo(403);
    Api.Answer tooShort = disclosure.put(terms, "{\"keep\":[\"张\"]}");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.field()).isEqualTo("keep[0]");
    assertThat(disclosure.put(terms, "{\"keep\":[\"铁拐\"],\"mask\":[\"铁拐\"]}").field())
        .isEqualTo("mask");
    try {
      JsonObject saved = disclosure.put(terms, "{\"keep\":[\"张小泉剪刀店\"],\"mask\":[\"铁拐\"]}").json();
      assertThat(saved.getJsonArray("keep").getString(0)).isEqualTo("张小泉剪刀店");
      assertThat(
              Api.as(base, "admin")
                  .get("agencies/" + xinzhou + "/redaction-terms")
                  .json()
                  .getJsonArray("keep"))
          .as("the other agency's list")
          .isEmpty();

      var officers = officer.get("reference/officers").array();
      String json =
          """
          {"caseNumber":"%s","title":"占道经营","procedure":"GENERAL","source":"PATROL",
           "violation":"当事人王建国在东关路张小泉剪刀店门前占道经营，其同伙绰号“铁拐”在旁望风。",
           "legalBasis":"《城市市容和环境卫生管理条例》第三十六条",
           "parties":[{"kind":"NATURAL_PERSON","name":"王建国","idNumber":"11010519491231002X","address":"金华市金东区多湖街道光明小区3幢201室"}],
           "officerIds":[%d,%d],
           "penalties":[{"kind":"FINE","amount":500}]}
          """
              .formatted(
                  Cases.uniqueNumber("金东综执"),
                  officers.getJsonObject(0).getJsonNumber("id").longValue(),
                  officers.getJsonObject(1).getJsonNumber("id").longValue());
      long id = Cases.open(officer, json);
      decide(officer, id, LocalDate.now().minusDays(1), "金东综执罚决字〔2026〕第" + (id + 8000) + "号");
      JsonObject proposal = disclosure.get("disclosure/cases/" + id + "/proposal").json();
      assertThat(proposal.getString("publicText"))
          .contains("王某某在东关路张小泉剪刀店门前", "绰号“***”")
          .doesNotContain("王建国", "铁拐");
      assertThat(
              proposal.getJsonArray("spans").stream()
                  .map(x -> x.asJsonObject().getString("categoryLabel")))
          .contains("本机关遮盖词");
    } finally {
      disclosure.put(terms, "{\"keep\":[],\"mask\":[]}");
    }
    try (Connection db = Db.connect();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT detail FROM audit_event WHERE action = 'REDACTION_TERMS_CHANGED'"
                    + " AND actor = 'disclosure' ORDER BY seq")) {
      List<String> details = new java.util.ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) details.add(rs.getString(1));
      }
      assertThat(details)
          .anyMatch(d -> d.contains("保留词 增加 张小泉剪刀店") && d.contains("遮盖词 增加 铁拐"))
          .anyMatch(d -> d.contains("删除 张小泉剪刀店"));
    }
  }

  private static long agencyOf(Api user) {
    return user.get("reference/me").json().getJsonObject("agency").getJsonNumber("id").longValue();
  }

  /** Plain HTTP/1.1, as a browser talks to the portal without TLS (no h2c upgrade). */
  private static final java.net.http.HttpClient PUBLIC =
      java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private java.net.http.HttpResponse<String> publicResponse(String path, String etag) {
    try {
      var request =
          java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(base.toString().replaceAll("/$", "") + path));
      if (etag != null) request.header("If-None-Match", etag);
      return PUBLIC.send(
          request.build(),
          java.net.http.HttpResponse.BodyHandlers.ofString(
              java.nio.charset.StandardCharsets.ISO_8859_1));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A public page or document as text (UTF-8). */
  private String publicGet(String path) {
    var r = publicResponse(path, null);
    return new String(
        r.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<Long> ids(JsonObject dashboard, String list) {
    return dashboard.getJsonArray(list).stream()
        .map(JsonValue::asJsonObject)
        .map(o -> o.getJsonNumber("caseId").longValue())
        .toList();
  }
}
