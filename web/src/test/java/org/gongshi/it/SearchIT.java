package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
  static WebArchive deployment() { return Deployments.gongshi(); }

  @ArquillianResource URL base;

  @Test
  void anUploadedDocumentIsFoundByAPhraseOnlyWithinItsAgency() {
    Api officer = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    long caseId = Cases.open(officer, Cases.generalCase(officer, number));
    long doc = Cases.addDocument(officer, caseId, "INQUIRY_RECORD");
    String marker = "砼" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "甲");
    String phrase = "当事人在" + marker + "工地夜间违规施工";
    long file = Cases.upload(officer, caseId, doc, "询问笔录.docx", SampleFiles.docx("询问笔录：" + phrase + "，噪声扰民。"))
        .getJsonNumber("id").longValue();
    Waits.extractionFinished(officer, file);

    String q = "search?q=" + URLEncoder.encode("\"" + phrase + "\"", StandardCharsets.UTF_8);
    JsonObject found = Waits.until(() -> officer.get(q).json(), r -> r.getJsonNumber("totalHits").longValue() > 0);

    assertThat(found.getJsonNumber("totalHits").longValue()).isEqualTo(1);
    JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
    assertThat(hit.getString("id")).isEqualTo("doc:" + doc);
    assertThat(hit.getString("snippet")).contains("<mark>");
    assertThat(officer.get("search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).json()
        .getJsonNumber("totalHits").longValue()).isEqualTo(1);

    JsonObject other = Api.as(base, "officer2").get(q).json();
    assertThat(other.getJsonNumber("totalHits").longValue()).isZero();
    assertThat(Api.as(base, "admin").get(q).json().getJsonNumber("totalHits").longValue()).isEqualTo(1);
  }

  @Test
  void aCaseIsFoundByItsNumberTypedWithSquareBrackets() {
    Api officer = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    Cases.open(officer, Cases.generalCase(officer, number));
    String typed = number.replace('〔', '[').replace('〕', ']');
    JsonObject found = Waits.until(
        () -> officer.get("search?q=" + URLEncoder.encode("caseNumber:\"" + typed + "\"", StandardCharsets.UTF_8)).json(),
        r -> r.getJsonNumber("totalHits").longValue() > 0);
    assertThat(found.getJsonArray("hits").getJsonObject(0).getJsonObject("fields").getJsonArray("caseNumber").getString(0))
        .isEqualTo(number);
  }

  @Test
  void malformedQueriesAndBadParametersNeverFailAsErrors() {
    Api officer = Api.as(base, "officer");
    Api.Answer broken = officer.get("search?q=" + URLEncoder.encode("\"占用 AND (", StandardCharsets.UTF_8));
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
    JsonObject done = Waits.until(() -> admin.get("search/rebuild/" + id).json(),
        r -> !r.getString("status").equals("STARTING") && !r.getString("status").equals("STARTED"));
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    JsonObject check = Waits.until(() -> admin.get("search/check").json(), r -> r.getBoolean("consistent"));
    assertThat(check.getBoolean("consistent")).as(check.toString()).isTrue();
  }
}
