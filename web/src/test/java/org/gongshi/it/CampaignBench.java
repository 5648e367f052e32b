package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, run on its own (not an *IT, so never in the normal suite): {@code
 * -Dit.test=CampaignBench -Dgongshi.bench.cases=100000}. Generates a large agency of sealed general
 * cases by SQL (officers, milestones, penalty, party and the nine required documents each), then
 * times a 500-file campaign: the draw, the assignment and the twelve pre-checks of every file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignBench {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  static final String[][] DOCS = {
    {"FILING_APPROVAL", "立案审批表"},
    {"INQUIRY_RECORD", "询问笔录"},
    {"EVIDENCE", "证据材料"},
    {"ADVANCE_NOTICE", "行政处罚事先告知书"},
    {"INVESTIGATION_END_REPORT", "调查终结报告"},
    {"DECISION", "行政处罚决定书"},
    {"SERVICE_RECEIPT", "送达回证"},
    {"CLOSING_REPORT", "结案报告"},
    {"REFERENCE_SHEET", "备考表"}
  };

  @Test
  void a500FileCampaignOnALargeDatabase() throws Exception {
    int n = Integer.getInteger("gongshi.bench.cases", 100_000);
    long agency;
    long t0 = System.nanoTime();
    try (Connection db = Db.connect()) {
      boolean pg = db.getMetaData().getURL().startsWith("jdbc:postgresql");
      String range = pg ? "generate_series(1, " + n + ") AS r(x)" : "SYSTEM_RANGE(1, " + n + ") r";
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.executeUpdate(
            "INSERT INTO agency (name, short_name, uscc, region) VALUES"
                + " ('基准测试综合行政执法局', '基准综执', '11330703MB0000001', '基准')");
        agency = id(s, "SELECT MAX(id) FROM agency");
        s.executeUpdate(
            "INSERT INTO officer (agency_id, name, certificate_no, valid_until) VALUES"
                + " ("
                + agency
                + ", '基准甲', '99000001', DATE '2028-12-31'),"
                + " ("
                + agency
                + ", '基准乙', '99000002', DATE '2028-12-31')");
        long o2 = id(s, "SELECT MAX(id) FROM officer");
        s.executeUpdate(
            "INSERT INTO enforcement_case (agency_id, case_number, title, procedure_kind, source,"
                + " status, violation, legal_basis, created_at, created_by, version) SELECT "
                + agency
                + ", CONCAT('基准综执立字〔2024〕第', r.x, '号'), '未经批准擅自占用城市道路', 'GENERAL',"
                + " 'PATROL', 'SEALED', '当事人擅自占用城市道路堆放建筑材料。', '《城市道路管理条例》第二十七条',"
                + " CURRENT_TIMESTAMP, 'bench', 0 FROM "
                + range);
        String cases = " FROM enforcement_case c WHERE c.agency_id = " + agency;
        for (String[] m :
            new String[][] {
              {"FILED", "2024-03-01"},
              {"INVESTIGATION_ENDED", "2024-03-15"},
              {"ADVANCE_NOTICE", "2024-03-20"},
              {"DECIDED", "2024-04-08"},
              {"CLOSED", "2024-05-06"}
            })
          s.executeUpdate(
              "INSERT INTO case_milestone (case_id, kind, milestone_day) SELECT c.id, '"
                  + m[0]
                  + "', DATE '"
                  + m[1]
                  + "'"
                  + cases);
        s.executeUpdate(
            "INSERT INTO case_officer (case_id, officer_id) SELECT c.id, " + o2 + cases);
        s.executeUpdate(
            "INSERT INTO case_officer (case_id, officer_id) SELECT c.id, " + (o2 - 1) + cases);
        s.executeUpdate(
            "INSERT INTO case_penalty (case_id, position, kind, amount) SELECT c.id, 0, 'FINE', 20000"
                + cases);
        s.executeUpdate(
            "INSERT INTO case_party (case_id, position, kind, name, uscc, legal_representative, minor)"
                + " SELECT c.id, 0, 'ORGANISATION', '基准建材有限公司', '91110000802100433B', '王建国', FALSE"
                + cases);
        for (int i = 0; i < DOCS.length; i++)
          s.executeUpdate(
              "INSERT INTO case_document (case_id, doc_type, title, position, created_at, created_by)"
                  + " SELECT c.id, '"
                  + DOCS[i][0]
                  + "', '"
                  + DOCS[i][1]
                  + "', "
                  + (i + 1)
                  + ", CURRENT_TIMESTAMP, 'bench'"
                  + cases);
      }
      db.commit();
    }
    long generated = (System.nanoTime() - t0) / 1_000_000;
    long total;
    try (Connection db = Db.connect();
        Statement s = db.createStatement()) {
      total = id(s, "SELECT COUNT(*) FROM enforcement_case");
    }

    Api legal = Api.as(base, "legaloffice");
    StringBuilder out = new StringBuilder();
    out.append("cases in database: ")
        .append(total)
        .append(" (generated ")
        .append(n)
        .append(" in ")
        .append(generated)
        .append(" ms)\n");
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      Api.Answer a =
          legal.post(
              "review-campaigns",
              """
              {"name":"基准评查 %d","kind":"AD_HOC","decidedFrom":"2024-01-01","decidedTo":"2024-12-31",
               "agencyIds":[%d],"percent":0.5,"minPerAgency":3,"seed":%d,"reviewers":["reviewer"]}
              """
                  .formatted(round, agency, round));
      long wall = (System.nanoTime() - start) / 1_000_000;
      assertThat(a.status()).as(a.body()).isEqualTo(201);
      JsonObject c = a.json();
      int files = c.getJsonArray("files").size();
      long pre = c.getJsonNumber("precheckMillis").longValue();
      out.append(
          String.format(
              "round %d: %d files drawn from %d; pre-checks %d ms (%.2f ms a file); whole request %d ms%n",
              round, files, c.getInt("population"), pre, pre / (double) files, wall));
      assertThat(files).isEqualTo(500);
    }
    System.out.println(out);
    Files.writeString(Path.of("target", "campaign-bench.txt"), out.toString());
  }

  private static long id(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
