package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

  /** A browser's cookie session: form login, then requests with the session cookie only. */
  private HttpClient loggedIn(String user) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    URI root = base.toURI();
    browser.send(
        HttpRequest.newBuilder(root.resolve("staff/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(Api.PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(root.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
    return browser;
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  private static HttpResponse<String> post(
      HttpClient browser, URI uri, String contentType, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) b.headers(headers);
    return browser.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private int documents(long caseId) {
    return Api.as(base, "officer").get("cases/" + caseId).json().getJsonArray("documents").size();
  }

  @Test
  void aCrossSiteStateChangeWithTheSessionCookieIsRefused() throws Exception {
    Api officer = Api.as(base, "officer");
    long id = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    HttpClient browser = loggedIn("officer");
    URI documents = base.toURI().resolve("api/cases/" + id + "/documents");
    String body = "{\"type\":\"OTHER\",\"title\":\"跨站\"}";
    int before = documents(id);

    // what fetch(…, {mode: 'no-cors', credentials: 'include'}) from another site sends
    HttpResponse<String> crossSite =
        post(
            browser,
            documents,
            "text/plain;charset=UTF-8",
            body,
            "Origin",
            "https://evil.example",
            "Sec-Fetch-Site",
            "cross-site",
            "Sec-Fetch-Mode",
            "no-cors");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.headers().firstValue("Content-Type")).get().asString().contains("json");
    JsonObject problem = Json.createReader(new StringReader(crossSite.body())).readObject();
    assertThat(problem.getInt("status")).isEqualTo(403);
    assertThat(problem.getString("message")).contains("跨站请求已拒绝");

    // an older browser without Sec-Fetch-Site: the Origin alone decides
    assertThat(
            post(browser, documents, "application/json", body, "Origin", "http://evil.example")
                .statusCode())
        .isEqualTo(403);
    // a sibling site is another origin too
    assertThat(
            post(
                    browser,
                    documents,
                    "application/json",
                    body,
                    "Origin",
                    origin(),
                    "Sec-Fetch-Site",
                    "same-site")
                .statusCode())
        .isEqualTo(403);
    // a session cookie with no word about where the request comes from
    assertThat(post(browser, documents, "application/json", body).statusCode()).isEqualTo(403);
    assertThat(documents(id)).isEqualTo(before);

    // our own page: same origin
    HttpResponse<String> own =
        post(
            browser,
            documents,
            "application/json",
            body,
            "Origin",
            origin(),
            "Sec-Fetch-Site",
            "same-origin");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    assertThat(documents(id)).isEqualTo(before + 1);
    // an HTTP Basic client without a session sends none of these headers and is not affected
    assertThat(officer.post("cases/" + id + "/documents", body).status()).isEqualTo(201);
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndTheCookieIsSameSite() throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String path : new String[] {"", "login.xhtml", "portal/search?q=x", "api/reference/me"}) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      var h = r.headers();
      assertThat(h.firstValue("Content-Security-Policy"))
          .as(path)
          .get()
          .asString()
          .contains("frame-ancestors 'none'", "script-src 'self'", "style-src 'self'")
          .doesNotContain("unsafe-inline");
      assertThat(h.firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(h.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(h.firstValue("Referrer-Policy"))
          .as(path)
          .contains("strict-origin-when-cross-origin");
      // plain http here: no HSTS
      assertThat(h.firstValue("Strict-Transport-Security")).as(path).isEmpty();
      if (path.equals("login.xhtml")) assertThat(r.body()).doesNotContain("style=\"", "<script");
    }
    HttpResponse<Void> page =
        client.send(
            HttpRequest.newBuilder(base.toURI().resolve("staff/")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).contains("JSESSIONID").containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void controlCharactersAndWrongParameterTypesAreRefusedNamingTheField() {
    Api officer = Api.as(base, "officer");
    String json =
        Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
            .replace("\"title\":\"未经批准", "\"title\":\"未经\\u0000批准");
    Api.Answer nul = officer.post("cases", json);
    assertThat(nul.status()).as(nul.body()).isEqualTo(400);
    assertThat(nul.field()).isEqualTo("title");
    assertThat(nul.message()).contains("title", "控制字符");

    Api.Answer party =
        officer.post(
            "cases",
            Cases.generalCase(officer, Cases.uniqueNumber("金东综执"))
                .replace("\"王建国\"", "\"王\\u001f建国\""));
    assertThat(party.field()).isEqualTo("parties[0].legalRepresentative");

    Api.Answer number = officer.get("cases?agencyId=abc");
    assertThat(number.status()).as(number.body()).isEqualTo(400);
    assertThat(number.field()).isEqualTo("agencyId");
    assertThat(number.message()).contains("agencyId", "abc", "整数");

    Api.Answer status = officer.get("cases?status=NOPE");
    assertThat(status.status()).as(status.body()).isEqualTo(400);
    assertThat(status.field()).isEqualTo("status");
    assertThat(status.message()).contains("SEALED");

    assertThat(officer.get("cases?q=%00").field()).isEqualTo("q");
    // a path that does not exist is still 404
    assertThat(officer.get("cases/999999999").status()).isEqualTo(404);
  }
}
