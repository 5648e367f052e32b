package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Major decisions end to end (issue 16): the rule that makes a case major, the refusals that keep a
 * decision back until the party's windows have run and a major case was reviewed and discussed, the
 * legal reviewer who handled the case, and filing with the legal office of the region.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MajorDecisionsIT {
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
  void aMajorDecisionWaitsForAPassedReviewAndADiscussionAndIsFiledOnceWithTheRegionsOffice() {
    Api officer = Api.as(base, "officer");
    long id = MajorCases.open(officer, "[{\"kind\":\"FINE\",\"amount\":150000}]", null);
    Map<String, Long> docs =
        MajorCases.documents(
            officer,
            id,
            List.of(
                "FILING_APPROVAL",
                "INQUIRY_RECORD",
                "EVIDENCE",
                "ADVANCE_NOTICE",
                "INVESTIGATION_END_REPORT",
                "LEGAL_REVIEW_OPINION",
                "COLLECTIVE_DISCUSSION",
                "DECISION"));
    MajorCases.milestones(officer, id, TODAY.minusDays(40), TODAY.minusDays(20));

    JsonObject major = officer.get("major/cases/" + id).json();
    assertThat(major.getBoolean("major")).isTrue();
    assertThat(major.getJsonArray("ruleReasons").getString(0))
        .contains("150000")
        .contains("100000");
    assertThat(major.getString("rule")).contains("2021-07-15起施行");

    // no decision before a review and a discussion; nothing recorded
    Api.Answer refused = MajorCases.decide(officer, id, TODAY);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.message()).contains("法制审核通过").contains("集体讨论");
    assertThat(officer.get("cases/" + id).body()).doesNotContain("\"DECIDED\"");

    Api.Answer submitted = officer.post("major/cases/" + id + "/reviews", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    long review = submitted.json().getJsonNumber("id").longValue();

    // a reviewer who is an officer of the case is refused, and the review stays open
    Api legal2 = Api.as(base, "legal2");
    Api.Answer own =
        legal2.post(
            "major/reviews/" + review + "/conclusion",
            MajorCases.allSound(submitted.json(), "PASSED"));
    assertThat(own.status()).as(own.body()).isEqualTo(403);
    assertThat(own.message()).contains("承办执法人员").contains("未参与办案");
    assertThat(officer.get("major/reviews/" + review).json().getString("status"))
        .isEqualTo("IN_REVIEW");

    // a verdict against the system's finding needs a reason
    Api legal = Api.as(base, "legal");
    String noReason =
        MajorCases.allSound(submitted.json(), "PASSED")
            .replace(",\"overrideReason\":\"已核对纸质案卷，符合要求\"", "");
    Api.Answer unexplained = legal.post("major/reviews/" + review + "/conclusion", noReason);
    assertThat(unexplained.status()).as(unexplained.body()).isEqualTo(400);
    assertThat(unexplained.message()).contains("须写明理由");
    Api.Answer passed =
        legal.post(
            "major/reviews/" + review + "/conclusion",
            MajorCases.allSound(submitted.json(), "PASSED"));
    assertThat(passed.status()).as(passed.body()).isEqualTo(200);
    assertThat(passed.json().getString("statusLabel")).isEqualTo("审核通过");

    Api.Answer stillRefused = MajorCases.decide(officer, id, TODAY);
    assertThat(stillRefused.status()).as(stillRefused.body()).isEqualTo(409);
    assertThat(stillRefused.message()).contains("集体讨论").doesNotContain("法制审核通过");

    String discussion =
        "{\"heldOn\":\"%s\",\"participants\":%s,\"conclusion\":\"同意罚款15万元\",\"minutesDocumentId\":%d}";
    Api.Answer tooFew =
        officer.post(
            "major/cases/" + id + "/discussions",
            discussion.formatted(TODAY, "[\"王局长\",\"李副局长\"]", docs.get("COLLECTIVE_DISCUSSION")));
    assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(400);
    assertThat(tooFew.message()).contains("不少于本机关规定的 3 人");
    Api.Answer discussed =
        officer.post(
            "major/cases/" + id + "/discussions",
            discussion.formatted(
                TODAY, "[\"王局长\",\"李副局长\",\"张科长\"]", docs.get("COLLECTIVE_DISCUSSION")));
    assertThat(discussed.status()).as(discussed.body()).isEqualTo(201);

    Api.Answer decided = MajorCases.decide(officer, id, TODAY);
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);

    // filing: materials from the file, once; only the region's legal office examines it
    Api.Answer filed = officer.post("major/cases/" + id + "/filings", "");
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    JsonObject filing = filed.json();
    long filingId = filing.getJsonNumber("id").longValue();
    assertThat(filing.getBoolean("late")).isFalse();
    assertThat(LocalDate.parse(filing.getString("dueOn")))
        .as("15 days, moved to a working day")
        .isBetween(TODAY.plusDays(15), TODAY.plusDays(18));
    assertThat(
            filing.getJsonArray("materials").stream().map(m -> m.asJsonObject().getString("type")))
        .contains("调查终结报告", "法制审核意见书", "行政处罚决定书", "集体讨论记录");
    Api.Answer again = officer.post("major/cases/" + id + "/filings", "");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.message()).contains("已于").contains("报送备案");

    Api other = Api.as(base, "legaloffice2");
    Api.Answer foreign =
        other.post("major/filings/" + filingId + "/examination", "{\"result\":\"ACCEPTED\"}");
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);
    assertThat(foreign.message()).contains("山西省忻州市").contains("不属于您的辖区");
    assertThat(officer.get("major/filings/" + filingId).json().getString("status"))
        .isEqualTo("SUBMITTED");
    assertThat(other.get("major/filings").body()).doesNotContain("金东");

    Api office = Api.as(base, "legaloffice");
    Api.Answer noReasons =
        office.post(
            "major/filings/" + filingId + "/examination", "{\"result\":\"CORRECTIONS_REQUIRED\"}");
    assertThat(noReasons.status()).as(noReasons.body()).isEqualTo(400);
    Api.Answer accepted =
        office.post("major/filings/" + filingId + "/examination", "{\"result\":\"ACCEPTED\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    Api.Answer afterAccepted = officer.post("major/cases/" + id + "/filings", "");
    assertThat(afterAccepted.status()).as(afterAccepted.body()).isEqualTo(409);
    assertThat(afterAccepted.message()).contains("准予备案").contains("不能重复备案");

    String workspace = office.get("major/filings?year=" + TODAY.getYear()).body();
    assertThat(workspace).contains("金华市金东区综合行政执法局").doesNotContain("忻州");
    assertThat(officer.get("cases/" + id + "/audit").body()).contains("重大行政处罚决定备案");
  }

  @Test
  void aNonMajorCaseIsNotFiledAndAnOfficerMarksACaseMajorButCannotUnmarkTheRule() {
    Api officer = Api.as(base, "officer");
    long id = MajorCases.open(officer, "[{\"kind\":\"FINE\",\"amount\":20000}]", null);
    MajorCases.documents(
        officer, id, List.of("INVESTIGATION_END_REPORT", "LEGAL_REVIEW_OPINION", "DECISION"));
    MajorCases.milestones(officer, id, TODAY.minusDays(40), TODAY.minusDays(20));
    assertThat(officer.get("major/cases/" + id).json().getBoolean("major")).isFalse();
    assertThat(MajorCases.decide(officer, id, TODAY).status()).isEqualTo(200);

    Api.Answer refused = officer.post("major/cases/" + id + "/filings", "");
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.message()).contains("不属于重大行政处罚决定").contains("100000元以上");
    assertThat(officer.get("major/cases/" + id + "/filings").array()).isEmpty();

    Api.Answer noReason =
        officer.post("major/cases/" + id + "/marks", "{\"ground\":\"COMPLEX\",\"reason\":\"\"}");
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.message()).contains("具体理由");
    Api.Answer marked =
        officer.post(
            "major/cases/" + id + "/marks",
            "{\"ground\":\"PUBLIC_INTEREST\",\"reason\":\"涉及城区主干道通行安全，社会关注度高\"}");
    assertThat(marked.status()).as(marked.body()).isEqualTo(200);
    assertThat(marked.json().getBoolean("major")).isTrue();
    assertThat(marked.json().getJsonArray("marks").getJsonObject(0).getString("groundLabel"))
        .isEqualTo("涉及重大公共利益");
    // there is no way to unmark: no DELETE on marks
    assertThat(officer.delete("major/cases/" + id + "/marks").status()).isEqualTo(405);
  }

  @Test
  void aDecisionInsideTheStatementAndHearingWindowsIsRefusedUntilTheRightsAreWaivedInWriting() {
    Api officer = Api.as(base, "officer");
    // lowering a qualification grade gives a hearing right without making the case major
    long id =
        MajorCases.open(
            officer,
            "[{\"kind\":\"FINE\",\"amount\":5000},{\"kind\":\"LOWER_QUALIFICATION\"}]",
            null);
    Map<String, Long> docs = MajorCases.documents(officer, id, List.of("OTHER", "DECISION"));
    LocalDate notice = TODAY.minusDays(1);
    MajorCases.milestones(officer, id, TODAY.minusDays(30), notice);
    JsonObject rights = officer.get("major/cases/" + id + "/rights").json();
    assertThat(rights.getBoolean("hearingRight")).isTrue();

    Api.Answer refused = MajorCases.decide(officer, id, TODAY);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.message())
        .contains("陈述、申辩期（告知后3个工作日，至 " + rights.getString("statementEnds"))
        .contains("听证申请期（告知后5个工作日，至 " + rights.getString("hearingRequestEnds"));
    assertThat(officer.get("cases/" + id).body()).doesNotContain("\"DECIDED\"");

    String waiver = "{\"day\":\"%s\",\"documentId\":%d}".formatted(TODAY, docs.get("OTHER"));
    assertThat(officer.post("major/cases/" + id + "/rights/statement-waiver", waiver).status())
        .isEqualTo(200);
    Api.Answer stillRefused = MajorCases.decide(officer, id, TODAY);
    assertThat(stillRefused.status()).as(stillRefused.body()).isEqualTo(409);
    assertThat(stillRefused.message()).contains("听证申请期").doesNotContain("陈述、申辩期");

    Api.Answer decisionAsWaiver =
        officer.post(
            "major/cases/" + id + "/rights/hearing-waiver",
            "{\"day\":\"%s\",\"documentId\":%d}".formatted(TODAY, docs.get("DECISION")));
    assertThat(decisionAsWaiver.status()).as(decisionAsWaiver.body()).isEqualTo(400);
    assertThat(officer.post("major/cases/" + id + "/rights/hearing-waiver", waiver).status())
        .isEqualTo(200);
    assertThat(MajorCases.decide(officer, id, TODAY).status()).isEqualTo(200);
  }

  @Test
  void theWindowsAfterANoticeBeforeNationalDayCountOnlyWorkingDays() {
    Api officer = Api.as(base, "officer");
    long id =
        MajorCases.open(
            officer, "[{\"kind\":\"FINE\",\"amount\":5000},{\"kind\":\"REVOKE_LICENCE\"}]", null);
    // 2026-09-30 notice: 10-01..07 are off, 10-10 (Saturday) is a make-up workday
    MajorCases.milestones(officer, id, LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 30));
    JsonObject rights = officer.get("major/cases/" + id + "/rights").json();
    assertThat(rights.getString("statementEnds")).isEqualTo("2026-10-10");
    assertThat(rights.getString("hearingRequestEnds")).isEqualTo("2026-10-13");
    Api.Answer late =
        officer.post("major/cases/" + id + "/rights/hearing-request", "{\"day\":\"2026-10-14\"}");
    assertThat(late.status()).as(late.body()).isEqualTo(400);
    assertThat(late.message()).contains("5个工作日内（截至 2026-10-13）");
    Api.Answer inTime =
        officer.post("major/cases/" + id + "/rights/hearing-request", "{\"day\":\"2026-10-13\"}");
    assertThat(inTime.status()).as(inTime.body()).isEqualTo(200);
    Api.Answer refused = MajorCases.decide(officer, id, TODAY);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.message()).contains("当事人已申请听证，尚未举行听证");
  }

  @Test
  void theLegalOfficeSeesOnlyItsRegionAndTheMonthlySummaryReadsBack() throws Exception {
    Api office = Api.as(base, "legaloffice");
    var agencies = office.get("major/filings?year=2026").array();
    assertThat(agencies.stream().map(a -> a.asJsonObject().getString("agency")))
        .containsExactly("金华市金东区综合行政执法局");
    JsonObject jindong = agencies.getJsonObject(0);
    assertThat(jindong.getJsonArray("onTime")).isNotEmpty();
    assertThat(jindong.getJsonArray("late")).isNotEmpty();
    assertThat(jindong.getJsonArray("overdue")).isNotEmpty();
    assertThat(jindong.getJsonArray("neverFiled")).isNotEmpty();
    assertThat(jindong.getJsonArray("waiting")).isNotEmpty();

    Api xinzhou = Api.as(base, "legaloffice2");
    assertThat(
            xinzhou.get("major/filings?year=2026").array().stream()
                .map(a -> a.asJsonObject().getString("agency")))
        .containsExactly("忻州经济开发区综合行政执法局");
    long lateFiling = jindong.getJsonArray("late").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(xinzhou.get("major/filings/" + lateFiling).status()).isEqualTo(403);

    Api.Answer pdf = office.get("major/filings/summary.pdf?month=2026-10");
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
    assertThat(text)
        .contains("浙江省金华市重大行政处罚决定备案情况汇总表")
        .contains("2026年10月")
        .contains("金华市金东区综合行政执法局")
        .contains("迟报")
        .doesNotContain("忻州");
    Api.Answer xlsx = office.get("major/filings/summary.xlsx?month=2026-10");
    assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
    assertThat(new String(xlsx.bytes(), 0, 2)).isEqualTo("PK");
    assertThat(office.get("major/filings/summary.pdf?month=2026-13").status()).isEqualTo(400);
  }
}
