package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Report downloads: figures built through the API read back from the PDF and XLSX, errors for bad
 * parameters, and agency scoping. The built cases lie in 2019, a year no other test or demo case
 * uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {
  static final String JINDONG = "金华市金东区综合行政执法局";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void timelinessCountsOnTimeLateAndOverdueWithTheMedianInPdfAndXlsx() throws Exception {
    Api officer = Api.as(base, "officer");
    long onTime = decided(officer, LocalDate.of(2019, 3, 4));
    long late = decided(officer, LocalDate.of(2019, 3, 5)); // deadline 2019-03-14
    decided(officer, LocalDate.of(2019, 3, 6)); // never published: overdue now
    published(
        onTime,
        OffsetDateTime.of(2019, 3, 6, 10, 0, 0, 0, ZoneOffset.ofHours(8))); // 2 working days
    published(
        late, OffsetDateTime.of(2019, 3, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8))); // 11 working days

    Api.Answer pdf =
        Api.as(base, "disclosure").get("reports/disclosure-timeliness.pdf?from=2019-03&to=2019-03");

    assertThat(pdf.status()).isEqualTo(200);
    String text = pdfText(pdf.bytes());
    assertThat(text)
        .contains("行政处罚决定公示及时性统计表", JINDONG + "　2019年3月")
        // month, decisions, on time, late, overdue, pending, on-time %, median working days
        .contains("2019-03 3 1 1 1 0 33.3 6.5");

    Api.Answer xlsx =
        Api.as(base, "legaloffice")
            .get("reports/disclosure-timeliness.xlsx?from=2019-01&to=2019-03&agencyId=1");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsxRow(xlsx.bytes(), "2019-03"))
        .containsSubsequence("2019-03", "3", "1", "1", "1", "0", "33.3", "6.5");
  }

  @Test
  void annualStatisticsShowPenaltyTypesFinesHearingsReviewsAndRemedies() throws Exception {
    Api officer = Api.as(base, "officer");
    JsonObject item =
        Api.anonymous(base).get("public/catalog?agencyId=1").array().stream()
            .map(v -> v.asJsonObject())
            .filter(i -> !i.isNull("domain") && !i.getString("domain").isBlank())
            .findFirst()
            .orElseThrow();
    String domain = item.getString("domain");
    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replace(
                "\"penalties\":[{\"kind\":\"FINE\",\"amount\":20000}]",
                "\"penalties\":[{\"kind\":\"WARNING\"},{\"kind\":\"FINE\",\"amount\":20000}],\"catalogCode\":\""
                    + item.getString("code")
                    + "\"");
    long id = Cases.open(officer, json);
    Cases.milestone(officer, id, "FILED", LocalDate.of(2019, 5, 6), null);
    Cases.milestone(officer, id, "ADVANCE_NOTICE", LocalDate.of(2019, 5, 20), null);
    Cases.milestone(officer, id, "HEARING", LocalDate.of(2019, 5, 27), null);
    Cases.milestone(officer, id, "LEGAL_REVIEW", LocalDate.of(2019, 5, 29), null);
    Cases.milestone(officer, id, "DECIDED", LocalDate.of(2019, 6, 3), "金东综执罚决字〔2019〕第" + id + "号");
    Api legal = Api.as(base, "legal");
    assertThat(
            legal
                .post(
                    "cases/" + id + "/remedies",
                    """
        {"kind":"RECONSIDERATION","filedOn":"2019-07-01","body":"金华市金东区人民政府","outcome":"UPHELD","decidedOn":"2019-08-20"}
        """)
                .status())
        .isEqualTo(201);
    Api.Answer suit =
        officer.post(
            "cases/" + id + "/remedies",
            """
        {"kind":"LITIGATION","filedOn":"2019-09-02","body":"金华市金东区人民法院"}""");
    assertThat(suit.status()).isEqualTo(201);
    assertThat(suit.json().getString("outcome")).isEqualTo("PENDING");
    assertThat(officer.get("cases/" + id + "/remedies").array()).hasSize(2);

    Api.Answer pdf =
        Api.as(base, "admin").get("reports/annual-statistics.pdf?year=2019&agencyId=1");

    assertThat(pdf.status()).isEqualTo(200);
    String text = pdfText(pdf.bytes());
    assertThat(text)
        .contains(JINDONG + "2019年度行政执法数据统计表", domain)
        // cases, warnings, fines, confiscations, licence, suspension, other, amount, hearings,
        // legal reviews, 复议, 诉讼
        .contains("1 1 1 0 0 0 0 20,000.00 1 1 1 1");
    Api.Answer xlsx = officer.get("reports/annual-statistics.xlsx?year=2019");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsxRow(xlsx.bytes(), domain))
        .containsSubsequence(
            domain, "1", "1", "1", "0", "0", "0", "0", "20,000.00", "1", "1", "1", "1");
  }

  @Test
  void remediesCanBeRecordedOnSealedCasesAndBadOnesAreRefusedByField() {
    Api officer = Api.as(base, "officer");
    long sealed = Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    Api.Answer ok =
        officer.post(
            "cases/" + sealed + "/remedies",
            "{\"kind\":\"RECONSIDERATION\",\"filedOn\":\"2026-10-08\",\"body\":\"金华市金东区人民政府\"}");
    assertThat(ok.status()).isEqualTo(201);
    long remedyId = ok.json().getJsonNumber("id").longValue();
    Api.Answer concluded =
        officer.put(
            "cases/" + sealed + "/remedies/" + remedyId,
            "{\"outcome\":\"REVOKED\",\"decidedOn\":\"2026-11-20\"}");
    assertThat(concluded.status()).isEqualTo(200);
    assertThat(concluded.json().getString("outcomeLabel")).isEqualTo("撤销");
    assertThat(officer.get("cases/" + sealed + "/audit").body())
        .contains("RECORD_REMEDY", "CONCLUDE_REMEDY");

    Api.Answer badKind =
        officer.post(
            "cases/" + sealed + "/remedies",
            "{\"kind\":\"APPEAL\",\"filedOn\":\"2026-10-08\",\"body\":\"x\"}");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.field()).isEqualTo("kind");
    assertThat(badKind.message()).contains("RECONSIDERATION", "LITIGATION");
    Api.Answer early =
        officer.post(
            "cases/" + sealed + "/remedies",
            "{\"kind\":\"LITIGATION\",\"filedOn\":\"2026-01-05\",\"body\":\"法院\"}");
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.field()).isEqualTo("filedOn");
    assertThat(
            officer
                .put("cases/" + sealed + "/remedies/" + remedyId, "{\"outcome\":\"UPHELD\"}")
                .field())
        .isEqualTo("decidedOn");
    assertThat(
            Api.as(base, "officer2")
                .post(
                    "cases/" + sealed + "/remedies",
                    "{\"kind\":\"LITIGATION\",\"filedOn\":\"2026-10-08\",\"body\":\"法院\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            Api.as(base, "disclosure")
                .post(
                    "cases/" + sealed + "/remedies",
                    "{\"kind\":\"LITIGATION\",\"filedOn\":\"2026-10-08\",\"body\":\"法院\"}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void badParametersAnswer400NamingTheFieldAndWhatIsAllowed() {
    Api admin = Api.as(base, "admin");
    Api.Answer year = admin.get("reports/annual-statistics.pdf?year=20x6");
    assertThat(year.status()).isEqualTo(400);
    assertThat(year.field()).isEqualTo("year");
    assertThat(year.message()).contains("20x6", "YYYY");
    assertThat(admin.get("reports/annual-statistics.xlsx?year=2099").message()).contains("尚未到来");
    Api.Answer month = admin.get("reports/disclosure-timeliness.pdf?from=2024-13&to=2025-01");
    assertThat(month.status()).isEqualTo(400);
    assertThat(month.field()).isEqualTo("from");
    assertThat(month.message()).contains("2024-13", "01–12");
    Api.Answer order = admin.get("reports/disclosure-timeliness.xlsx?from=2025-05&to=2025-03");
    assertThat(order.field()).isEqualTo("from");
    assertThat(order.message()).contains("不能晚于");
    Api.Answer agency = admin.get("reports/annual-statistics.pdf?year=2025&agencyId=999");
    assertThat(agency.status()).isEqualTo(400);
    assertThat(agency.field()).isEqualTo("agencyId");
    assertThat(agency.message()).contains("999", "金东综执");
    assertThat(admin.get("reports/disclosure-timeliness.pdf?to=2025-01").field()).isEqualTo("from");
  }

  @Test
  void anotherAgencyCannotReadJindongFigures() throws IOException {
    Api officer2 = Api.as(base, "officer2");
    Api.Answer refused = officer2.get("reports/annual-statistics.pdf?year=2025&agencyId=1");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("%PDF");
    Api.Answer own = officer2.get("reports/annual-statistics.pdf?year=2025");
    assertThat(own.status()).isEqualTo(200);
    String text = pdfText(own.bytes());
    assertThat(text).contains("忻州经济开发区综合行政执法局").doesNotContain("金东");
    assertThat(officer2.get("reports/disclosure-timeliness.pdf?from=2025-01&to=2025-12").status())
        .isEqualTo(403);
    assertThat(Api.anonymous(base).get("reports/annual-statistics.pdf?year=2025").status())
        .isEqualTo(401);
    // all agencies for those who see all: the demo's 2025 decisions of every agency
    String all =
        pdfText(Api.as(base, "legaloffice").get("reports/annual-statistics.pdf?year=2025").bytes());
    assertThat(all).contains("全部执法机关2025年度", JINDONG, "忻州经济开发区综合行政执法局", "淄博市周村区综合行政执法局");
  }

  @Test
  void aSeededSampleIsReproducibleAndItsReviewPrintsAsAScoreSheet() throws IOException {
    Api officer = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    Cases.sealedCase(officer, number);
    Api reviewer = Api.as(base, "reviewer");
    String request = "{\"year\":2026,\"agencyId\":1,\"count\":3,\"seed\":20260131}";

    Api.Answer first = reviewer.post("reviews/sample", request);
    Api.Answer second = reviewer.post("reviews/sample", request);

    assertThat(first.status()).isEqualTo(201);
    List<Long> picked = caseIds(first.json());
    assertThat(picked).hasSize(3).isEqualTo(caseIds(second.json()));
    assertThat(first.json().getInt("population")).isGreaterThanOrEqualTo(3);
    long sampleId = first.json().getJsonNumber("id").longValue();

    Api.Answer review =
        reviewer.post(
            "reviews",
            """
        {"caseId":%d,"sampleId":%d,"items":[{"code":"C3","deduction":6.5,"reason":"询问笔录未经当事人签名"}],"vetoes":[]}
        """
                .formatted(picked.get(0), sampleId));
    assertThat(review.status()).isEqualTo(201);
    assertThat(review.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("93.5");
    assertThat(review.json().getString("grade")).isEqualTo("优秀");
    long reviewId = review.json().getJsonNumber("id").longValue();
    String caseNumber = review.json().getString("caseNumber");

    Api.Answer pdf = reviewer.get("reports/reviews/" + reviewId + ".pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdfText(pdf.bytes()))
        .contains("案卷评查评分表", caseNumber, "询问笔录未经当事人签名", "93.5", "优秀", "案卷评查员");
    assertThat(Api.as(base, "officer2").get("reports/reviews/" + reviewId + ".pdf").status())
        .isEqualTo(404);

    Api.Answer vetoed =
        reviewer.post("reviews", "{\"caseId\":" + picked.get(1) + ",\"vetoes\":[\"WRONG_PARTY\"]}");
    assertThat(vetoed.json().getString("grade")).isEqualTo("不合格");
    assertThat(vetoed.json().getJsonNumber("total").intValue()).isZero();
  }

  @Test
  void reviewsAreForReviewersAndClosedFilesOnly() {
    Api officer = Api.as(base, "officer");
    long open = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    Api reviewer = Api.as(base, "reviewer");
    Api.Answer notClosed = reviewer.post("reviews", "{\"caseId\":" + open + "}");
    assertThat(notClosed.status()).isEqualTo(409);
    assertThat(notClosed.message()).contains("已结案或已归档");
    assertThat(officer.post("reviews", "{\"caseId\":" + open + "}").status()).isEqualTo(403);
    Api.Answer both =
        reviewer.post(
            "reviews/sample", "{\"year\":2026,\"agencyId\":1,\"count\":3,\"percent\":10}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.field()).isEqualTo("percent");
    assertThat(
            reviewer.post("reviews/sample", "{\"year\":2026,\"agencyId\":2,\"count\":3}").status())
        .isEqualTo(404);
    long closed =
        reviewer
            .get("cases?status=CLOSED&size=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Api.Answer item =
        reviewer.post(
            "reviews",
            "{\"caseId\":"
                + closed
                + ",\"items\":[{\"code\":\"F1\",\"deduction\":9,\"reason\":\"x\"}]}");
    assertThat(item.status()).isEqualTo(400);
    assertThat(item.field()).isEqualTo("items[0].deduction");
    assertThat(item.message()).contains("0 至 5");
  }

  @Test
  void caseDocumentsAreAlsoUnderReports() throws IOException {
    Api officer = Api.as(base, "officer");
    long id = Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    Api.Answer decision = officer.get("reports/cases/" + id + "/decision.pdf");
    assertThat(decision.status()).isEqualTo(200);
    assertThat(pdfText(decision.bytes())).contains("行政处罚决定书");
    assertThat(officer.get("reports/cases/" + id + "/cover.pdf").status()).isEqualTo(200);
    assertThat(Api.as(base, "officer2").get("reports/cases/" + id + "/decision.pdf").status())
        .isEqualTo(404);
    assertThat(officer.get("reports").body())
        .contains("disclosure-timeliness", "annual-statistics", "reviews/{id}.pdf");
  }

  // --- helpers

  private long decided(Api officer, LocalDate day) {
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    Cases.milestone(officer, id, "FILED", day.minusDays(20), null);
    // a week before: the 3-working-day statement period has run out by the decision day
    Cases.milestone(officer, id, "ADVANCE_NOTICE", day.minusDays(7), null);
    Cases.milestone(officer, id, "DECIDED", day, "金东综执罚决字〔2019〕第" + id + "号");
    return id;
  }

  /** Publication is another feature's step; the report only reads its outcome. */
  private static void published(long caseId, OffsetDateTime at) throws Exception {
    try (Connection c = Db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE disclosure_record SET status = 'PUBLISHED', published_at = ? WHERE case_id = ?")) {
      s.setObject(1, at);
      s.setLong(2, caseId);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static List<Long> caseIds(JsonObject sample) {
    return sample.getJsonArray("cases").stream()
        .map(v -> v.asJsonObject().getJsonNumber("caseId").longValue())
        .toList();
  }

  static String pdfText(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc).replaceAll("[ \\t]+", " ");
    }
  }

  /** The cells (as shown) of the first row whose cells include the value. */
  static List<String> xlsxRow(byte[] xlsx, String value) throws IOException {
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.BLANK) cells.add(format.formatCellValue(cell).trim());
        }
        if (cells.contains(value)) return cells;
      }
    }
    throw new AssertionError("no row with " + value);
  }
}
