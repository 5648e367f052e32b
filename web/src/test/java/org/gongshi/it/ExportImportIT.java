package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A sealed case leaves as one ZIP and comes back from it, byte for byte. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportImportIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void exportThenImportIntoAnEmptyArchiveGivesTheSameBytes() throws Exception {
    Api officer = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    long id = Cases.sealedCase(officer, number);
    Api.Answer first = officer.get("cases/" + id + "/export");
    assertThat(first.status()).isEqualTo(200);

    List<String> names = new ArrayList<>();
    String manifest = null;
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(first.bytes()), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        names.add(e.getName());
        if (e.getName().equals("manifest.json"))
          manifest = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    assertThat(names.get(0)).isEqualTo("manifest.json");
    assertThat(names.get(1)).startsWith("files/001-立案审批表/");
    assertThat(names).hasSize(1 + Cases.GENERAL_REQUIRED.size());
    assertThat(manifest).contains(number).contains("sha256");

    Api.Answer duplicate = officer.postBytes("cases/import", "application/zip", first.bytes());
    assertThat(duplicate.status()).isEqualTo(409);

    removeCase(id); // the archive loses the case (a new server, a restore)

    Api.Answer imported = officer.postBytes("cases/import", "application/zip", first.bytes());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    long newId = imported.json().getJsonNumber("id").longValue();
    assertThat(imported.json().getString("status")).isEqualTo("SEALED");
    Api.Answer second = officer.get("cases/" + newId + "/export");
    assertThat(second.bytes()).isEqualTo(first.bytes());
  }

  @Test
  void aTamperedPackageIsRefused() throws Exception {
    Api officer = Api.as(base, "officer");
    long id = Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    byte[] zip = officer.get("cases/" + id + "/export").bytes();
    removeCase(id);
    byte[] tampered = zip.clone();
    // flip a byte in the last stored file's data (before the central directory)
    int central = lastIndexOf(tampered, new byte[] {0x50, 0x4b, 0x01, 0x02});
    tampered[central - 40] ^= 0x01;
    Api.Answer refused = officer.postBytes("cases/import", "application/zip", tampered);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).containsAnyOf("SHA-256", "ZIP");
  }

  /** The entries of a ZIP, in order. */
  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
    }
    return out;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void theImporterIsTheAuthorAndFileNamesLoseTheirPaths() throws Exception {
    Api officer = Api.as(base, "officer");
    long id = Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    Map<String, byte[]> entries = unzip(officer.get("cases/" + id + "/export").bytes());
    removeCase(id);
    String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
    String firstName = manifest.replaceFirst("(?s).*?\"fileName\": \"([^\"]+)\".*", "$1");
    manifest =
        manifest
            .replace(
                "\"fileName\": \"" + firstName + "\"", "\"fileName\": \"../../../../evil.txt\"")
            .replaceAll("\"(createdBy|uploadedBy|sealedBy)\": \"officer\"", "\"$1\": \"admin\"");
    entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));

    Api.Answer imported = officer.postBytes("cases/import", "application/zip", zip(entries));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    long newId = imported.json().getJsonNumber("id").longValue();
    JsonObject c = officer.get("cases/" + newId).json();
    assertThat(c.getString("createdBy")).isEqualTo("officer");
    assertThat(c.getString("sealedBy")).isEqualTo("officer");
    List<String> names = new ArrayList<>();
    for (JsonValue d : c.getJsonArray("documents")) {
      assertThat(d.asJsonObject().getString("createdBy")).isEqualTo("officer");
      for (JsonValue f : d.asJsonObject().getJsonArray("files")) {
        assertThat(f.asJsonObject().getString("uploadedBy")).isEqualTo("officer");
        names.add(f.asJsonObject().getString("fileName"));
      }
    }
    assertThat(names).contains("evil.txt").noneMatch(n -> n.contains("/") || n.contains(".."));
    // the package's own authors stay in the audit trail as imported history
    assertThat(officer.get("cases/" + newId + "/audit").body()).contains("归档包原记录", "admin");
    // and the export carries only clean names
    assertThat(unzip(officer.get("cases/" + newId + "/export").bytes()).keySet())
        .noneMatch(n -> n.contains(".."));
  }

  @Test
  void aPackageThatInflatesBeyondTheLimitIsRefusedWith413() throws Exception {
    Api officer = Api.as(base, "officer");
    long id = Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    Map<String, byte[]> entries = unzip(officer.get("cases/" + id + "/export").bytes());
    removeCase(id);
    // one file of the package becomes 6 MB of zeros (a few KB compressed): more than the
    // tests' upload limit of 5,000,000 bytes
    String path = entries.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().get();
    byte[] big = new byte[6_000_000];
    String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
    String oldSha =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(path)));
    String newSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big));
    entries.put("manifest.json", manifest.replace(oldSha, newSha).getBytes(StandardCharsets.UTF_8));
    entries.put(path, big);
    byte[] zip = zip(entries);
    assertThat(zip.length).isLessThan(200_000);

    Api.Answer refused = officer.postBytes("cases/import", "application/zip", zip);
    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    assertThat(refused.message()).contains("上限");
  }

  @Test
  void aPackageThatBreaksACaseRuleIsRefusedNamingCaseFieldAndRuleAndNothingIsStored()
      throws Exception {
    Api officer = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    long id = Cases.sealedCase(officer, number);
    Map<String, byte[]> entries = unzip(officer.get("cases/" + id + "/export").bytes());
    removeCase(id);
    String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest)
        .contains("\"DECIDED\": \"2026-09-21\"", "\"uscc\": \"91110000802100433B\"");
    // hostile variant → {field, words of the rule}
    Map<String, String[]> hostile = new LinkedHashMap<>();
    hostile.put(
        manifest.replace("\"DECIDED\": \"2026-09-21\"", "\"DECIDED\": \"2026-08-20\""),
        new String[] {"milestones.DECIDED", "不能早于"});
    hostile.put(
        manifest.replaceFirst("\"ADVANCE_NOTICE\": \"[0-9-]+\",\\s*", ""),
        new String[] {"milestones.DECIDED", "事先告知"});
    hostile.put(
        manifest.replace("91110000802100433B", "91110000802100433X"),
        new String[] {"parties[0].uscc", "统一社会信用代码"});
    hostile.put(
        manifest
            .replace("\"ORGANISATION\"", "\"NATURAL_PERSON\"")
            .replace("\"uscc\": \"91110000802100433B\"", "\"idNumber\": \"110105194912310021\""),
        new String[] {"parties[0].idNumber", "身份证"});
    hostile.put(
        manifest.replace("\"FILED\": \"2026-09-01\"", "\"FILED\": \"0000-01-01\""),
        new String[] {"milestones.FILED", "1949-10-01"});

    for (var h : hostile.entrySet()) {
      entries.put("manifest.json", h.getKey().getBytes(StandardCharsets.UTF_8));
      Api.Answer refused = officer.postBytes("cases/import", "application/zip", zip(entries));
      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      assertThat(refused.field()).as(refused.body()).isEqualTo(h.getValue()[0]);
      assertThat(refused.message()).contains(number, h.getValue()[1], "未导入");
      assertThat(casesNumbered(number)).as(refused.body()).isZero();
    }
    // the package as exported still imports
    entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
    Api.Answer imported = officer.postBytes("cases/import", "application/zip", zip(entries));
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    // another case carrying the same decision number is refused
    String other = Cases.uniqueNumber("金东综执");
    entries.put("manifest.json", manifest.replace(number, other).getBytes(StandardCharsets.UTF_8));
    Api.Answer twice = officer.postBytes("cases/import", "application/zip", zip(entries));
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(twice.field()).isEqualTo("decisionNumber");
    assertThat(casesNumbered(other)).isZero();
  }

  private static long casesNumbered(String number) throws Exception {
    try (Connection db = Db.connect();
        PreparedStatement ps =
            db.prepareStatement("SELECT COUNT(*) FROM enforcement_case WHERE case_number = ?")) {
      ps.setString(1, number);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static int lastIndexOf(byte[] data, byte[] pattern) {
    for (int i = data.length - pattern.length; i >= 0; i--) {
      boolean match = true;
      for (int j = 0; j < pattern.length && match; j++) match = data[i + j] == pattern[j];
      if (match) {
        int first = i;
        // walk back to the first central-directory header
        for (int k = i - 1; k >= 0; k--) {
          boolean m = true;
          for (int j = 0; j < pattern.length && m; j++) m = data[k + j] == pattern[j];
          if (m) first = k;
        }
        return first;
      }
    }
    throw new AssertionError("not a zip");
  }

  private static void removeCase(long id) throws Exception {
    try (Connection db = Db.connect()) {
      db.setAutoCommit(false);
      String[] statements = {
        "DELETE FROM stored_file WHERE document_id IN (SELECT id FROM case_document WHERE case_id = ?)",
        "DELETE FROM case_document WHERE case_id = ?",
        "DELETE FROM case_party WHERE case_id = ?",
        "DELETE FROM case_officer WHERE case_id = ?",
        "DELETE FROM case_penalty WHERE case_id = ?",
        "DELETE FROM case_milestone WHERE case_id = ?",
        "DELETE FROM case_annotation WHERE case_id = ?",
        "DELETE FROM disclosure_record WHERE case_id = ?",
        "DELETE FROM enforcement_case WHERE id = ?"
      };
      for (String sql : statements) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
          ps.setLong(1, id);
          ps.executeUpdate();
        }
      }
      db.commit();
    }
  }
}
