package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Procedure rules, sealing, and the refusal of every change to a sealed file. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SealingIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void sealingWithMissingDocumentsIsRefusedWithTheList() {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(officer, id, "FILING_APPROVAL");
    Cases.upload(officer, id, doc, "立案审批表.docx", SampleFiles.docx("立案审批表"));
    LocalDate filed = LocalDate.of(2026, 10, 8);
    Cases.milestone(officer, id, "FILED", filed, null);
    Cases.milestone(officer, id, "ADVANCE_NOTICE", filed.plusDays(5), null);
    Cases.milestone(officer, id, "DECIDED", filed.plusDays(9), "金东综执罚决字〔2026〕第" + id + "号");
    assertThat(officer.post("cases/" + id + "/close", "").status()).isEqualTo(200);

    Api.Answer refused = officer.post("cases/" + id + "/seal", "");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.field()).isEqualTo("documents");
    assertThat(refused.message())
        .contains("询问笔录", "证据材料", "行政处罚事先告知书", "行政处罚决定书", "送达回证", "结案报告", "备考表")
        .doesNotContain("立案审批表");
    assertThat(officer.get("cases/" + id).json().getString("status")).isEqualTo("CLOSED");
  }

  @Test
  void everyChangePathToASealedCaseIsRefusedAndAudited() {
    Api officer = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    long id = Cases.sealedCase(officer, number);
    var sealed = officer.get("cases/" + id).json();
    assertThat(sealed.getString("status")).isEqualTo("SEALED");
    long docId = sealed.getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue();
    long fileId =
        sealed
            .getJsonArray("documents")
            .getJsonObject(0)
            .getJsonArray("files")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(sealed.getJsonArray("documents").getJsonObject(0).getString("type"))
        .isEqualTo("FILING_APPROVAL");
    assertThat(sealed.getJsonArray("documents").getJsonObject(0).getInt("position")).isEqualTo(1);

    Api.Answer[] attempts = {
      officer.put("cases/" + id, Cases.generalCase(officer, number)),
      officer.post("cases/" + id + "/milestones", "{\"kind\":\"EXECUTED\",\"day\":\"2026-11-01\"}"),
      officer.post(
          "cases/" + id + "/extension", "{\"days\":30,\"approvedBy\":\"局长\",\"reason\":\"案情复杂\"}"),
      officer.post("cases/" + id + "/documents", "{\"type\":\"OTHER\"}"),
      officer.upload(
          "cases/" + id + "/documents/" + docId + "/files", "补充.docx", SampleFiles.docx("补充材料")),
      officer.delete("cases/" + id + "/files/" + fileId),
      officer.delete("cases/" + id + "/documents/" + docId),
      officer.post("cases/" + id + "/close", ""),
      officer.post("cases/" + id + "/seal", ""),
      Api.as(base, "admin").delete("cases/" + id + "/files/" + fileId)
    };

    for (Api.Answer a : attempts) {
      assertThat(a.status()).as(a.body()).isEqualTo(409);
      assertThat(a.message()).contains("已归档封存");
    }
    var after = officer.get("cases/" + id).json();
    assertThat(after.getJsonArray("documents").toString())
        .isEqualTo(sealed.getJsonArray("documents").toString());
    assertThat(after.getJsonArray("milestones")).isEqualTo(sealed.getJsonArray("milestones"));
    long refusals =
        officer.get("cases/" + id + "/audit").array().stream()
            .filter(e -> e.asJsonObject().getString("action").startsWith("REFUSED_"))
            .count();
    assertThat(refusals).isEqualTo(attempts.length);

    Api.Answer note =
        officer.post("cases/" + id + "/annotations", "{\"body\":\"更正：当事人住所应为光南路18号\"}");
    assertThat(note.status()).isEqualTo(201);
    assertThat(officer.get("cases/" + id).json().getJsonArray("annotations")).hasSize(1);
  }

  @Test
  void printsTheDecisionAndOnlyMajorDecisionsGetAFilingReport() {
    Api officer = Api.as(base, "officer");
    long minor = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    // a major decision comes after its legal review and collective discussion (MajorDecisionsIT)
    long major =
        MajorCases.filedMajorCase(base, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))[0];
    Cases.milestone(officer, minor, "FILED", LocalDate.of(2026, 10, 8), null);
    Cases.milestone(officer, minor, "ADVANCE_NOTICE", LocalDate.of(2026, 10, 13), null);
    Cases.milestone(
        officer, minor, "DECIDED", LocalDate.of(2026, 10, 20), "金东综执罚决字〔2026〕第" + minor + "号");
    Api.Answer decision = officer.get("cases/" + major + "/decision.pdf");
    assertThat(decision.status()).isEqualTo(200);
    assertThat(new String(decision.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    Api.Answer filing = officer.get("cases/" + major + "/filing-report.pdf");
    assertThat(filing.status()).isEqualTo(200);
    assertThat(new String(filing.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    Api.Answer notMajor = officer.get("cases/" + minor + "/filing-report.pdf");
    assertThat(notMajor.status()).isEqualTo(409);
    assertThat(notMajor.message()).contains("不属于重大行政处罚决定");
    assertThat(Api.as(base, "officer2").get("cases/" + major + "/decision.pdf").status())
        .isEqualTo(404);
  }

  @Test
  void simpleProcedureOnlyWithinTheArticle51Limits() {
    Api officer = Api.as(base, "officer");
    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执")).replace("\"GENERAL\"", "\"SIMPLE\"");
    Api.Answer refused = officer.post("cases", json); // 20,000 yuan on a company
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.field()).isEqualTo("penalties[0].amount");
    assertThat(refused.message()).contains("3000").contains("第五十一条");

    Api.Answer ok = officer.post("cases", json.replace("\"amount\":20000", "\"amount\":2500"));
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
  }

  @Test
  void decisionNeedsAdvanceNoticeAndComesWithin90Days() {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    LocalDate filed = LocalDate.of(2026, 3, 2);
    Cases.milestone(officer, id, "FILED", filed, null);

    Api.Answer noNotice =
        officer.post(
            "cases/" + id + "/milestones",
            "{\"kind\":\"DECIDED\",\"day\":\"2026-03-20\",\"decisionNumber\":\"金东综执罚决字〔2026〕第"
                + id
                + "号\"}");
    assertThat(noNotice.status()).isEqualTo(400);
    assertThat(noNotice.message()).contains("事先告知");

    Cases.milestone(officer, id, "ADVANCE_NOTICE", filed.plusDays(80), null);
    Api.Answer late =
        officer.post(
            "cases/" + id + "/milestones",
            "{\"kind\":\"DECIDED\",\"day\":\"2026-06-15\",\"decisionNumber\":\"金东综执罚决字〔2026〕第"
                + id
                + "号\"}");
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.message()).contains("超过90日");

    assertThat(
            officer
                .post(
                    "cases/" + id + "/extension",
                    "{\"days\":30,\"approvedBy\":\"局长 李明\",\"reason\":\"案情复杂需补充鉴定\"}")
                .status())
        .isEqualTo(200);
    Cases.milestone(officer, id, "DECIDED", LocalDate.of(2026, 6, 15), "金东综执罚决字〔2026〕第" + id + "号");

    Api.Answer backwards =
        officer.post("cases/" + id + "/milestones", "{\"kind\":\"SERVED\",\"day\":\"2026-06-01\"}");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.field()).isEqualTo("milestones.SERVED");
  }

  @Test
  void badInputNamesTheFieldAndWhatIsAllowed() {
    Api officer = Api.as(base, "officer");
    String json = Cases.generalCase(officer, Cases.uniqueNumber("金东综执"));
    Api.Answer badUscc =
        officer.post("cases", json.replace("91110000802100433B", "91110000802100433C"));
    assertThat(badUscc.status()).isEqualTo(400);
    assertThat(badUscc.field()).isEqualTo("parties[0].uscc");
    assertThat(badUscc.message()).contains("校验码");

    Api.Answer oneOfficer =
        officer.post(
            "cases", json.replaceAll("\"officerIds\":\\[(\\d+),\\d+\\]", "\"officerIds\":[$1]"));
    assertThat(oneOfficer.status()).isEqualTo(400);
    assertThat(oneOfficer.field()).isEqualTo("officerIds");
    assertThat(oneOfficer.message()).contains("两名");

    Api.Answer noTitle = officer.post("cases", json.replace("\"title\":\"未经批准擅自占用城市道路\",", ""));
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.body()).contains("案由不能为空");

    Api.Answer notJson = officer.post("cases", "{not json");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body()).doesNotContain("Exception");
  }
}
