package org.gongshi.it;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds cases for the major-decision tests through the API, as an officer would. */
final class MajorCases {
  private MajorCases() {}

  static final List<String> BEFORE_DECISION =
      List.of(
          "FILING_APPROVAL",
          "INQUIRY_RECORD",
          "EVIDENCE",
          "ADVANCE_NOTICE",
          "INVESTIGATION_END_REPORT");

  /** A general case against a company with these penalties (JSON array) and extra fields. */
  static long open(Api officer, String penalties, String extra) {
    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replace(
                "\"penalties\":[{\"kind\":\"FINE\",\"amount\":20000}]",
                "\"penalties\":" + penalties)
            .replaceFirst("\\}\\s*$", extra == null ? "}" : "," + extra + "}");
    return Cases.open(officer, json);
  }

  /** Uploads a file to a new document of each type; returns the document ids by type. */
  static Map<String, Long> documents(Api officer, long id, List<String> types) {
    Map<String, Long> ids = new HashMap<>();
    for (String t : types) {
      long doc = Cases.addDocument(officer, id, t);
      Cases.upload(officer, id, doc, t.toLowerCase() + ".docx", SampleFiles.docx(t + " 文书 " + id));
      ids.put(t, doc);
    }
    return ids;
  }

  /** Filed, investigated and notified on these days. */
  static void milestones(Api officer, long id, LocalDate filed, LocalDate notice) {
    Cases.milestone(officer, id, "FILED", filed, null);
    Cases.milestone(officer, id, "INVESTIGATION_ENDED", notice.minusDays(1), null);
    Cases.milestone(officer, id, "ADVANCE_NOTICE", notice, null);
  }

  static Api.Answer decide(Api officer, long id, LocalDate day) {
    return officer.post(
        "cases/" + id + "/milestones",
        "{\"kind\":\"DECIDED\",\"day\":\""
            + day
            + "\",\"decisionNumber\":\"金东综执罚决字〔2026〕第M"
            + id
            + "号\"}");
  }

  /** Every check judged SOUND; a reason where that goes against the system's finding. */
  static String allSound(JsonObject review, String outcome) {
    StringBuilder checks = new StringBuilder();
    for (var v : review.getJsonArray("checks")) {
      JsonObject c = v.asJsonObject();
      if (checks.length() > 0) checks.append(',');
      checks
          .append("{\"item\":\"")
          .append(c.getString("item"))
          .append("\",\"verdict\":\"SOUND\",\"opinion\":\"符合\"")
          .append(
              c.getString("finding").equals("PROBLEM")
                  ? ",\"overrideReason\":\"已核对纸质案卷，符合要求\""
                  : "")
          .append('}');
    }
    return "{\"outcome\":\"" + outcome + "\",\"opinion\":\"同意作出处罚决定\",\"checks\":[" + checks + "]}";
  }

  /** A major case reviewed, discussed, decided today and filed; returns {caseId, filingId}. */
  static long[] filedMajorCase(java.net.URL base, LocalDate today) {
    Api officer = Api.as(base, "officer");
    long id = open(officer, "[{\"kind\":\"FINE\",\"amount\":180000}]", null);
    Map<String, Long> docs =
        documents(
            officer,
            id,
            List.of(
                "INQUIRY_RECORD",
                "EVIDENCE",
                "INVESTIGATION_END_REPORT",
                "LEGAL_REVIEW_OPINION",
                "COLLECTIVE_DISCUSSION",
                "DECISION"));
    milestones(officer, id, today.minusDays(40), today.minusDays(20));
    JsonObject review = officer.post("major/cases/" + id + "/reviews", "").json();
    Api.Answer passed =
        Api.as(base, "legal")
            .post(
                "major/reviews/" + review.getJsonNumber("id") + "/conclusion",
                allSound(review, "PASSED"));
    if (passed.status() != 200) throw new AssertionError("review: " + passed.body());
    Api.Answer discussed =
        officer.post(
            "major/cases/" + id + "/discussions",
            "{\"heldOn\":\"%s\",\"participants\":[\"王局长\",\"李副局长\",\"张科长\"],\"conclusion\":\"同意\",\"minutesDocumentId\":%d}"
                .formatted(today, docs.get("COLLECTIVE_DISCUSSION")));
    if (discussed.status() != 201) throw new AssertionError("discussion: " + discussed.body());
    Api.Answer decided = decide(officer, id, today);
    if (decided.status() != 200) throw new AssertionError("decide: " + decided.body());
    Api.Answer filed = officer.post("major/cases/" + id + "/filings", "");
    if (filed.status() != 201) throw new AssertionError("file: " + filed.body());
    return new long[] {id, filed.json().getJsonNumber("id").longValue()};
  }
}
