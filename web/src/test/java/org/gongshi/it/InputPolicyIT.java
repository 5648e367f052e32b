package org.gongshi.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, findings 6 and 7: one input policy for every JSON body and date, decision numbers
 * unique per agency, over-deep queries refused, and the GET endpoints that answered "请求体不是合法的
 * JSON".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputPolicyIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void numbersThatDoNotFitTheirFieldAreRefusedNotTruncatedOrWrapped() {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));

    Api.Answer fraction =
        officer.post(
            "cases/" + id + "/extension",
            "{\"days\":1.5,\"approvedBy\":\"局长 李明\",\"reason\":\"案情复杂\"}");
    assertThat(fraction.status()).isEqualTo(400);
    assertThat(fraction.field()).isEqualTo("days");
    assertThat(fraction.message()).contains("整数");
    assertThat(absent(officer.get("cases/" + id).json(), "extensionDays")).isTrue();

    String beyondLong =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replaceFirst("\"officerIds\":\\[\\d+,", "\"officerIds\":[92233720368547758070,");
    Api.Answer wrapped = officer.post("cases", beyondLong);
    assertThat(wrapped.status()).isEqualTo(400);
    assertThat(wrapped.field()).isEqualTo("officerIds[0]");
    assertThat(wrapped.message()).contains("超出范围");
  }

  @Test
  void enumTypeAndDateErrorsNameTheFieldAndWhatIsAllowed() {
    Api officer = Api.as(base, "officer");
    String json = Cases.generalCase(officer, Cases.uniqueNumber("金东综执"));

    Api.Answer kind = officer.post("cases", json.replace("\"ORGANISATION\"", "\"COMPANY\""));
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.field()).isEqualTo("parties[0].kind");
    assertThat(kind.message()).contains("COMPANY", "NATURAL_PERSON", "ORGANISATION");

    Api.Answer type = officer.post("cases", json.replace("\"amount\":20000", "\"amount\":true"));
    assertThat(type.status()).isEqualTo(400);
    assertThat(type.field()).isEqualTo("penalties[0].amount");

    long id = Cases.open(officer, json);
    Api.Answer date =
        officer.post("cases/" + id + "/milestones", "{\"kind\":\"FILED\",\"day\":\"2026-13-01\"}");
    assertThat(date.status()).isEqualTo(400);
    assertThat(date.field()).isEqualTo("day");
    assertThat(date.message()).contains("YYYY-MM-DD");
  }

  @Test
  void datesOutsideTheirRangeAreRefusedNamingTheField() {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    String tomorrow = LocalDate.now().plusDays(2).toString();
    for (String day : List.of("0000-01-01", "9999-12-31", "1949-09-30", tomorrow)) {
      Api.Answer refused =
          officer.post(
              "cases/" + id + "/milestones", "{\"kind\":\"FILED\",\"day\":\"" + day + "\"}");
      assertThat(refused.status()).as(day).isEqualTo(400);
      assertThat(refused.field()).as(day).isEqualTo("day");
      assertThat(refused.message()).as(day).contains("1949-10-01");
    }
    assertThat(officer.get("cases/" + id).json().getJsonArray("milestones")).isEmpty();

    Cases.milestone(officer, id, "FILED", LocalDate.of(1949, 10, 1), null);
    // a decision dated before its filing
    Api.Answer backwards =
        officer.post(
            "cases/" + id + "/milestones", "{\"kind\":\"ADVANCE_NOTICE\",\"day\":\"1949-09-30\"}");
    assertThat(backwards.status()).isEqualTo(400);
    // a query date far in the future is refused too (planned dates: today + the margin)
    Api.Answer search = officer.get("search?q=a&to=9999-12-31");
    assertThat(search.status()).isEqualTo(400);
    assertThat(search.field()).isEqualTo("to");
  }

  @Test
  void aDecisionNumberIsUsedOncePerAgencyWhateverBracketsAreTyped() {
    Api officer = Api.as(base, "officer");
    long first = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    long second = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    String serial = String.valueOf(first + 3_000_000);
    decide(officer, first, "金东综执罚决字〔2026〕第" + serial + "号");

    Cases.milestone(officer, second, "FILED", LocalDate.of(2026, 9, 1), null);
    Cases.milestone(officer, second, "ADVANCE_NOTICE", LocalDate.of(2026, 9, 13), null);
    Api.Answer duplicate =
        officer.post(
            "cases/" + second + "/milestones",
            "{\"kind\":\"DECIDED\",\"day\":\"2026-09-21\",\"decisionNumber\":\" 金东综执罚决字[2026] 第"
                + serial
                + "号\"}");

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.field()).isEqualTo("decisionNumber");
    assertThat(duplicate.message()).contains("已被本机关案件");
    assertThat(absent(officer.get("cases/" + second).json(), "decisionNumber")).isTrue();
    // the same number in another agency is another agency's business
    Api officer2 = Api.as(base, "officer2");
    long other = Cases.open(officer2, Cases.generalCase(officer2, Cases.uniqueNumber("忻经开综执")));
    decide(officer2, other, "金东综执罚决字〔2026〕第" + serial + "号");
    // and the first case may record its own number again
    Cases.milestone(
        officer, first, "DECIDED", LocalDate.of(2026, 9, 21), "金东综执罚决字〔2026〕第" + serial + "号");
  }

  @Test
  void aJsonOrFormBodyOverTwoMegabytesIsRefusedWith413BeforeItIsRead() {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    JsonObject before = officer.get("cases/" + id).json();
    String huge = "{\"title\":\"" + "占道经营".repeat(200_000) + "\"}"; // 2.4 MB of UTF-8

    Api.Answer json =
        officer.postBytes("cases/" + id + "/documents", "application/json", huge.getBytes(UTF_8));
    // a signed-in officer's form post to a staff page (an anonymous one gets the login form)
    Api.Answer form =
        officer.postBytes(
            "../staff/index.xhtml",
            "application/x-www-form-urlencoded",
            ("a=" + "b".repeat(3_000_000)).getBytes(UTF_8));

    assertThat(json.status()).isEqualTo(413);
    assertThat(json.field()).isEqualTo("body");
    assertThat(json.message()).contains("2 MB");
    assertThat(form.status()).isEqualTo(413);
    assertThat(form.body()).contains("2 MB");
    // nothing was added: no document, the same version
    JsonObject after = officer.get("cases/" + id).json();
    assertThat(after.getJsonArray("documents"))
        .isEqualTo(before.getJsonArray("documents"))
        .isEmpty();
    assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
  }

  @Test
  void anOverDeepQueryIsRefusedNamingTheParameter() {
    String deep = "(".repeat(5000) + "户外广告" + ")".repeat(5000);
    Api.Answer refused =
        Api.as(base, "officer").get("search?q=" + URLEncoder.encode(deep, StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.field()).isEqualTo("q");
    assertThat(refused.message()).contains("嵌套过深");
    assertThat(Api.as(base, "officer").get("search?q=((户外广告))").status()).isEqualTo(200);
  }

  @Test
  void theGetEndpointsThatAnsweredInvalidJsonAnswerForEveryRole() {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    Api reviewer = Api.as(base, "reviewer");
    Api.Answer review =
        reviewer.post(
            "reviews",
            "{\"caseId\":"
                + caseId
                + ",\"items\":[{\"code\":\"C3\",\"deduction\":2,\"reason\":\"询问笔录未签名\"}],\"vetoes\":[]}");
    assertThat(review.status()).as(review.body()).isEqualTo(201);
    long reviewId = review.json().getJsonNumber("id").longValue();

    for (String user : List.of("admin", "officer", "disclosure", "legal", "reviewer")) {
      Api api = Api.as(base, user);
      Api.Answer one = api.get("reviews/" + reviewId);
      assertThat(one.status()).as(user + " " + one.body()).isIn(200, 403, 404);
      assertThat(one.body()).as(user).doesNotContain("不是合法的 JSON");
      Api.Answer list = api.get("reviews?caseId=" + caseId);
      assertThat(list.status()).as(user + " " + list.body()).isIn(200, 403);
      assertThat(list.body()).as(user).doesNotContain("不是合法的 JSON");
      Api.Answer byDate = api.get("search?q=" + "决定书" + "&sort=DATE");
      assertThat(byDate.status()).as(user + " " + byDate.body()).isIn(200, 403);
      assertThat(byDate.body()).as(user).doesNotContain("不是合法的 JSON");
    }
    assertThat(reviewer.get("reviews/" + reviewId).json().getJsonNumber("caseId").longValue())
        .isEqualTo(caseId);
    assertThat(reviewer.get("reviews?caseId=" + caseId).array()).isNotEmpty();
    Api.Answer byDate = officer.get("search?q=" + "决定书" + "&sort=DATE");
    assertThat(byDate.status()).isEqualTo(200);
    assertThat(byDate.json().getJsonArray("hits")).isNotEmpty();
    assertThat(absent(byDate.json().getJsonArray("hits").getJsonObject(0), "score")).isTrue();
  }

  private static boolean absent(jakarta.json.JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static void decide(Api api, long id, String number) {
    Cases.milestone(api, id, "FILED", LocalDate.of(2026, 9, 1), null);
    Cases.milestone(api, id, "ADVANCE_NOTICE", LocalDate.of(2026, 9, 13), null);
    Cases.milestone(api, id, "DECIDED", LocalDate.of(2026, 9, 21), number);
  }
}
