package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hash chain detects a row altered directly in the database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void verificationNamesTheFirstRowAlteredInTheDatabase() throws Exception {
    Api officer = Api.as(base, "officer");
    Api admin = Api.as(base, "admin");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long seq =
        officer
            .get("cases/" + id + "/audit")
            .array()
            .getJsonObject(0)
            .getJsonNumber("seq")
            .longValue();
    assertThat(admin.get("audit/verify").json().getBoolean("intact")).isTrue();

    try (Connection db = Db.connect()) {
      String original;
      try (PreparedStatement q =
          db.prepareStatement("SELECT detail FROM audit_event WHERE seq = ?")) {
        q.setLong(1, seq);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          original = rs.getString(1);
        }
      }
      try {
        update(db, seq, original.replace("立案登记", "立案登记（已篡改）"));

        JsonObject report = admin.get("audit/verify").json();

        assertThat(report.getBoolean("intact")).isFalse();
        assertThat(report.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(seq);
        assertThat(report.getString("problem")).contains("篡改");
      } finally {
        update(db, seq, original);
      }
    }
    assertThat(admin.get("audit/verify").json().getBoolean("intact")).isTrue();
  }

  private static void update(Connection db, long seq, String detail) throws Exception {
    try (PreparedStatement u =
        db.prepareStatement("UPDATE audit_event SET detail = ? WHERE seq = ?")) {
      u.setString(1, detail);
      u.setLong(2, seq);
      assertThat(u.executeUpdate()).isEqualTo(1);
    }
  }
}
