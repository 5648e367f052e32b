package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uploads reach search through the outbox; the agency scope holds inside the Lucene query. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void anUploadedDocumentIsFoundByAPhraseOnlyWithinItsAgency() {
    Api officer = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    long caseId = Cases.open(officer, Cases.generalCase(officer, number));
    long doc = Cases.addDocument(officer, caseId, "INQUIRY_RECORD");
    String marker = "砼" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "甲");
    String phrase = "当事人在" + marker + "工地夜间违规施工";
    long file =
        Cases.upload(
                officer, caseId, doc, "询问笔录.docx", SampleFiles.docx("询问笔录：" + phrase + "，噪声扰民。"))
            .getJsonNumber("id")
            .longValue();
    Waits.extractionFinished(officer, file);

    String q = "search?q=" + URLEncoder.encode("\"" + phrase + "\"", StandardCharsets.UTF_8);
    JsonObject found =
        Waits.until(() -> officer.get(q).json(), r -> r.getJsonNumber("totalHits").longValue() > 0);

    assertThat(found.getJsonNumber("totalHits").longValue()).isEqualTo(1);
    JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("id")).isEqualTo("doc:" + doc);
    assertThat(hit.getString("snippet")).contains("<mark>");
    assertThat(
            officer
                .get("search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .json()
                .getJsonNumber("totalHits")
                .longValue())
        .isEqualTo(1);

    JsonObject other = Api.as(base, "officer2").get(q).json();
    assertThat(other.getJsonNumber("totalHits").longValue()).isZero();
    assertThat(Api.as(base, "admin").get(q).json().getJsonNumber("totalHits").longValue())
        .isEqualTo(1);
  }

  /**
   * Two transactions take outbox numbers in one order and commit in the other: the row with the
   * lower number appears after the higher one was applied. It is applied within seconds, not at the
   * hourly repair.
   */
  @Test
  void anOutboxRowThatCommitsAfterALaterOneIsStillApplied() throws Exception {
    Api officer = Api.as(base, "officer");
    long late = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long max = Db.skipNumbers("search_outbox", 100);
    // the later number commits first and is applied
    String number = Cases.uniqueNumber("金东综执");
    Cases.open(officer, Cases.generalCase(officer, number));
    String byNumber = "search?q=" + URLEncoder.encode("\"" + number + "\"", StandardCharsets.UTF_8);
    assertThat(
            Waits.until(
                    () -> officer.get(byNumber).json(),
                    r -> r.getJsonNumber("totalHits").longValue() > 0)
                .getJsonNumber("totalHits")
                .longValue())
        .isEqualTo(1);

    // then the earlier number commits
    String marker = "砼" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "乙");
    try (Connection db = Db.connect()) {
      db.setAutoCommit(false);
      try (PreparedStatement u =
              db.prepareStatement("UPDATE enforcement_case SET violation = ? WHERE id = ?");
          PreparedStatement i =
              db.prepareStatement(
                  "INSERT INTO search_outbox (seq, op, doc_id, created_at)"
                      + " VALUES (?, 'UPSERT', ?, CURRENT_TIMESTAMP)")) {
        u.setString(1, "当事人在" + marker + "工地夜间违规施工");
        u.setLong(2, late);
        u.executeUpdate();
        i.setLong(1, max + 50);
        i.setString(2, "case:" + late);
        i.executeUpdate();
      }
      db.commit();
    }
    String q = "search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
    JsonObject found =
        Waits.until(() -> officer.get(q).json(), r -> r.getJsonNumber("totalHits").longValue() > 0);
    assertThat(found.getJsonNumber("totalHits").longValue())
        .as("the late row, 30 s after it committed")
        .isEqualTo(1);
  }

  @Test
  void aCaseIsFoundByItsNumberTypedWithSquareBrackets() {
    Api officer = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    Cases.open(officer, Cases.generalCase(officer, number));
    String typed = number.replace('〔', '[').replace('〕', ']');
    JsonObject found =
        Waits.until(
            () ->
                officer
                    .get(
                        "search?q="
                            + URLEncoder.encode(
                                "caseNumber:\"" + typed + "\"", StandardCharsets.UTF_8))
                    .json(),
            r -> r.getJsonNumber("totalHits").longValue() > 0);
    assertThat(
            found
                .getJsonArray("hits")
                .getJsonObject(0)
                .getJsonObject("fields")
                .getJsonArray("caseNumber")
                .getString(0))
        .isEqualTo(number);
  }

  @Test
  void malformedQueriesAndBadParametersNeverFailAsErrors() {
    Api officer = Api.as(base, "officer");
    Api.Answer broken =
        officer.get("search?q=" + URLEncoder.encode("\"占用 AND (", StandardCharsets.UTF_8));
    assertThat(broken.status()).isEqualTo(200);
    Api.Answer badSort = officer.get("search?q=x&sort=sideways");
    assertThat(badSort.status()).isEqualTo(400);
    assertThat(badSort.field()).isEqualTo("sort");
  }

  @Test
  void aRebuildRunsAsABatchJobAndLeavesTheIndexConsistent() {
    Api admin = Api.as(base, "admin");
    assertThat(Api.as(base, "officer").post("search/rebuild", "").status()).isEqualTo(403);
    Api.Answer started = admin.post("search/rebuild", "");
    assertThat(started.status()).isEqualTo(202);
    long id = started.json().getJsonNumber("executionId").longValue();
    JsonObject done =
        Waits.until(
            () -> admin.get("search/rebuild/" + id).json(),
            r ->
                !r.getString("status").equals("STARTING")
                    && !r.getString("status").equals("STARTED"));
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getInt("casesProcessed")).isEqualTo(done.getInt("casesTotal")).isPositive();
    JsonObject check =
        Waits.until(() -> admin.get("search/check").json(), r -> r.getBoolean("consistent"));
    assertThat(check.getBoolean("consistent")).as(check.toString()).isTrue();
  }

  @Test
  void aSnippetLinksToTheDocumentTextWithTheHitMarkedOnlyWithinTheAgency() {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "INQUIRY_RECORD");
    String marker = "垩" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "乙");
    String phrase = "在" + marker + "路段堆放建筑垃圾";
    long file =
        Cases.upload(
                officer,
                caseId,
                doc,
                "现场笔录.docx",
                SampleFiles.docx("现场笔录：<script>alert(1)</script>当事人" + phrase + "，责令清理。"))
            .getJsonNumber("id")
            .longValue();
    Waits.extractionFinished(officer, file);
    String q = URLEncoder.encode("\"" + phrase + "\"", StandardCharsets.UTF_8);
    Waits.until(
        () -> officer.get("search?q=" + q).json(),
        r -> r.getJsonNumber("totalHits").longValue() > 0);

    String page = officer.get("../staff/search.xhtml?q=" + q).body();
    assertThat(page).contains("document-text.xhtml?id=" + doc + "&amp;q=" + q + "#hit-1");

    Api.Answer text = officer.get("../staff/document-text.xhtml?id=" + doc + "&q=" + q);
    assertThat(text.status()).isEqualTo(200);
    assertThat(text.body())
        .contains("<mark id=\"hit-1\">" + phrase + "</mark>")
        .doesNotContain("hit-2")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)");

    Api.Answer foreign =
        Api.as(base, "officer2").get("../staff/document-text.xhtml?id=" + doc + "&q=" + q);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).doesNotContain(marker);
  }

  @Test
  void theStaffSearchPageKeepsWordsFiltersAndOrderOnTheNextPageAndUndoesAFilter() {
    Api officer = Api.as(base, "officer");
    String words = URLEncoder.encode("当事人", StandardCharsets.UTF_8);
    String general = URLEncoder.encode("普通程序", StandardCharsets.UTF_8);
    Waits.until(
        () -> officer.get("search?q=" + words + "&procedure=" + general).json(),
        r -> r.getJsonNumber("totalHits").longValue() > 20); // the demo cases and their documents

    String page =
        officer
            .get("../staff/search.xhtml?q=" + words + "&procedure=" + general + "&sort=DATE")
            .body();

    java.util.regex.Matcher next =
        java.util.regex.Pattern.compile("id=\"next\" rel=\"next\" href=\"([^\"]+)\"").matcher(page);
    assertThat(next.find()).as("a next-page link").isTrue();
    assertThat(next.group(1).replace("&amp;", "&"))
        .startsWith("search.xhtml?q=" + words + "&procedure=" + general + "&sort=DATE&after=");
    assertThat(page).contains("<option value=\"DATE\" selected=\"selected\">");
    // the chosen value is marked, and its link is the search without it
    assertThat(page)
        .containsPattern("<a href=\"search.xhtml\\?q=" + words + "&amp;sort=DATE\" class=\"on\"");

    String none =
        officer
            .get(
                "../staff/search.xhtml?q="
                    + URLEncoder.encode("绝无此词", StandardCharsets.UTF_8)
                    + "&year=2019")
            .body();
    assertThat(none).contains("id=\"no-hits\"").contains("id=\"unfiltered\"");
  }

  @Test
  void driftBetweenDatabaseAndIndexIsFoundAndRepaired() throws Exception {
    Api admin = Api.as(base, "admin");
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, caseId, "EVIDENCE");
    String byId = "search?q=" + URLEncoder.encode("id:\"doc:" + doc + "\"", StandardCharsets.UTF_8);
    long deadline =
        System.currentTimeMillis()
            + 180_000; // after a start the outbox may be busy with the demo files
    while (admin.get(byId).json().getJsonNumber("totalHits").longValue() == 0
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertThat(admin.get(byId).json().getJsonNumber("totalHits").longValue())
        .as("indexed before the drift")
        .isEqualTo(1);
    String hidden = Cases.uniqueNumber("金东综执");
    long hiddenId;
    try (Connection c = Db.connect()) {
      // behind the application's back: no outbox rows, so the index cannot know
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_document WHERE id = ?")) {
        ps.setLong(1, doc);
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO enforcement_case (agency_id, case_number, title, procedure_kind,"
                  + " source, status, violation, legal_basis, created_at, created_by, version) SELECT agency_id, ?, title, procedure_kind,"
                  + " source, status, violation, legal_basis, created_at, created_by, 0 FROM enforcement_case WHERE id = ?",
              new String[] {"id"})) {
        ps.setString(1, hidden);
        ps.setLong(2, caseId);
        assertThat(ps.executeUpdate()).isEqualTo(1);
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          hiddenId = keys.getLong(1);
        }
      }
    }
    String byNumber =
        "search?q=" + URLEncoder.encode("caseNumber:\"" + hidden + "\"", StandardCharsets.UTF_8);
    assertThat(officer.get(byNumber).json().getJsonNumber("totalHits").longValue()).isZero();

    JsonObject found = admin.get("search/check").json();
    assertThat(found.getBoolean("consistent")).isFalse();
    assertThat(found.getJsonArray("missingIds").getValuesAs(jakarta.json.JsonString::getString))
        .as(found.toString())
        .contains("case:" + hiddenId);
    assertThat(found.getJsonArray("staleIds").getValuesAs(jakarta.json.JsonString::getString))
        .as(found.toString())
        .contains("doc:" + doc);
    assertThat(officer.post("search/check", "").status()).isEqualTo(403);

    JsonObject repaired = admin.post("search/check", "").json();
    JsonObject what = repaired.getJsonObject("lastRepair");
    assertThat(what.getString("by")).isEqualTo("admin");
    assertThat(what.getJsonArray("reindexed").getValuesAs(jakarta.json.JsonString::getString))
        .contains("case:" + hiddenId);
    assertThat(what.getJsonArray("deleted").getValuesAs(jakarta.json.JsonString::getString))
        .contains("doc:" + doc);
    assertThat(repaired.getBoolean("consistent")).as(repaired.toString()).isTrue();
    assertThat(officer.get(byNumber).json().getJsonNumber("totalHits").longValue()).isEqualTo(1);
    assertThat(admin.get(byId).json().getJsonNumber("totalHits").longValue()).isZero();
    try (Connection c = Db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'SEARCH_INDEX_REPAIRED' AND detail LIKE ?")) {
      ps.setString(1, "%case:" + hiddenId + "%");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1);
      }
    }
  }
}
