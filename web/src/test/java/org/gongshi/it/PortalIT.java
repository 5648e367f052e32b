package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.platform.id.IdNumber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public portal reads published_decision only: seeded here with JDBC (an organisation, a masked
 * natural person, and a withdrawn decision whose texts were — wrongly — left in its row), then the
 * public index is rebuilt and everything a citizen, a crawler or a data user can reach is checked
 * for the published texts and for the absence of the withdrawn one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  String root;
  String run;
  long agencyId;
  String agencyName;
  long orgId, personId, withdrawnId;
  String orgNumber, personNumber, withdrawnNumber;
  String secret;

  @BeforeEach
  void seed() throws Exception {
    root = base.toString().replaceAll("/$", "");
    run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    secret = "撤下秘密内容" + run;
    try (Connection c = Db.connect()) {
      List<long[]> records = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT r.id, r.agency_id FROM disclosure_record r WHERE NOT EXISTS "
                      + "(SELECT 1 FROM published_decision p WHERE p.disclosure_id = r.id) ORDER BY r.id")) {
        while (rs.next()) records.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
      assertThat(records)
          .as("demo disclosure records to hang published rows on")
          .hasSizeGreaterThanOrEqualTo(3);
      agencyId = records.get(0)[1];
      try (PreparedStatement ps = c.prepareStatement("SELECT name FROM agency WHERE id = ?")) {
        ps.setLong(1, agencyId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          agencyName = rs.getString(1);
        }
      }
      String pdf;
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT sha256 FROM stored_file WHERE media_type = 'application/pdf' ORDER BY id")) {
        assertThat(rs.next()).as("a demo PDF in the content store").isTrue();
        pdf = rs.getString(1);
      }
      orgNumber = "金东综执罚决字〔2025〕第" + run + "1号";
      personNumber = "金东综执罚决字〔2025〕第" + run + "2号";
      withdrawnNumber = "金东综执罚决字〔2025〕第" + run + "3号";
      orgId =
          PublishedRows.decision(records.get(0)[0], agencyId, orgNumber)
              .party("金华市" + run + "建材有限公司", "ORGANISATION", "91110000802100433B")
              .representative("李某")
              .violation("违反城市管理规定", "当事人擅自占用城市道路堆放建筑材料 token" + run + "，影响通行。")
              .penalties("罚款；没收违法所得")
              .pdf(pdf)
              .insert(c);
      personId =
          PublishedRows.decision(records.get(1)[0], agencyId, personNumber)
              .party("张某某", "NATURAL_PERSON", null)
              .violation("违反城市管理规定", "当事人张某某在人行道违规设置户外广告招牌 token" + run + "。")
              .insert(c);
      withdrawnId =
          PublishedRows.decision(records.get(2)[0], agencyId, withdrawnNumber)
              .status("WITHDRAWN", "该行政处罚决定已被复议机关撤销，依法撤下（" + run + "）。")
              .party("某某餐饮管理有限公司" + run, "ORGANISATION", "91330100MA2HXXXX0Y")
              .representative("王某")
              .violation("违反城市管理规定", secret + "：当事人油烟直排。")
              .pdf(pdf)
              .insert(c);
    }
    Api.Answer rebuilt = Api.as(base, "admin").post("public-index/rebuild", "");
    assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
    assertThat(rebuilt.json().getJsonNumber("decisions").longValue()).isGreaterThanOrEqualTo(2);
  }

  @AfterEach
  void removeSeed() throws Exception {
    try (Connection c = Db.connect();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM published_decision WHERE id IN (?, ?, ?)")) {
      ps.setLong(1, orgId);
      ps.setLong(2, personId);
      ps.setLong(3, withdrawnId);
      ps.executeUpdate();
    }
    Api.as(base, "admin").post("public-index/rebuild", "");
  }

  @Test
  void searchOpenDataFeedsAndSitemapShowPublishedDecisionsAndNothingOfTheWithdrawnOne()
      throws Exception {
    // Search by a Chinese phrase and by decision number typed with () for 〔〕
    JsonObject phrase = json("/api/public/decisions?q=" + enc("擅自占用城市道路堆放"));
    assertThat(ids(phrase)).contains(orgId).doesNotContain(withdrawnId);
    assertThat(phrase.getJsonArray("items").getJsonObject(0).getString("snippet"))
        .contains("<mark>");
    JsonObject byNumber =
        json("/api/public/decisions?q=" + enc(orgNumber.replace('〔', '(').replace('〕', ')')));
    assertThat(ids(byNumber)).containsExactly(orgId);
    assertThat(ids(json("/api/public/decisions?q=" + enc(withdrawnNumber)))).isEmpty();

    // Facets count the two published ones; a filter narrows
    JsonObject mine = json("/api/public/decisions?q=token" + run);
    assertThat(mine.getInt("total")).isEqualTo(2);
    assertThat(facet(mine, "year", "2025")).isEqualTo(2);
    assertThat(facet(mine, "penalty", "罚款")).isEqualTo(2);
    assertThat(facet(mine, "penalty", "没收违法所得")).isEqualTo(1);
    assertThat(facet(mine, "agency", Long.toString(agencyId))).isEqualTo(2);
    assertThat(ids(json("/api/public/decisions?q=token" + run + "&penalty=" + enc("没收违法所得"))))
        .containsExactly(orgId);

    // The HTML search page: highlighted snippets, facet links, no case ids
    HttpResponse<String> page = get("/portal/search?q=" + enc("户外广告招牌"), Map.of());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<mark>")
        .contains("/portal/decisions/" + personId)
        .contains("张某某")
        .doesNotContain(secret)
        .contains("facet-year");

    // No hits: a hint instead of an empty list, a way out of the filter, and no empty facet boxes
    HttpResponse<String> none = get("/portal/search?q=token" + run + "&year=2020", Map.of());
    assertThat(none.body())
        .contains("id=\"no-hits\"")
        .contains("id=\"unfiltered\"")
        .doesNotContain("id=\"facet-");
    assertThat(none.body()).contains("/portal/search?q=token" + run + "\"");
    assertThat(none.body()).contains("当前筛选为年份 2020");

    // The decision page: text, number, agency, penalties, PDF link; the PDF itself
    HttpResponse<String> org = get("/portal/decisions/" + orgId, Map.of());
    assertThat(org.statusCode()).isEqualTo(200);
    assertThat(org.body())
        .contains(orgNumber)
        .contains(agencyName)
        .contains("擅自占用城市道路堆放建筑材料")
        .contains("没收违法所得")
        .contains("0.2 万元")
        .contains("/api/public/decisions/" + orgId + ".pdf");
    assertThat(org.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("public").contains("max-age="));
    assertThat(org.headers().firstValue("Last-Modified")).isPresent();
    assertThat(org.headers().firstValue("Set-Cookie"))
        .as("a public, cacheable page opens no session")
        .isEmpty();
    String etag = org.headers().firstValue("ETag").orElseThrow();
    assertThat(get("/portal/decisions/" + orgId, Map.of("If-None-Match", etag)).statusCode())
        .isEqualTo(304);
    HttpResponse<byte[]> pdf =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(root + "/api/public/decisions/" + orgId + ".pdf"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(
            HTTP.send(
                    HttpRequest.newBuilder(
                            URI.create(root + "/api/public/decisions/" + orgId + ".pdf"))
                        .header("If-None-Match", pdf.headers().firstValue("ETag").orElseThrow())
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(304);

    // The withdrawn decision: notice at its address, its text nowhere
    HttpResponse<String> gone = get("/portal/decisions/" + withdrawnId, Map.of());
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body())
        .contains("该行政处罚决定已被复议机关撤销")
        .contains(withdrawnNumber)
        .doesNotContain(secret)
        .contains("noindex");
    assertThat(get("/api/public/decisions/" + withdrawnId + ".pdf", Map.of()).statusCode())
        .isEqualTo(410);
    Api.Answer goneJson = Api.anonymous(base).get("public/decisions/" + withdrawnId);
    assertThat(goneJson.status()).isEqualTo(410);
    assertThat(goneJson.body()).contains("WITHDRAWN").contains("复议机关撤销").doesNotContain(secret);

    String all = get("/api/public/decisions?size=100&q=" + enc("当事人"), Map.of()).body();
    String csv = get("/api/public/decisions.csv", Map.of()).body();
    String feed = get("/api/public/decisions.atom", Map.of()).body();
    String agencyFeed = get("/api/public/decisions.atom?agency=" + agencyId, Map.of()).body();
    String searchFeed = get("/api/public/decisions.atom?q=" + enc("户外广告"), Map.of()).body();
    String sitemap = get("/sitemap.xml", Map.of()).body();
    for (String out : List.of(all, csv, feed, agencyFeed, searchFeed, sitemap, page.body())) {
      assertThat(out)
          .doesNotContain(secret)
          .doesNotContain(withdrawnNumber)
          .doesNotContain("/portal/decisions/" + withdrawnId + "<")
          .doesNotContain("/portal/decisions/" + withdrawnId + "\"");
    }
    assertThat(feed)
        .contains(orgNumber)
        .contains(personNumber)
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    assertThat(agencyFeed).contains(orgNumber);
    assertThat(searchFeed).contains(personNumber).doesNotContain(orgNumber);
    assertThat(sitemap)
        .contains("/portal/decisions/" + orgId + "</loc>")
        .contains("/portal/decisions/" + personId + "</loc>")
        .contains("/portal/catalog.xhtml")
        .contains("/portal/item.xhtml?agency=");
    assertThat(get("/robots.txt", Map.of()).body())
        // the configured public address, not the one this request reached
        .contains("Sitemap: " + System.getProperty("gongshi.it.public.base-url") + "sitemap.xml")
        .contains("Disallow: /staff/");

    // CSV: BOM, the national names in order, the masked person without any code
    assertThat(csv)
        .startsWith(
            "\uFEFF行政相对人名称,行政相对人类别,行政相对人代码_1,行政相对人代码_2,行政相对人代码_3,行政相对人代码_4,"
                + "行政相对人代码_5,行政相对人代码_6,法定代表人,法定代表人证件类型,法定代表人证件号码,证件类型,证件号码,行政处罚决定书文号,"
                + "违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,没收违法所得、没收非法财物的金额（万元）,"
                + "暂扣或吊销证照名称及编号,处罚决定日期,处罚有效期,公示截止期,处罚机关,处罚机关统一社会信用代码,数据来源单位,"
                + "数据来源单位统一社会信用代码,备注\r\n");
    assertThat(csv)
        .contains("张某某,自然人,,,,,,,,,,,," + personNumber + ",")
        .contains("金华市" + run + "建材有限公司,法人及非法人组织,91110000802100433B,");

    // JSON: no ID numbers, no internal ids
    assertThat(all)
        .doesNotContain("disclosure")
        .doesNotContain("caseId")
        .doesNotContain("caseNumber");
    Matcher m = Pattern.compile("\\d{17}[\\dX]").matcher(all + csv + feed);
    while (m.find())
      assertThat(IdNumber.isValid(m.group()))
          .as("an ID number in open data: " + m.group())
          .isFalse();
    JsonObject person = json("/api/public/decisions/" + personId);
    assertThat(person.containsKey("partyUscc")).isFalse();
    assertThat(person.getString("partyName")).isEqualTo("张某某");

    // Lists validate too
    HttpResponse<String> list = get("/api/public/decisions?q=token" + run, Map.of());
    assertThat(list.headers().firstValue("Cache-Control").orElse("")).contains("public");
    assertThat(
            get(
                    "/api/public/decisions?q=token" + run,
                    Map.of("If-None-Match", list.headers().firstValue("ETag").orElseThrow()))
                .statusCode())
        .isEqualTo(304);
    assertThat(
            get(
                    "/api/public/decisions.atom",
                    Map.of(
                        "If-None-Match",
                        get("/api/public/decisions.atom", Map.of())
                            .headers()
                            .firstValue("ETag")
                            .orElseThrow()))
                .statusCode())
        .isEqualTo(304);
  }

  @Test
  void badParametersAnswer400NamingTheFieldAndOnlyAnAdminRebuilds() throws Exception {
    Api.Answer year = Api.anonymous(base).get("public/decisions?year=abc");
    assertThat(year.status()).isEqualTo(400);
    assertThat(year.field()).isEqualTo("year");
    assertThat(year.message()).contains("年份");
    Api.Answer page = Api.anonymous(base).get("public/decisions?page=-1");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.field()).isEqualTo("page");
    assertThat(Api.anonymous(base).get("public/decisions.csv?agency=abc").field())
        .isEqualTo("agency");
    assertThat(Api.anonymous(base).get("public/decisions/999999999").status()).isEqualTo(404);
    HttpResponse<String> html = get("/portal/search?year=abc", Map.of());
    assertThat(html.statusCode()).isEqualTo(400);
    assertThat(html.body()).contains("年份").doesNotContain("Exception");
    assertThat(get("/portal/decisions/abc", Map.of()).statusCode()).isEqualTo(404);

    assertThat(Api.anonymous(base).post("public-index/rebuild", "").status()).isEqualTo(401);
    assertThat(Api.as(base, "officer").post("public-index/rebuild", "").status()).isEqualTo(403);
  }

  @Test
  void aCitizenWithoutJavaScriptSearchesFiltersAndReadsADecision() {
    ChromeDriver browser =
        Browser.start(Map.of("profile.managed_default_content_settings.javascript", 2));
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      browser.get(root + "/");
      wait.until(d -> d.findElements(By.id("latest")).size() == 1);
      assertThat(browser.findElement(By.id("latest")).getText()).contains(orgNumber);
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
      Browser.screenshot(browser, "portal-home");

      browser.findElement(By.id("q")).sendKeys("token" + run);
      browser.findElement(By.cssSelector("form.search-box button")).click();
      wait.until(d -> d.getCurrentUrl().contains("/portal/search"));
      assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("2");
      browser.findElement(By.xpath("//section[@id='facet-penalty']//a[text()='没收违法所得']")).click();
      wait.until(d -> d.getCurrentUrl().contains("penalty="));
      assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("1");
      assertThat(browser.findElements(By.cssSelector("#hits li"))).hasSize(1);
      Browser.screenshot(browser, "portal-search");

      browser.findElement(By.cssSelector("#hits li h3 a")).click();
      wait.until(d -> d.findElements(By.id("decision-number")).size() == 1);
      assertThat(browser.findElement(By.id("decision-number")).getText()).isEqualTo(orgNumber);
      assertThat(browser.findElement(By.id("pdf")).getAttribute("href"))
          .endsWith("/api/public/decisions/" + orgId + ".pdf");
      Browser.screenshot(browser, "portal-decision");

      browser.get(root + "/portal/decisions/" + withdrawnId);
      wait.until(d -> d.findElements(By.id("notice")).size() == 1);
      assertThat(browser.findElement(By.id("notice")).getText()).contains("复议机关撤销");
      assertThat(browser.getPageSource()).doesNotContain(secret);
      Browser.screenshot(browser, "portal-withdrawn");
    } finally {
      browser.quit();
    }
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60));
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonObject json(String path) throws Exception {
    HttpResponse<String> r = get(path, Map.of());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new Api.Answer(200, r.body(), null).json();
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static long facet(JsonObject page, String name, String value) {
    return page.getJsonObject("facets").getJsonArray(name).stream()
        .map(v -> v.asJsonObject())
        .filter(f -> f.getString("value").equals(value))
        .mapToLong(f -> f.getJsonNumber("count").longValue())
        .findFirst()
        .orElse(0);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
