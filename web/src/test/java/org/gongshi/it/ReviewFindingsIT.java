package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The findings Gongshi pre-fills for a legal review: a complete file passes every check it can
 * make, and a file with a lapsed certificate, no power-list item, no evidence, no benchmark and no
 * advance notice trips each of them, with a link to where to look.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewFindingsIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  /** Today in China, clear of midnight for the length of one test (see Waits). */
  LocalDate TODAY;

  @org.junit.jupiter.api.BeforeEach
  void today() {
    TODAY = Waits.todayClearOfMidnight();
  }

  @Test
  void aCompleteFilePassesEveryCheckGongshiCanMake() {
    Api officer = Api.as(base, "officer");
    String[] item = itemWithFineLevel();
    long id =
        MajorCases.open(
            officer,
            "[{\"kind\":\"FINE\",\"amount\":" + item[2] + "}]",
            "\"catalogCode\":\"" + item[0] + "\",\"discretionLevel\":\"" + item[1] + "\"");
    MajorCases.documents(officer, id, MajorCases.BEFORE_DECISION);
    MajorCases.milestones(officer, id, TODAY.minusDays(30), TODAY.minusDays(10));
    Map<String, JsonObject> checks = submit(officer, id);
    for (String ok :
        List.of(
            "BODY_AND_OFFICERS",
            "NO_ULTRA_VIRES",
            "FACTS_AND_EVIDENCE",
            "LAW_AND_DISCRETION",
            "PROCEDURE",
            "DOCUMENTS")) assertThat(checks.get(ok).getString("finding")).as(ok).isEqualTo("OK");
    assertThat(checks.get("CRIME_TRANSFER").getString("finding")).isEqualTo("MANUAL");
    assertThat(checks.get("NO_ULTRA_VIRES").getString("findingText")).contains(item[0]);
    assertThat(checks.get("LAW_AND_DISCRETION").getString("findingText")).contains(item[1]);
    assertThat(checks.get("FACTS_AND_EVIDENCE").getString("evidenceLink"))
        .startsWith("/staff/document-text.xhtml?id=");
    assertThat(checks.get("BODY_AND_OFFICERS").getString("evidenceLink"))
        .isEqualTo("/staff/case.xhtml?id=" + id);
  }

  @Test
  void aFileWithGapsTripsEachCheck() throws Exception {
    Api officer = Api.as(base, "officer");
    long first =
        officer.get("reference/officers").array().getJsonObject(0).getJsonNumber("id").longValue();
    long lapsing = insertOfficer(first);
    long other =
        officer.get("reference/officers").array().getJsonObject(1).getJsonNumber("id").longValue();
    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replaceFirst(
                "\"officerIds\":\\[\\d+,\\d+\\]", "\"officerIds\":[" + lapsing + "," + other + "]");
    long id = Cases.open(officer, json);
    // no evidence, no inquiry record, no advance notice
    MajorCases.documents(officer, id, List.of("FILING_APPROVAL", "INVESTIGATION_END_REPORT"));
    Cases.milestone(officer, id, "FILED", TODAY.minusDays(30), null);
    Cases.milestone(officer, id, "INVESTIGATION_ENDED", TODAY.minusDays(10), null);
    try (Connection db = Db.connect();
        PreparedStatement lapse =
            db.prepareStatement("UPDATE officer SET valid_until = ? WHERE id = ?")) {
      lapse.setObject(1, TODAY.minusDays(5)); // lapsed while the case ran
      lapse.setLong(2, lapsing);
      lapse.executeUpdate();
    }
    Map<String, JsonObject> checks = submit(officer, id);
    for (String problem :
        List.of(
            "BODY_AND_OFFICERS",
            "NO_ULTRA_VIRES",
            "FACTS_AND_EVIDENCE",
            "LAW_AND_DISCRETION",
            "PROCEDURE",
            "DOCUMENTS"))
      assertThat(checks.get(problem).getString("finding")).as(problem).isEqualTo("PROBLEM");
    assertThat(checks.get("BODY_AND_OFFICERS").getString("findingText"))
        .contains("执法证不在有效期内")
        .contains(TODAY.minusDays(5).toString());
    assertThat(checks.get("NO_ULTRA_VIRES").getString("findingText")).contains("未关联权责清单事项");
    assertThat(checks.get("FACTS_AND_EVIDENCE").getString("findingText"))
        .contains("证据材料")
        .contains("询问笔录或现场检查笔录");
    assertThat(checks.get("LAW_AND_DISCRETION").getString("findingText")).contains("未选择裁量基准档次");
    assertThat(checks.get("PROCEDURE").getString("findingText")).contains("未记录事先告知");
    assertThat(checks.get("DOCUMENTS").getString("findingText"))
        .contains("询问笔录", "证据材料", "行政处罚事先告知书");

    // the review form pre-selects each finding; a PROBLEM confirmed needs an opinion
    JsonObject review =
        Api.as(base, "officer").get("major/cases/" + id + "/reviews").array().getJsonObject(0);
    Api.Answer noOpinion =
        Api.as(base, "legal")
            .post(
                "major/reviews/" + review.getJsonNumber("id") + "/conclusion",
                MajorCases.allSound(review, "RETURNED")
                    .replace(
                        "\"verdict\":\"SOUND\",\"opinion\":\"符合\",\"overrideReason\":\"已核对纸质案卷，符合要求\"",
                        "\"verdict\":\"DEFECTIVE\""));
    assertThat(noOpinion.status()).isEqualTo(400);
    assertThat(noOpinion.message()).contains("不符合的，须写明问题和补正要求");
  }

  private Map<String, JsonObject> submit(Api officer, long id) {
    Api.Answer submitted = officer.post("major/cases/" + id + "/reviews", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    Map<String, JsonObject> checks = new HashMap<>();
    for (var v : submitted.json().getJsonArray("checks"))
      checks.put(v.asJsonObject().getString("item"), v.asJsonObject());
    assertThat(checks).hasSize(7);
    return checks;
  }

  private static long insertOfficer(long sameAgencyAsOfficer) throws Exception {
    try (Connection db = Db.connect();
        PreparedStatement agency =
            db.prepareStatement("SELECT agency_id FROM officer WHERE id = ?")) {
      agency.setLong(1, sameAgencyAsOfficer);
      long agencyId;
      try (ResultSet r = agency.executeQuery()) {
        r.next();
        agencyId = r.getLong(1);
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO officer (agency_id, name, certificate_no, valid_until) VALUES (?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setLong(1, agencyId);
        insert.setString(2, "周过期");
        insert.setString(3, "T" + UUID.randomUUID().toString().substring(0, 12));
        insert.setObject(4, LocalDate.of(2028, 12, 31));
        insert.executeUpdate();
        try (ResultSet k = insert.getGeneratedKeys()) {
          k.next();
          return k.getLong(1);
        }
      }
    }
  }

  /** A 金东 power-list item with a fine level: code, level name, a fine inside the level. */
  private String[] itemWithFineLevel() {
    Api anonymous = Api.anonymous(base);
    String agencyId = CatalogIT.agencyId(Api.as(base, "admin"), 0);
    for (var v : anonymous.get("public/catalog?agencyId=" + agencyId).array()) {
      JsonObject i = v.asJsonObject();
      if (!i.getString("kind").equals("行政处罚")) continue;
      JsonObject item =
          anonymous.get("public/catalog/" + agencyId + "/items/" + i.getString("code")).json();
      for (var l : item.getJsonArray("levels")) {
        JsonObject level = l.asJsonObject();
        if (!level.containsKey("fineRange")) continue;
        List<Long> bounds =
            java.util.regex.Pattern.compile("\\d+")
                .matcher(level.getString("fineRange").replace(",", ""))
                .results()
                .map(m -> Long.parseLong(m.group()))
                .toList();
        long low = bounds.get(0);
        if (low <= 0 || low >= 100000) continue;
        return new String[] {
          item.getJsonObject("summary").getString("code"),
          level.getString("name"),
          String.valueOf(low)
        };
      }
    }
    throw new AssertionError("no 金东 power-list item with a fine level");
  }
}
