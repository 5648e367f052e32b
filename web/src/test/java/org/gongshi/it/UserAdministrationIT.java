package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator keeps users and officers: registers an officer with a certificate, creates a
 * login for them, resets the password and disables the account; each change is audited, no password
 * is ever echoed, and nobody but an administrator may do any of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAdministrationIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void anAdministratorRegistersAnOfficerGivesThemALoginResetsAndDisablesIt() throws Exception {
    Api admin = Api.as(base, "admin");
    long jindong =
        admin.get("accounts/officers").array().getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getString("agencyName").contains("金东"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("agencyId")
            .longValue();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String certificate = "33070" + Math.abs(tag.hashCode() % 1_000_000);

    // an officer and their certificate
    Api.Answer officer =
        admin.post(
            "accounts/officers",
            "{\"agencyId\":"
                + jindong
                + ",\"name\":\"邱志远\",\"certificateNo\":\""
                + certificate
                + "\",\"validUntil\":\""
                + LocalDate.now().plusYears(2)
                + "\"}");
    assertThat(officer.status()).as(officer.body()).isEqualTo(201);
    long officerId = officer.json().getJsonNumber("id").longValue();
    assertThat(officer.json().getBoolean("valid")).isTrue();

    // the same certificate number twice is refused, naming the field
    Api.Answer twice =
        admin.post(
            "accounts/officers",
            "{\"agencyId\":"
                + jindong
                + ",\"name\":\"另一人\",\"certificateNo\":\""
                + certificate
                + "\",\"validUntil\":\""
                + LocalDate.now().plusYears(1)
                + "\"}");
    assertThat(twice.status()).isIn(400, 409);
    assertThat(twice.field()).isEqualTo("certificateNo");

    // a login for that officer; the answer never carries the password
    String username = "qiu" + tag;
    String password = "Qiu-" + tag + "-2026!";
    String user =
        "{\"username\":\""
            + username
            + "\",\"displayName\":\"邱志远\",\"agencyId\":"
            + jindong
            + ",\"officerId\":"
            + officerId
            + ",\"roles\":[\"CASE_OFFICER\"],\"enabled\":true,\"password\":\""
            + password
            + "\"}";
    Api.Answer created = admin.post("accounts", user);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(password).doesNotContain("$2");
    assertThat(Api.as(base, username, password).get("cases").status()).isEqualTo(200);

    // the same user name again, a bad user name, and no role: each refused with its field
    assertThat(admin.post("accounts", user).field()).isEqualTo("username");
    Api.Answer badName = admin.post("accounts", user.replace(username, "邱 志远"));
    assertThat(badName.status()).isEqualTo(400);
    assertThat(badName.message()).contains("用户名");
    Api.Answer noRole =
        admin.post(
            "accounts", user.replace(username, username + "x").replace("\"CASE_OFFICER\"", ""));
    assertThat(noRole.status()).isEqualTo(400);
    assertThat(noRole.message()).contains("角色");

    // nobody but an administrator administers
    Api officerLogin = Api.as(base, "officer");
    assertThat(officerLogin.post("accounts", user.replace(username, username + "y")).status())
        .isEqualTo(403);
    assertThat(officerLogin.get("accounts").status()).isEqualTo(403);

    // a reset password replaces the old one
    String fresh = "Neu-" + tag + "-2027!";
    Api.Answer reset =
        admin.post("accounts/" + username + "/password", "{\"password\":\"" + fresh + "\"}");
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    assertThat(reset.body()).doesNotContain(fresh);
    assertThat(Api.as(base, username, password).get("cases").status()).isEqualTo(401);
    assertThat(Api.as(base, username, fresh).get("cases").status()).isEqualTo(200);

    // a disabled account no longer logs in
    Api.Answer disabled =
        admin.put(
            "accounts/" + username,
            user.replace("\"enabled\":true", "\"enabled\":false").replace(password, ""));
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(Api.as(base, username, fresh).get("cases").status()).isEqualTo(401);

    // the certificate's validity kept up to date: lapsed yesterday
    Api.Answer lapsed =
        admin.put(
            "accounts/officers/" + officerId,
            "{\"agencyId\":"
                + jindong
                + ",\"name\":\"邱志远\",\"certificateNo\":\""
                + certificate
                + "\",\"validUntil\":\""
                + LocalDate.now().minusDays(1)
                + "\"}");
    assertThat(lapsed.status()).as(lapsed.body()).isEqualTo(200);
    assertThat(lapsed.json().getBoolean("valid")).isFalse();

    // every change audited, no password in the trail
    try (Connection c = Db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT action, detail FROM audit_event WHERE actor = 'admin' AND detail LIKE ?"
                    + " ORDER BY seq")) {
      ps.setString(1, "%" + username + "%");
      StringBuilder trail = new StringBuilder();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) trail.append(rs.getString(1)).append(' ').append(rs.getString(2));
      }
      assertThat(trail.toString())
          .contains("CREATE_USER", "RESET_PASSWORD", "UPDATE_USER")
          .doesNotContain(password)
          .doesNotContain(fresh);
    }
  }
}
