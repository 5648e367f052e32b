package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongshi.platform.id.Uscc;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The party page of an organisation (two agencies' decisions, periods, credit repair), never one
 * for a natural person, never a withdrawn decision; the 事前公开, about, help and open-data pages; and
 * the decision, party and power-list pages in Chromium at phone and desktop width, with and without
 * JavaScript (screenshots in target/screenshots).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartyPageIT {
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
  String uscc;
  String personCode;
  final List<Long> seeded = new ArrayList<>();
  long first, second, withdrawn, person;
  String firstNumber, secondNumber, withdrawnNumber, personNumber;

  @BeforeEach
  void seed() throws Exception {
    root = base.toString().replaceAll("/$", "");
    run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    java.util.Random r = new java.util.Random(System.nanoTime());
    uscc = Uscc.generate(r).value();
    personCode = Uscc.generate(r).value();
    try (Connection c = Db.connect()) {
      List<long[]> records = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT r.id, r.agency_id FROM disclosure_record r WHERE NOT EXISTS "
                      + "(SELECT 1 FROM published_decision p WHERE p.disclosure_id = r.id) ORDER BY r.agency_id, r.id")) {
        while (rs.next()) records.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
      assertThat(records).hasSizeGreaterThanOrEqualTo(4);
      long[] other =
          records.stream()
              .filter(x -> x[1] != records.get(0)[1])
              .findFirst()
              .orElse(records.get(1));
      records.remove(other);
      String company = "金华市" + run + "建材有限公司";
      firstNumber = "金东综执罚决字〔2026〕第" + run + "1号";
      secondNumber = "忻开综执罚决字〔2026〕第" + run + "2号";
      withdrawnNumber = "金东综执罚决字〔2026〕第" + run + "3号";
      personNumber = "金东综执罚决字〔2026〕第" + run + "4号";
      LocalDate today = LocalDate.now();
      first =
          insert(
              c,
              PublishedRows.decision(records.get(0)[0], records.get(0)[1], firstNumber)
                  .party(company, "ORGANISATION", uscc)
                  .publicText("行政处罚决定书\n" + firstNumber)
                  .dates(
                      today.minusMonths(5),
                      today.minusMonths(2),
                      today.minusMonths(5).plusYears(1)));
      second =
          insert(
              c,
              PublishedRows.decision(other[0], other[1], secondNumber)
                  .party(company, "ORGANISATION", uscc)
                  .publicText("行政处罚决定书\n" + secondNumber)
                  .dates(
                      today.minusDays(10), today.plusMonths(3), today.minusDays(10).plusYears(1)));
      withdrawn =
          insert(
              c,
              PublishedRows.decision(records.get(1)[0], records.get(1)[1], withdrawnNumber)
                  .status("WITHDRAWN", "该决定已被撤销，依法撤下。")
                  .party(company, "ORGANISATION", uscc)
                  .publicText("行政处罚决定书\n" + withdrawnNumber)
                  .dates(today.minusDays(5), today.plusMonths(3), today.minusDays(5).plusYears(1)));
      person =
          insert(
              c,
              PublishedRows.decision(records.get(2)[0], records.get(2)[1], personNumber)
                  .party("张某某", "NATURAL_PERSON", personCode)
                  .publicText("行政处罚决定书\n" + personNumber)
                  .dates(today.minusDays(5), today.plusMonths(3), today.minusDays(5).plusYears(1)));
    }
    assertThat(Api.as(base, "admin").post("public-index/rebuild", "").status()).isEqualTo(200);
  }

  @AfterEach
  void remove() throws Exception {
    try (Connection c = Db.connect();
        PreparedStatement ps = c.prepareStatement("DELETE FROM published_decision WHERE id = ?")) {
      for (long id : seeded) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
    }
    Api.as(base, "admin").post("public-index/rebuild", "");
  }

  @Test
  void anOrganisationHasAPageAcrossAgenciesANaturalPersonNone() throws Exception {
    HttpResponse<String> page = get("/portal/parties/" + uscc);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("金华市" + run + "建材有限公司", uscc, firstNumber, secondNumber)
        .contains("2 件（2 个执法机关）")
        .contains("已满最短公示期，可申请信用修复")
        .contains("届满后可申请信用修复")
        .contains("如何申请信用修复", "信用中国")
        .doesNotContain(withdrawnNumber, personNumber);
    assertThat(get("/portal/parties/" + uscc.toLowerCase()).statusCode())
        .as("typed in lower case")
        .isEqualTo(200);
    assertThat(get("/portal/parties/" + personCode).statusCode())
        .as("a natural person never has a party page")
        .isEqualTo(404);
    assertThat(get("/portal/parties/not-a-code").statusCode()).isEqualTo(404);
    assertThat(
            get("/portal/parties/" + Uscc.generate(new java.util.Random(1)).value()).statusCode())
        .isEqualTo(404);

    assertThat(get("/portal/decisions/" + first).body())
        .contains("/portal/parties/" + uscc, "关注该企业");
    assertThat(get("/portal/decisions/" + person).body()).doesNotContain("/portal/parties/");

    // withdrawn later: gone from the page; the last one withdrawn: no page at all
    try (Connection c = Db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE published_decision SET status = 'WITHDRAWN', party_uscc = NULL WHERE id = ?")) {
      ps.setLong(1, second);
      ps.executeUpdate();
      assertThat(get("/portal/parties/" + uscc).body())
          .doesNotContain(secondNumber)
          .contains(firstNumber);
      ps.setLong(1, first);
      ps.executeUpdate();
      assertThat(get("/portal/parties/" + uscc).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void preDisclosureAboutHelpAndOpenDataPages() throws Exception {
    String pre = get("/portal/disclosure.xhtml").body();
    assertThat(pre).contains("执法主体", "金华市金东区综合行政执法局", "33000001", "随机抽查事项清单", "年度行政执法数据");
    assertThat(get("/portal/disclosure.xhtml?cert=33000001").body())
        .contains("lookup-result", "有效期至", "2028-12-31");
    assertThat(get("/portal/disclosure.xhtml?cert=" + enc("<b>x</b>")).body())
        .contains("lookup-none", "&lt;b&gt;x&lt;/b&gt;");
    int lastYear = LocalDate.now().getYear() - 1;
    HttpResponse<byte[]> pdf =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(root + "/api/public/statistics/1/" + lastYear + ".pdf"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains(Integer.toString(lastYear), "金华市金东区综合行政执法局");
    }
    assertThat(
            Api.anonymous(base)
                .get("public/statistics/1/" + LocalDate.now().getYear() + ".pdf")
                .status())
        .as("the current year is not over")
        .isEqualTo(400);

    assertThat(get("/portal/about.xhtml").body()).contains("主办单位", "监督电话", "12345", "数据更新于");
    assertThat(get("/portal/help.xhtml").body()).contains("检索帮助", "〔〕可以用");
    assertThat(get("/portal/open-data.xhtml").body())
        .contains("数据字典", "处罚有效期", "CC BY 4.0", "/openapi");
    assertThat(get("/").body()).contains("数据更新于");
    assertThat(get("/portal/search").body()).contains("数据更新于", "/portal/help.xhtml");
    assertThat(get("/api/public/decisions.csv").body())
        .contains(firstNumber)
        .contains("2099-12-31");
  }

  @Test
  void decisionPartyAndPowerListPagesOnAPhoneAndADesktopWithAndWithoutJavaScript() {
    for (boolean js : new boolean[] {true, false}) {
      ChromeDriver browser =
          js
              ? Browser.start()
              : Browser.start(Map.of("profile.managed_default_content_settings.javascript", 2));
      try {
        for (int width : new int[] {390, 1366}) {
          browser.manage().window().setSize(new Dimension(width, 900));
          String suffix = width + (js ? "-js" : "-nojs");
          browser.get(root + "/portal/decisions/" + first);
          assertThat(browser.findElement(By.id("party-page")).getText()).contains("全部处罚决定");
          Browser.screenshot(browser, "decision-" + suffix);
          browser.findElement(By.id("party-page")).click();
          assertThat(browser.findElement(By.id("party-code")).getText()).isEqualTo(uscc);
          Browser.screenshot(browser, "party-" + suffix);
          browser.get(root + "/portal/catalog.xhtml?agency=1");
          var cell = browser.findElement(By.cssSelector("#items tbody tr td.title"));
          var row = browser.findElement(By.cssSelector("#items tbody tr"));
          if (width == 390) {
            assertThat(row.getSize().getWidth())
                .as("a power-list row is a card as wide as the screen")
                .isGreaterThan(300);
            assertThat(cell.getSize().getWidth()).isGreaterThan(250);
          } else {
            assertThat(browser.findElement(By.cssSelector("#items thead")).isDisplayed()).isTrue();
          }
          Browser.screenshot(browser, "catalog-" + suffix);
        }
      } finally {
        browser.quit();
      }
    }
  }

  /** Inserts a row and remembers it for removal. */
  private long insert(Connection c, PublishedRows row) throws Exception {
    long id = row.insert(c);
    seeded.add(id);
    return id;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
