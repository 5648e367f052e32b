package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gongshi.catalog.control.CatalogItemData;
import org.gongshi.catalog.control.SampleCatalog;
import org.gongshi.catalog.control.io.CatalogWriter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Power-list import (dry run, all-or-nothing), versions by date, and the discretion check on
 * decisions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  static List<CatalogItemData> items(int n, String prefix) {
    List<CatalogItemData> out = new ArrayList<>();
    for (CatalogItemData d : SampleCatalog.items(n, 7)) {
      out.add(
          new CatalogItemData(
              prefix + d.code(),
              d.name(),
              d.kind(),
              d.domain(),
              d.enforcementUnit(),
              d.supervisingDepartment(),
              d.exerciseMode(),
              d.legalBasis(),
              d.statutoryRange(),
              d.responsibilities(),
              d.accountability(),
              d.supervision(),
              d.levels()));
    }
    return out;
  }

  static byte[] csv(List<CatalogItemData> items) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogWriter.writeCsv(items, out);
    return out.toByteArray();
  }

  static byte[] xlsx(List<CatalogItemData> items) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogWriter.writeXlsx(items, out);
    return out.toByteArray();
  }

  static String agencyId(Api admin, int index) {
    return String.valueOf(
        admin
            .get("reference/agencies")
            .array()
            .getJsonObject(index)
            .getJsonNumber("id")
            .longValue());
  }

  static Api.Answer importFile(
      Api admin, String agency, String name, byte[] bytes, String date, boolean dryRun) {
    return admin.uploadForm(
        "catalog/" + agency + "/import",
        name,
        bytes,
        java.util.Map.of(
            "effectiveFrom", date, "reason", "依据条例修订调整清单", "dryRun", String.valueOf(dryRun)));
  }

  static int publicCount(Api api, String agency) {
    return api.get("public/catalog?agencyId=" + agency).array().size();
  }

  @Test
  void badFilesAreRejectedWithRowAndReasonAndChangeNothing() throws Exception {
    Api admin = Api.as(base, "admin");
    String agency = agencyId(admin, 2);
    int before = publicCount(admin, agency);
    String p = "B" + UUID.randomUUID().toString().substring(0, 5);
    List<CatalogItemData> good = items(5, p);

    String text = new String(csv(good), StandardCharsets.UTF_8);
    Api.Answer a =
        importFile(admin, agency, "清单.csv", csvWith(good, 2, "事项类型", "行政罚没"), "2026-12-01", false);
    assertThat(a.status()).isEqualTo(400);
    JsonObject kindProblem = a.json().getJsonArray("problems").getJsonObject(0);
    assertThat(kindProblem.getInt("row")).isEqualTo(4);
    assertThat(kindProblem.getString("column")).isEqualTo("事项类型");
    assertThat(kindProblem.getString("message")).contains("行政处罚");

    List<CatalogItemData> dup = new ArrayList<>(good);
    dup.add(good.get(0));
    Api.Answer d = importFile(admin, agency, "清单.csv", csv(dup), "2026-12-01", false);
    assertThat(d.status()).isEqualTo(400);
    assertThat(d.body()).contains("重复");

    Api.Answer noBasis =
        importFile(admin, agency, "清单.csv", csvWith(good, 1, "设定依据-法律", ""), "2026-12-01", false);
    assertThat(noBasis.status()).isEqualTo(400);
    JsonObject problem = noBasis.json().getJsonArray("problems").getJsonObject(0);
    assertThat(problem.getInt("row")).isEqualTo(3);
    assertThat(problem.getString("column")).isEqualTo("设定依据-法律");

    Api.Answer gbk =
        importFile(
            admin, agency, "清单.csv", text.getBytes(Charset.forName("GBK")), "2026-12-01", false);
    assertThat(gbk.status()).isEqualTo(400);
    assertThat(gbk.body()).contains("UTF-8");

    byte[] huge = new byte[50 * 1024 * 1024];
    Api.Answer big = importFile(admin, agency, "清单.xlsx", huge, "2026-12-01", false);
    assertThat(big.status()).isEqualTo(400);
    assertThat(big.body()).contains("上限");

    Api.Answer notCatalog =
        importFile(admin, agency, "清单.pdf", SampleFiles.pdf("不是清单"), "2026-12-01", false);
    assertThat(notCatalog.status()).isEqualTo(400);
    assertThat(
            Api.as(base, "officer")
                .uploadForm(
                    "catalog/" + agency + "/import",
                    "清单.csv",
                    csv(good),
                    java.util.Map.of(
                        "effectiveFrom", "2026-12-01", "reason", "x", "dryRun", "false"))
                .status())
        .isEqualTo(403);

    assertThat(publicCount(admin, agency)).isEqualTo(before);
  }

  /** A CSV of the items with one cell of one item replaced. */
  static byte[] csvWith(List<CatalogItemData> items, int itemIndex, String column, String value)
      throws Exception {
    List<String> headers = org.gongshi.catalog.control.io.CatalogFormat.headers();
    int col = headers.indexOf(column);
    StringBuilder sb = new StringBuilder();
    try (var printer =
        new org.apache.commons.csv.CSVPrinter(sb, org.apache.commons.csv.CSVFormat.DEFAULT)) {
      printer.printRecord(headers);
      for (int i = 0; i < items.size(); i++) {
        List<String> row =
            new ArrayList<>(org.gongshi.catalog.control.io.CatalogFormat.toRow(items.get(i)));
        if (i == itemIndex) row.set(col, value);
        printer.printRecord(row);
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void importIsDryRunFirstThenVersionedByEffectiveDate() throws Exception {
    Api admin = Api.as(base, "admin");
    String agency = agencyId(admin, 2);
    String p = "V" + UUID.randomUUID().toString().substring(0, 5);
    List<CatalogItemData> items = items(4, p);
    int before = publicCount(admin, agency);

    Api.Answer dry = importFile(admin, agency, "清单.xlsx", xlsx(items), "2026-01-01", true);
    assertThat(dry.status()).as(dry.body()).isEqualTo(200);
    assertThat(dry.json().getBoolean("applied")).isFalse();
    assertThat(dry.json().getInt("added")).isEqualTo(4);
    assertThat(publicCount(admin, agency)).isEqualTo(before);

    Api.Answer done = importFile(admin, agency, "清单.xlsx", xlsx(items), "2026-01-01", false);
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    assertThat(publicCount(admin, agency)).isEqualTo(before + 4);

    CatalogItemData first = items.get(0);
    List<CatalogItemData> renamed = new ArrayList<>(items);
    renamed.set(
        0,
        new CatalogItemData(
            first.code(),
            first.name() + "（2026年修订）",
            first.kind(),
            first.domain(),
            first.enforcementUnit(),
            first.supervisingDepartment(),
            first.exerciseMode(),
            first.legalBasis(),
            first.statutoryRange(),
            first.responsibilities(),
            first.accountability(),
            first.supervision(),
            first.levels()));
    assertThat(importFile(admin, agency, "清单.csv", csv(renamed), "2026-09-01", false).status())
        .isEqualTo(201);

    JsonObject before1 =
        Api.anonymous(base)
            .get("public/catalog/" + agency + "/items/" + first.code() + "?date=2026-08-31")
            .json();
    JsonObject after1 =
        Api.anonymous(base)
            .get("public/catalog/" + agency + "/items/" + first.code() + "?date=2026-09-01")
            .json();
    assertThat(before1.getJsonObject("summary").getString("name")).isEqualTo(first.name());
    assertThat(after1.getJsonObject("summary").getString("name")).endsWith("（2026年修订）");
    assertThat(after1.getJsonArray("history")).hasSize(2);
    var found =
        Api.anonymous(base)
            .get(
                "public/catalog?agencyId="
                    + agency
                    + "&q="
                    + java.net.URLEncoder.encode(
                        first.name() + "（2026年修订）", StandardCharsets.UTF_8))
            .array();
    assertThat(found.stream().map(v -> v.asJsonObject().getString("code")).toList())
        .contains(first.code());
    assertThat(
            Api.anonymous(base)
                .get("public/catalog/" + agency + "/items/" + first.code() + "?date=2025-12-31")
                .status())
        .isEqualTo(404);

    CatalogItemData second = renamed.get(0);
    renamed.set(
        0,
        new CatalogItemData(
            second.code(),
            second.name() + "又改",
            second.kind(),
            second.domain(),
            second.enforcementUnit(),
            second.supervisingDepartment(),
            second.exerciseMode(),
            second.legalBasis(),
            second.statutoryRange(),
            second.responsibilities(),
            second.accountability(),
            second.supervision(),
            second.levels()));
    Api.Answer earlier = importFile(admin, agency, "清单.csv", csv(renamed), "2026-08-01", false);
    assertThat(earlier.status()).as("a version effective before the last one").isEqualTo(400);
  }

  @Test
  void thePublicFindsItemsByWordsOfTheirLegalBasis() {
    var all = Api.anonymous(base).get("public/catalog").array();
    var found =
        Api.anonymous(base)
            .get("public/catalog?q=" + java.net.URLEncoder.encode("城乡规划法", StandardCharsets.UTF_8))
            .array();
    assertThat(found).isNotEmpty();
    assertThat(found.size()).isLessThan(all.size());
    assertThat(found.stream().map(v -> v.asJsonObject().getString("legalBasis")))
        .anySatisfy(b -> assertThat(b).contains("城乡规划法"));
    Api.Answer pdf = Api.anonymous(base).get("public/catalog/classification.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(Api.anonymous(base).get("public/catalog/classification.doc").status())
        .isEqualTo(400);
  }

  @Test
  void fourThousandItemsImportAsOneCatalog() throws Exception {
    Api admin = Api.as(base, "admin");
    String agency = agencyId(admin, 1);
    int before = publicCount(admin, agency);
    byte[] file = xlsx(items(4000, "K" + UUID.randomUUID().toString().substring(0, 4)));
    long start = System.nanoTime();
    Api.Answer done = importFile(admin, agency, "金东区权责清单.xlsx", file, "2026-02-01", false);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("catalog import: 4,000 items, %,d bytes XLSX, %,d ms%n", file.length, millis);
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    assertThat(done.json().getInt("added")).isEqualTo(4000);
    assertThat(publicCount(admin, agency)).isEqualTo(before + 4000);
  }

  @Test
  void aFineOutsideTheDiscretionLevelIsRefusedWithoutAWrittenReason() {
    Api officer = Api.as(base, "officer");
    JsonObject item =
        Api.anonymous(base)
            .get("public/catalog?agencyId=" + agencyId(Api.as(base, "admin"), 0))
            .array()
            .stream()
            .map(v -> v.asJsonObject())
            .filter(i -> i.getString("kind").equals("行政处罚"))
            .map(
                i ->
                    Api.anonymous(base)
                        .get(
                            "public/catalog/"
                                + i.getJsonNumber("agencyId")
                                + "/items/"
                                + i.getString("code"))
                        .json())
            .filter(
                i ->
                    i.getJsonArray("levels").stream()
                        .anyMatch(l -> l.asJsonObject().containsKey("fineRange")))
            .findFirst()
            .orElseThrow();
    String code = item.getJsonObject("summary").getString("code");
    JsonObject level =
        item.getJsonArray("levels").stream()
            .map(v -> v.asJsonObject())
            .filter(l -> l.containsKey("fineRange"))
            .findFirst()
            .orElseThrow();
    String levelName = level.getString("name");
    java.util.List<Long> bounds =
        java.util.regex.Pattern.compile("\\d+")
            .matcher(level.getString("fineRange").replace(",", ""))
            .results()
            .map(m -> Long.parseLong(m.group()))
            .toList();
    long tooMuch =
        bounds.get(bounds.size() - 1) + 1; // just above the level, within what the law allows

    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replace("\"amount\":20000", "\"amount\":" + tooMuch)
            .replaceFirst(
                "\\}\\s*$",
                ",\"catalogCode\":\"" + code + "\",\"discretionLevel\":\"" + levelName + "\"}");
    long id = Cases.open(officer, json);
    assertThat(officer.get("cases/" + id).json().getString("discretionStatus"))
        .contains(levelName)
        .contains("书面理由");
    LocalDate filed = LocalDate.of(2026, 10, 8);
    Cases.milestone(officer, id, "FILED", filed, null);
    // notice on 10-09: the statement and hearing windows have run out by the decision on 10-20
    Cases.milestone(officer, id, "ADVANCE_NOTICE", filed.plusDays(1), null);
    Api.Answer refused =
        officer.post(
            "cases/" + id + "/milestones",
            "{\"kind\":\"DECIDED\",\"day\":\"2026-10-20\",\"decisionNumber\":\"金东综执罚决字〔2026〕第"
                + id
                + "号\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.field()).isEqualTo("discretionLevel");
    assertThat(refused.message()).contains(levelName).contains("书面理由");

    String withReason =
        json.replaceFirst("\\}\\s*$", ",\"discretionReason\":\"当事人拒不改正且造成较大社会影响，经集体讨论从重\"}")
            .replace(",\"discretionReason\"", ",\"discretionReason\"");
    Api.Answer updated = officer.put("cases/" + id, withReason);
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().getString("discretionStatus")).contains("已附书面理由");
    Cases.milestone(
        officer, id, "DECIDED", LocalDate.of(2026, 10, 20), "金东综执罚决字〔2026〕第" + id + "号");
    assertThat(officer.get("cases/" + id + "/audit").body()).contains("法制审核");
  }
}
