package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal search as a citizen, a company and a journalist use it (issue 18): three of the demo's
 * published decisions get known texts for the test (restored after it), then everyday words, names
 * without 市, decision numbers without 第, date and fine filters, a page past the last, the
 * no-results hint, and the page on a phone and a desktop with JavaScript on and off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSearchIT {
  private static final String[] COLUMNS = {
    "party_name",
    "party_category",
    "party_uscc",
    "violation_type",
    "facts",
    "public_text",
    "fine_wan",
    "decided_on"
  };

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  long building, namedBuilding, road;
  String buildingNumber;
  final Map<Long, Object[]> originals = new LinkedHashMap<>();

  @BeforeEach
  void giveThreeDecisionsKnownTexts() throws Exception {
    try (Connection c = Db.connect()) {
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT id FROM published_decision WHERE status = 'PUBLISHED' ORDER BY id")) {
        while (rs.next()) ids.add(rs.getLong(1));
      }
      assertThat(ids).as("demo publications").hasSizeGreaterThanOrEqualTo(3);
      building = ids.get(0);
      namedBuilding = ids.get(1);
      road = ids.get(2);
      for (long id : List.of(building, namedBuilding, road)) {
        try (ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT "
                        + String.join(", ", COLUMNS)
                        + " FROM published_decision WHERE id = "
                        + id)) {
          rs.next();
          Object[] row = new Object[COLUMNS.length];
          for (int i = 0; i < row.length; i++) row[i] = rs.getObject(i + 1);
          originals.put(id, row);
        }
      }
      set(
          c,
          building,
          "忻州市鑫源商贸有限公司",
          "违反城乡规划管理",
          "当事人未取得建设工程规划许可证，在和平街12号擅自搭建钢结构建筑物约60平方米",
          "2",
          "2024-05-10");
      set(
          c,
          namedBuilding,
          "金华市恒达建材有限公司",
          "违反城乡规划管理",
          "当事人所建违章建筑位于长虹路8号，未取得建设工程规划许可证，擅自搭建约30平方米",
          "0.05",
          "2023-03-01");
      set(
          c,
          road,
          "淄博周村顺发五金商行",
          "违反城市道路管理",
          "当事人在丝绸路擅自占用城市道路堆放建筑材料约30平方米，影响道路通行",
          "0.3",
          "2024-08-01");
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT decision_number FROM published_decision WHERE id = " + building)) {
        rs.next();
        buildingNumber = rs.getString(1);
      }
    }
    rebuild();
  }

  @AfterEach
  void restore() throws Exception {
    try (Connection c = Db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE published_decision SET "
                    + String.join(" = ?, ", COLUMNS)
                    + " = ? WHERE id = ?")) {
      for (Map.Entry<Long, Object[]> e : originals.entrySet()) {
        for (int i = 0; i < COLUMNS.length; i++) ps.setObject(i + 1, e.getValue()[i]);
        ps.setLong(COLUMNS.length + 1, e.getKey());
        ps.executeUpdate();
      }
    }
    rebuild();
  }

  private static void set(
      Connection c, long id, String party, String type, String facts, String fine, String decided)
      throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE published_decision SET party_name = ?, party_category = 'ORGANISATION',"
                + " violation_type = ?, facts = ?, public_text = ?, fine_wan = ?, decided_on = ?"
                + " WHERE id = ?")) {
      ps.setString(1, party);
      ps.setString(2, type);
      ps.setString(3, facts);
      ps.setString(4, "行政处罚决定书\n当事人：" + party + "\n" + facts + "。");
      ps.setBigDecimal(5, new BigDecimal(fine));
      ps.setObject(6, LocalDate.parse(decided));
      ps.setLong(7, id);
      ps.executeUpdate();
    }
  }

  /** Rebuilds, and checks that every published decision was read (the tests read 7 per page). */
  private void rebuild() throws Exception {
    Api.Answer rebuilt = Api.as(base, "admin").post("public-index/rebuild", "");
    assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
    try (Connection c = Db.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM published_decision WHERE status = 'PUBLISHED'")) {
      rs.next();
      assertThat(rs.getLong(1)).isGreaterThan(7);
      assertThat(rebuilt.json().getJsonNumber("decisions").longValue())
          .as("decisions the rebuild read")
          .isEqualTo(rs.getLong(1));
    }
  }

  @Test
  void everydayWordsFindUnpermittedBuildingTheWordItselfFirst() {
    for (String word : List.of("违法建设", "违章建筑", "乱搭乱建")) {
      assertThat(ids(json("q=" + enc(word) + "&size=100")))
          .as(word)
          .contains(building, namedBuilding)
          .doesNotContain(road);
    }
    assertThat(ids(json("q=" + enc("违章建筑")))).first().isEqualTo(namedBuilding);
    String html = Api.anonymous(base).get("../portal/search?q=" + enc("违章建筑")).body();
    assertThat(html).contains("class=\"why\"").contains("检索词“违章建筑”按同义词“未取得建设工程规划许可证”“擅自搭建”找到");
  }

  @Test
  void aDecisionNumberWithoutItsCharactersAndACompanyWithoutItsCityAreFound() {
    String bare =
        buildingNumber.replace("第", "").replace("字", "").replace("〔", "(").replace("〕", ")");
    assertThat(ids(json("q=" + enc(bare)))).first().isEqualTo(building);
    assertThat(ids(json("q=" + enc("忻州鑫源商贸")))).first().isEqualTo(building);
    assertThat(ids(json("q=" + enc("金华恒达建材")))).first().isEqualTo(namedBuilding);
    assertThat(ids(json("q=" + enc("鑫源忻州")))).doesNotContain(building);
  }

  @Test
  void datesAndFinesNarrowAndBadOnesAreRefusedInChinese() {
    long total = json("").getJsonNumber("total").longValue();
    JsonObject dated = json("from=2024-01-01&to=2024-12-31&size=100");
    assertThat(dated.getJsonNumber("total").longValue()).isLessThan(total);
    assertThat(ids(dated)).contains(building, road).doesNotContain(namedBuilding);
    assertThat(dated.getJsonArray("items"))
        .allSatisfy(v -> assertThat(v.asJsonObject().getString("decidedOn")).startsWith("2024-"));

    assertThat(ids(json("fine=" + enc("1万至10万元") + "&size=100")))
        .contains(building)
        .doesNotContain(namedBuilding, road);
    assertThat(json("").getJsonObject("facets").getJsonArray("fine")).isNotEmpty();

    Api.Answer bad = Api.anonymous(base).get("public/decisions?from=2024-13-01");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.field()).isEqualTo("from");
    assertThat(bad.message()).startsWith("决定日期起应为").doesNotContain("（from）");
    Api.Answer reversed = Api.anonymous(base).get("public/decisions?from=2024-05-01&to=2024-01-01");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.body()).contains("不早于");
    String page = Api.anonymous(base).get("../portal/search?fine=" + enc("很多")).body();
    assertThat(page).contains("罚款金额只能是").doesNotContain("（fine）");
  }

  @Test
  void theViolationCategoryIsAFacetAndAFilterOnThePageAndInTheJson() {
    JsonObject all = json("size=100");
    assertThat(all.getJsonObject("facets").getJsonArray("category").stream())
        .anySatisfy(
            f -> {
              assertThat(f.asJsonObject().getString("value")).isEqualTo("违法建设");
              assertThat(f.asJsonObject().getJsonNumber("count").longValue())
                  .isGreaterThanOrEqualTo(2);
            });
    assertThat(ids(json("category=" + enc("违法建设") + "&size=100")))
        .contains(building, namedBuilding)
        .doesNotContain(road);
    assertThat(ids(json("category=" + enc("占用道路") + "&size=100")))
        .contains(road)
        .doesNotContain(building, namedBuilding);

    String page = Api.anonymous(base).get("../portal/search").body();
    assertThat(page)
        .contains(
            "id=\"facet-category\"",
            "<h2>违法行为类别</h2>",
            "category=%E8%BF%9D%E6%B3%95%E5%BB%BA%E8%AE%BE");
    String filtered = Api.anonymous(base).get("../portal/search?category=" + enc("违法建设")).body();
    assertThat(filtered)
        .contains("已选：违法行为类别 违法建设", "name=\"category\" value=\"违法建设\"")
        .contains(buildingNumber);

    Api.Answer tooLong =
        Api.anonymous(base).get("public/decisions?category=" + enc("建".repeat(101)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.field()).isEqualTo("category");
    assertThat(tooLong.message()).isEqualTo("违法行为类别过长：最多 100 个字符");
  }

  @Test
  void aPagePastTheLastShowsTheLastAndNoHitsGiveAHint() {
    JsonObject first = json("size=1");
    long pages = first.getJsonNumber("pages").longValue();
    assertThat(pages).isGreaterThanOrEqualTo(3).isLessThan(99);
    JsonObject past = json("size=1&page=99");
    assertThat(past.getJsonNumber("page").longValue()).isEqualTo(pages);
    assertThat(past.getJsonArray("items")).isNotEmpty();

    String html = Api.anonymous(base).get("../portal/search?size=1&page=99").body();
    assertThat(html).contains("没有第 99 页").contains("第 " + pages + " / " + pages + " 页");
    assertThat(html).doesNotContain("第 99 / ");

    String none = Api.anonymous(base).get("../portal/search?q=" + enc("查无此词甲乙丙丁")).body();
    assertThat(none).contains("id=\"no-hits\" class=\"msg-hint\"").doesNotContain("msg-info");
  }

  @Test
  void onAPhoneTheFiltersFoldAboveTheResults() {
    String root = base.toString().replaceAll("/$", "");
    for (boolean js : List.of(true, false)) {
      ChromeDriver browser =
          js
              ? Browser.start()
              : Browser.start(Map.of("profile.managed_default_content_settings.javascript", 2));
      try {
        WebDriverWait wait = Browser.await(browser, 30);
        String tag = js ? "js" : "nojs";
        for (int width : List.of(390, 1366)) {
          browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
          browser.get(root + "/");
          wait.until(d -> d.findElements(By.tagName("footer")).size() == 1);
          Browser.screenshot(browser, "psearch-home-" + width + "-" + tag);

          browser.get(root + "/portal/search?q=" + enc("违章建筑"));
          wait.until(d -> d.findElements(By.id("hits")).size() == 1);
          WebElement facets = browser.findElement(By.id("facets"));
          WebElement hits = browser.findElement(By.id("hits"));
          boolean open = facets.getAttribute("open") != null;
          if (width == 390) {
            assertThat(facets.getLocation().getY())
                .as("filters above the results")
                .isLessThan(hits.getLocation().getY());
            assertThat(open).as("folded with JavaScript, open without").isEqualTo(!js);
            assertThat(hits.getLocation().getY())
                .as("the first result within the first screen and a half")
                .isLessThan(js ? 844 : 3000);
          } else {
            assertThat(open).isTrue();
            assertThat(facets.getLocation().getX()).isLessThan(hits.getLocation().getX());
          }
          assertThat(browser.findElements(By.cssSelector("p.why"))).isNotEmpty();
          Browser.screenshot(browser, "psearch-search-" + width + "-" + tag);
          if (width == 390 && js) {
            facets.findElement(By.tagName("summary")).click();
            wait.until(d -> d.findElement(By.id("facets")).getAttribute("open") != null);
            Browser.screenshot(browser, "psearch-search-390-js-filters-open");
          }
        }
      } finally {
        browser.quit();
      }
    }
  }

  private JsonObject json(String query) {
    Api.Answer a =
        Api.anonymous(base).get("public/decisions" + (query.isEmpty() ? "" : "?" + query));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
