package org.gongshi.it;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds cases through the API for a test, each with a number of its own. */
public final class Cases {
  private Cases() {}

  public static String uniqueNumber(String prefix) {
    return prefix + "立字〔2026〕第" + UUID.randomUUID().toString().substring(0, 8) + "号";
  }

  /**
   * A general-procedure case against a company with a 20,000 yuan fine, by two of the caller's
   * officers.
   */
  public static String generalCase(Api api, String number) {
    var officers = api.get("reference/officers").array();
    long o1 = officers.getJsonObject(0).getJsonNumber("id").longValue();
    long o2 = officers.getJsonObject(1).getJsonNumber("id").longValue();
    return """
        {"caseNumber":"%s","title":"未经批准擅自占用城市道路","procedure":"GENERAL","source":"PATROL",
         "violation":"当事人在光南路擅自占用城市道路堆放建筑材料约30平方米。",
         "legalBasis":"《城市道路管理条例》第二十七条、第四十二条",
         "parties":[{"kind":"ORGANISATION","name":"金华市恒达建材有限公司","uscc":"91110000802100433B","legalRepresentative":"王建国"}],
         "officerIds":[%d,%d],
         "penalties":[{"kind":"FINE","amount":20000}]}
        """
        .formatted(number, o1, o2);
  }

  public static long open(Api api, String json) {
    Api.Answer a = api.post("cases", json);
    if (a.status() != 201) throw new AssertionError("open case: " + a.status() + " " + a.body());
    return a.json().getJsonNumber("id").longValue();
  }

  public static long addDocument(Api api, long caseId, String type) {
    Api.Answer a = api.post("cases/" + caseId + "/documents", "{\"type\":\"" + type + "\"}");
    if (a.status() != 201) throw new AssertionError("add document: " + a.status() + " " + a.body());
    return a.json().getJsonNumber("id").longValue();
  }

  public static JsonObject upload(Api api, long caseId, long docId, String name, byte[] bytes) {
    Api.Answer a = api.upload("cases/" + caseId + "/documents/" + docId + "/files", name, bytes);
    if (a.status() != 201)
      throw new AssertionError("upload " + name + ": " + a.status() + " " + a.body());
    return a.json();
  }

  public static void milestone(
      Api api, long caseId, String kind, LocalDate day, String decisionNumber) {
    String json =
        "{\"kind\":\""
            + kind
            + "\",\"day\":\""
            + day
            + "\""
            + (decisionNumber == null ? "" : ",\"decisionNumber\":\"" + decisionNumber + "\"")
            + "}";
    Api.Answer a = api.post("cases/" + caseId + "/milestones", json);
    if (a.status() != 200)
      throw new AssertionError("milestone " + kind + ": " + a.status() + " " + a.body());
  }

  public static final List<String> GENERAL_REQUIRED =
      List.of(
          "FILING_APPROVAL",
          "INQUIRY_RECORD",
          "EVIDENCE",
          "ADVANCE_NOTICE",
          "INVESTIGATION_END_REPORT",
          "DECISION",
          "SERVICE_RECEIPT",
          "CLOSING_REPORT",
          "REFERENCE_SHEET");

  /** Opens, documents, decides, closes and seals a general case; returns its id. */
  public static long sealedCase(Api api, String number) {
    long id = open(api, generalCase(api, number));
    for (String type : GENERAL_REQUIRED) {
      long doc = addDocument(api, id, type);
      upload(api, id, doc, type.toLowerCase() + ".docx", SampleFiles.docx(type + " 文书 " + number));
    }
    LocalDate filed = LocalDate.of(2026, 9, 1);
    milestone(api, id, "FILED", filed, null);
    milestone(api, id, "INVESTIGATION_ENDED", filed.plusDays(10), null);
    milestone(api, id, "ADVANCE_NOTICE", filed.plusDays(12), null);
    milestone(api, id, "DECIDED", filed.plusDays(20), number.replace("立字", "罚决字"));
    Api.Answer closed = api.post("cases/" + id + "/close", "");
    if (closed.status() != 200) throw new AssertionError("close: " + closed.body());
    Api.Answer sealed = api.post("cases/" + id + "/seal", "");
    if (sealed.status() != 200) throw new AssertionError("seal: " + sealed.body());
    return id;
  }
}
