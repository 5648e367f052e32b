package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, roles and agency scope, checked on the server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void theApiNeedsValidCredentials() {
    Api.Answer anonymous = Api.anonymous(base).get("cases");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.message()).isEqualTo("需要登录");
    // a wrong Basic password is refused by the container's mechanism itself (401 with a Basic
    // challenge)
    assertThat(Api.as(base, "officer", "wrong-password").get("cases").status()).isEqualTo(401);
    assertThat(Api.as(base, "officer").get("reference/me").json().getString("username"))
        .isEqualTo("officer");
  }

  @Test
  void anOfficerOfAnotherAgencyCanNeitherReadNorChangeTheCase() {
    Api jindong = Api.as(base, "officer");
    Api xinzhou = Api.as(base, "officer2");
    long id = Cases.open(jindong, Cases.generalCase(jindong, Cases.uniqueNumber("金东综执")));
    long doc = Cases.addDocument(jindong, id, "EVIDENCE");
    long file =
        Cases.upload(jindong, id, doc, "证据.txt", SampleFiles.txt("现场证据"))
            .getJsonNumber("id")
            .longValue();

    assertThat(xinzhou.get("cases/" + id).status()).isEqualTo(404);
    assertThat(xinzhou.get("files/" + file + "/content").status()).isEqualTo(404);
    assertThat(xinzhou.get("cases/" + id + "/audit").status()).isEqualTo(404);
    assertThat(xinzhou.post("cases/" + id + "/documents", "{\"type\":\"OTHER\"}").status())
        .isEqualTo(404);
    assertThat(
            xinzhou
                .upload(
                    "cases/" + id + "/documents/" + doc + "/files", "x.txt", SampleFiles.txt("x"))
                .status())
        .isEqualTo(404);
    assertThat(xinzhou.delete("cases/" + id + "/files/" + file).status()).isEqualTo(404);
    assertThat(xinzhou.get("cases?size=200").body()).doesNotContain("\"id\":" + id + ",");
    assertThat(jindong.get("cases/" + id).status()).isEqualTo(200);
    assertThat(Api.as(base, "admin").get("cases/" + id).status()).isEqualTo(200);
  }

  @Test
  void rolesAreCheckedOnTheServer() {
    Api officer = Api.as(base, "officer");
    String json = Cases.generalCase(officer, Cases.uniqueNumber("金东综执"));
    Api.Answer disclosure = Api.as(base, "disclosure").post("cases", json);
    assertThat(disclosure.status()).isEqualTo(403);
    assertThat(disclosure.message()).contains("执法人员");
    assertThat(officer.get("audit/verify").status()).isEqualTo(403);
    assertThat(Api.as(base, "reviewer").get("audit/verify").status()).isEqualTo(200);
  }

  @Test
  void anOfficerCannotOpenACaseForAnotherAgency() {
    Api officer = Api.as(base, "officer");
    long otherAgency =
        Api.as(base, "admin")
            .get("reference/agencies")
            .array()
            .getJsonObject(1)
            .getJsonNumber("id")
            .longValue();
    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replaceFirst("\\}\\s*$", ",\"agencyId\":" + otherAgency + "}");
    assertThat(officer.post("cases", json).status()).isEqualTo(403);
  }
}
