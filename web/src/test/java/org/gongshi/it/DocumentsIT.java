package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongshi.platform.id.Uscc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Official PDFs read back from the server (serif face embedded, people by their names, documents by
 * their own dates) and a demo history a user can believe (one credit code per company, each agency
 * under its own province's rules, most decisions published in time).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {
  private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.MM.dd");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void coverNamesTheCompilerAndDatesEachDocumentWithItsOwnDate() throws Exception {
    long sealed = demoSealedCase();
    byte[] pdf = Api.as(base, "officer").get("cases/" + sealed + "/cover.pdf").bytes();
    String text = squash(text(pdf));
    assertThat(fonts(pdf)).isNotEmpty().allMatch(f -> f.contains("NotoSerifSC"));
    assertThat(text).contains("立卷人" + officerName("officer")).doesNotContain("立卷人officer");
    List<LocalDate> dates = documentDates(sealed);
    assertThat(dates).isNotEmpty().doesNotContainNull();
    for (LocalDate d : dates) assertThat(text).contains(DOTTED.format(d));
    assertThat(text).doesNotContain("上传日");
  }

  @Test
  void aDocumentDateIsEnteredWithTheDocumentAndAnUnknownOneSaysUploadDay() throws Exception {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    Api.Answer dated =
        officer.post(
            "cases/" + id + "/documents",
            "{\"type\":\"INQUIRY_RECORD\",\"title\":\"询问笔录（第一次）\",\"documentDate\":\"2026-03-02\"}");
    assertThat(dated.status()).isEqualTo(201);
    assertThat(dated.json().getString("documentDate")).isEqualTo("2026-03-02");
    Cases.addDocument(officer, id, "EVIDENCE");
    Api.Answer future =
        officer.post(
            "cases/" + id + "/documents",
            "{\"type\":\"EVIDENCE\",\"documentDate\":\"" + LocalDate.now().plusDays(30) + "\"}");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.field()).isEqualTo("documentDate");
    assertThat(future.message()).contains("不能是将来的日期");

    String text = squash(text(officer.get("cases/" + id + "/cover.pdf").bytes()));
    String today = DOTTED.format(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(text).contains("询问笔录（第一次）2026.03.02").contains("证据材料" + today);
    assertThat(text).containsOnlyOnce("上传日");
  }

  @Test
  void filingReportNamesTheContactPersonNotTheLogin() throws Exception {
    Api officer = Api.as(base, "officer");
    // a major decision comes after its legal review and collective discussion (MajorDecisionsIT)
    long major = MajorCases.filedMajorCase(base, LocalDate.now(ZoneId.of("Asia/Shanghai")))[0];
    byte[] pdf = officer.get("cases/" + major + "/filing-report.pdf").bytes();
    String text = squash(text(pdf));
    assertThat(fonts(pdf)).allMatch(f -> f.contains("NotoSerifSC"));
    assertThat(text).contains("联系人：" + officerName("officer")).doesNotContain("联系人：officer");
    // the signature block shares its page with the contact line
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper last = new PDFTextStripper();
      last.setStartPage(doc.getNumberOfPages());
      String lastPage = squash(last.getText(doc));
      assertThat(lastPage).contains("联系人：", "（印章）");
    }
  }

  @Test
  void demoCompaniesHaveOneValidCreditCodeEachAndStayInTheirProvince() throws SQLException {
    Map<String, Set<String>> codesByName = new HashMap<>();
    Map<String, Set<String>> namesByCode = new HashMap<>();
    List<String> misplaced = new ArrayList<>();
    try (Connection c = Db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT p.name, p.uscc, p.address, a.region, e.legal_basis FROM case_party p"
                    + " JOIN enforcement_case e ON e.id = p.case_id"
                    + " JOIN agency a ON a.id = e.agency_id WHERE e.case_number LIKE ?")) {
      s.setString(1, "%字〔202_〕第__号");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String province = r.getString("region").substring(0, 2);
          if (r.getString("uscc") != null) {
            codesByName
                .computeIfAbsent(r.getString("name"), k -> new HashSet<>())
                .add(r.getString("uscc"));
            namesByCode
                .computeIfAbsent(r.getString("uscc"), k -> new HashSet<>())
                .add(r.getString("name"));
            assertThat(Uscc.isValid(r.getString("uscc"))).as(r.getString("uscc")).isTrue();
          }
          if (!r.getString("address").startsWith(province)) misplaced.add(r.getString("address"));
          String basis = r.getString("legal_basis");
          for (String other : List.of("浙江", "山西", "山东")) {
            if (!other.equals(province) && basis.contains(other + "省")) misplaced.add(basis);
          }
        }
      }
    }
    assertThat(codesByName).hasSizeGreaterThan(5);
    assertThat(codesByName.values()).as("one credit code per company").allMatch(v -> v.size() == 1);
    assertThat(namesByCode.values()).as("one company per credit code").allMatch(v -> v.size() == 1);
    assertThat(misplaced).as("addresses and regulations of another province").isEmpty();
  }

  @Test
  void demoDecisionsWerePublishedOnTheirOwnDaysMostlyInTime() throws SQLException {
    int onTime = 0;
    int late = 0;
    Set<LocalDate> days = new HashSet<>();
    try (Connection c = Db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT deadline, published_at FROM disclosure_record"
                    + " WHERE published_at IS NOT NULL AND deadline IS NOT NULL AND case_number LIKE ?")) {
      s.setString(1, "%字〔2025〕第__号");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          LocalDate published =
              r.getObject("published_at", java.time.OffsetDateTime.class)
                  .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                  .toLocalDate();
          days.add(published);
          if (published.isAfter(r.getObject("deadline", LocalDate.class))) late++;
          else onTime++;
        }
      }
    }
    int all = onTime + late;
    assertThat(all).as("the demo's 2025 decisions are published").isGreaterThan(15);
    assertThat(late).as("a few late").isGreaterThan(0);
    assertThat(onTime).as("most on time").isGreaterThanOrEqualTo(all * 3 / 4);
    assertThat(days).as("each on its own day").hasSizeGreaterThan(all / 2);
  }

  // --- helpers

  private static long demoSealedCase() throws SQLException {
    try (Connection c = Db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT MIN(id) FROM enforcement_case WHERE status = 'SEALED' AND agency_id = 1"
                    + " AND case_number LIKE ?")) {
      s.setString(1, "%立字〔202_〕第__号");
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static List<LocalDate> documentDates(long caseId) throws SQLException {
    List<LocalDate> out = new ArrayList<>();
    try (Connection c = Db.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT document_date FROM case_document WHERE case_id = ?")) {
      s.setLong(1, caseId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) out.add(r.getObject(1, LocalDate.class));
      }
    }
    return out;
  }

  private static String officerName(String username) throws SQLException {
    try (Connection c = Db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT o.name FROM app_user u JOIN officer o ON o.id = u.officer_id"
                    + " WHERE u.username = ?")) {
      s.setString(1, username);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static Set<String> fonts(byte[] pdf) throws IOException {
    Set<String> names = new HashSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName n : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(n);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
          names.add(f.getName());
        }
      }
    }
    return names;
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
  }
}
