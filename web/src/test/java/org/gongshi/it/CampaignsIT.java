package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Review campaigns (issue 17) over the demo files: the draw, reviewers of other agencies only, the
 * second reviewer for a veto, locked sheets and new revisions, the pre-check findings, the PDF, and
 * the scoring page in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignsIT {
  static final String JINDONG = "金华市金东区综合行政执法局";
  static final String ZHOUCUN = "淄博市周村区综合行政执法局";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  private JsonObject campaign(Api legal, long seed) {
    String name = "评查 " + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer a =
        legal.post(
            "review-campaigns",
            """
            {"name":"%s","kind":"QUARTERLY","decidedFrom":"2025-01-01","decidedTo":"2026-12-31",
             "percent":30,"minPerAgency":3,"seed":%d,"reviewers":["reviewer","reviewer2"]}
            """
                .formatted(name, seed));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a.json();
  }

  private static List<JsonObject> files(JsonObject campaign) {
    return campaign.getJsonArray("files").getValuesAs(JsonObject.class);
  }

  private static JsonObject fileOf(JsonObject campaign, String agency) {
    return files(campaign).stream()
        .filter(f -> f.getString("agency").equals(agency))
        .findFirst()
        .orElseThrow();
  }

  private static String scorerOf(JsonObject file) {
    return file.getString("reviewer").equals("案卷评查员") ? "reviewer" : "reviewer2";
  }

  @Test
  void theSeedIsRecordedAndRedrawsTheSameFilesAndEveryFileGoesToAReviewerOfAnotherAgency() {
    Api legal = Api.as(base, "legaloffice");
    JsonObject a = campaign(legal, 4242L);
    JsonObject b = campaign(legal, 4242L);
    assertThat(a.getJsonNumber("seed").longValue()).isEqualTo(4242L);
    List<Long> drawnA = files(a).stream().map(f -> f.getJsonNumber("caseId").longValue()).toList();
    List<Long> drawnB = files(b).stream().map(f -> f.getJsonNumber("caseId").longValue()).toList();
    assertThat(drawnA).isNotEmpty().isEqualTo(drawnB);
    for (String agency : List.of(JINDONG, "忻州经济开发区综合行政执法局", ZHOUCUN))
      assertThat(files(a))
          .filteredOn(f -> f.getString("agency").equals(agency))
          .hasSizeGreaterThanOrEqualTo(3);
    assertThat(files(a))
        .filteredOn(f -> f.getString("agency").equals(JINDONG))
        .allMatch(f -> f.getString("reviewer").equals("忻开案卷评查员"));
    assertThat(Api.as(base, "officer").get("review-campaigns").status()).isEqualTo(403);
  }

  @Test
  void aReviewerOfJindongCannotScoreAJindongFileAndNothingIsSaved() {
    JsonObject c = campaign(Api.as(base, "legaloffice"), 77L);
    long file = fileOf(c, JINDONG).getJsonNumber("fileId").longValue();
    Api jindongReviewer = Api.as(base, "reviewer");
    Api.Answer refused =
        jindongReviewer.put(
            "review-campaigns/files/" + file + "/draft",
            "{\"items\":[{\"code\":\"C3\",\"deduction\":2,\"reason\":\"证据不足\"}]}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.message()).isEqualTo("评查员不得评查本机关（" + JINDONG + "）的案卷");
    JsonObject sheet = jindongReviewer.get("review-campaigns/files/" + file).json();
    assertThat(sheet.containsKey("score") && !sheet.isNull("score")).as("no sheet saved").isFalse();
    assertThat(sheet.getBoolean("mayScore")).isFalse();
    // the assigned reviewer of another agency may
    Api.Answer ok =
        Api.as(base, "reviewer2")
            .post(
                "review-campaigns/files/" + file + "/submit",
                "{\"items\":[{\"code\":\"C3\",\"deduction\":4,\"reason\":\"部分证据未注明来源\"}]}");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("96");
    assertThat(ok.json().getString("grade")).isEqualTo("优秀");
  }

  @Test
  void aVetoNeedsASecondReviewerThenTheSheetIsLockedAndAChangeIsANewRevision() throws Exception {
    Api legal = Api.as(base, "legaloffice");
    JsonObject c = campaign(legal, 99L);
    JsonObject zc = fileOf(c, ZHOUCUN);
    long file = zc.getJsonNumber("fileId").longValue();
    String scorer = scorerOf(zc);
    String other = scorer.equals("reviewer") ? "reviewer2" : "reviewer";
    Api s = Api.as(base, scorer);
    String path = "review-campaigns/files/" + file;

    JsonObject sheet = s.get(path).json();
    List<JsonObject> findings = sheet.getJsonArray("findings").getValuesAs(JsonObject.class);
    assertThat(findings).hasSize(12);
    JsonObject major =
        findings.stream()
            .filter(f -> f.getString("code").equals("MAJOR_REVIEW"))
            .findFirst()
            .orElseThrow();
    // answered by the legal feature (法制审核、集体讨论), not left to the reviewer
    assertThat(major.getString("state")).isIn("CLEAR", "TRIPPED");
    assertThat(major.getString("message")).doesNotStartWith("未接入");
    assertThat(findings)
        .filteredOn(f -> f.getString("code").equals("OFFICERS"))
        .singleElement()
        .satisfies(f -> assertThat(f.getString("state")).isEqualTo("CLEAR"));

    Api.Answer vetoed =
        s.post(
            path + "/submit",
            "{\"items\":[],\"vetoes\":[\"INSUFFICIENT_EVIDENCE\"],\"comments\":\"主要证据缺失\"}");
    assertThat(vetoed.status()).as(vetoed.body()).isEqualTo(200);
    assertThat(vetoed.json().getString("status")).isEqualTo("AWAITING_SECOND");
    assertThat(vetoed.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(vetoed.json().getString("grade")).isEqualTo("不合格");
    Api.Answer self = s.post(path + "/second", "{\"agree\":true}");
    assertThat(self.status()).isEqualTo(403);
    assertThat(self.message()).isEqualTo("否决项须由另一名评查员确认，评分人本人不能确认");
    Api.Answer second = Api.as(base, other).post(path + "/second", "{\"agree\":true}");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().getString("status")).isEqualTo("SUBMITTED");

    JsonObject results = legal.get("review-campaigns/" + c.getJsonNumber("id").longValue()).json();
    JsonObject worst = results.getJsonArray("worst").getJsonObject(0);
    assertThat(worst.getJsonNumber("fileId").longValue()).isEqualTo(file);
    assertThat(worst.getString("grade")).isEqualTo("不合格");

    // the campaign report: this file's grade, the agencies' averages, 十佳十差, pre-check counts
    long id = c.getJsonNumber("id").longValue();
    Api.Answer report = legal.get("review-campaigns/" + id + "/report.pdf");
    assertThat(report.status()).isEqualTo(200);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(report.bytes())) {
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text)
          .contains(
              c.getString("name").replaceAll("\\s+", "") + "案卷评查情况报告",
              "随机种子：99",
              zc.getString("caseNumber"),
              "各机关平均分",
              "十佳案卷",
              "十差案卷",
              "自动预检发现的问题",
              "执法人员人数");
    }
    Api.Answer sheetXlsx = Api.as(base, other).get("review-campaigns/" + id + "/report.xlsx");
    assertThat(sheetXlsx.status()).isEqualTo(200);
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(sheetXlsx.bytes()))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(5);
      assertThat(wb.getSheetName(2)).isEqualTo("十佳案卷");
      boolean found = false;
      for (var row : wb.getSheet("十差案卷"))
        for (var cell : row)
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && cell.getStringCellValue().equals(zc.getString("caseNumber"))) found = true;
      assertThat(found).as("the vetoed file is among 十差").isTrue();
    }
    assertThat(Api.as(base, "officer").get("review-campaigns/" + id + "/report.pdf").status())
        .isEqualTo(403);

    byte[] pdf = legal.get(path + "/sheet.pdf").bytes();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains(zc.getString("caseNumber"), "主要证据不足", "不合格");
    }

    Api.Answer locked = s.put(path + "/draft", "{\"items\":[]}");
    assertThat(locked.status()).isEqualTo(409);
    assertThat(locked.message()).contains("已提交并锁定");
    Api.Answer revised = s.post(path + "/revisions", "{\"reason\":\"复核后撤回否决\"}");
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    assertThat(revised.json().getInt("revision")).isEqualTo(2);
    assertThat(revised.json().getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void theScoringPageInChromium() {
    JsonObject c = campaign(Api.as(base, "legaloffice"), 31L);
    String name = c.getString("name");
    JsonObject jd = fileOf(c, JINDONG); // scored by 忻开案卷评查员
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      login(browser, wait, root + "/staff/", "reviewer2");
      browser.findElement(By.id("nav-campaigns")).click();
      wait.until(d -> d.findElements(By.linkText(name)).size() == 1);
      browser.findElement(By.linkText(name)).click();
      wait.until(d -> d.findElements(By.id("files")).size() == 1);
      assertThat(browser.findElement(By.id("draw")).getText()).contains("随机种子 31");
      browser.get(
          root + "/staff/campaign-score.xhtml?file=" + jd.getJsonNumber("fileId").longValue());
      wait.until(d -> d.findElements(By.id("documents")).size() == 1);
      assertThat(browser.findElement(By.id("heading")).getText())
          .contains(jd.getString("caseNumber"));
      List<WebElement> docs = browser.findElements(By.cssSelector("#documents > li h3"));
      assertThat(docs).isNotEmpty();
      List<String> order =
          java.util.Arrays.stream(org.gongshi.archive.entity.DocumentType.values())
              .map(t -> t.label)
              .toList();
      List<String> shown = docs.stream().map(WebElement::getText).toList();
      assertThat(shown)
          .as("catalog order")
          .isSortedAccordingTo(java.util.Comparator.comparing(order::indexOf));
      assertThat(browser.findElement(By.id("checks")).getText())
          .contains("执法人员人数")
          .doesNotContain("未接入");

      // search inside this file
      browser.findElement(By.id("q")).sendKeys("当事人");
      browser.findElement(By.id("find")).click();
      wait.until(d -> d.findElements(By.id("hits")).size() == 1);
      assertThat(browser.findElement(By.id("hits")).getText()).matches("“当事人”在本卷共 [1-9]\\d* 处命中");
      assertThat(browser.findElements(By.cssSelector("#documents mark"))).isNotEmpty();

      // autosave: typed values survive a reload without pressing a button
      WebElement d = browser.findElement(By.cssSelector("input[aria-label='证据确凿充分，取证程序合法 扣分']"));
      d.clear();
      d.sendKeys("2");
      WebElement r = browser.findElement(By.cssSelector("input[aria-label='证据确凿充分，取证程序合法 扣分理由']"));
      r.sendKeys("现场照片未注明拍摄时间", Keys.TAB);
      wait.until(x -> x.findElement(By.id("autosaved")).getText().equals("已自动保存草稿"));
      browser.navigate().refresh();
      wait.until(x -> x.findElements(By.id("documents")).size() == 1);
      assertThat(
              browser
                  .findElement(By.cssSelector("input[aria-label='证据确凿充分，取证程序合法 扣分']"))
                  .getAttribute("value"))
          .isEqualTo("2");

      // a veto switch sits on the line of its label
      WebElement box = browser.findElement(By.cssSelector("#vetoes .switch input[type=checkbox]"));
      WebElement label = browser.findElement(By.cssSelector("#vetoes .switch label"));
      assertThat(
              Math.abs(
                  box.getRect().getY()
                      + box.getRect().getHeight() / 2
                      - (label.getRect().getY() + label.getRect().getHeight() / 2)))
          .isLessThan(8);
      assertThat(label.getRect().getX()).isGreaterThan(box.getRect().getX());

      // a deduction without a reason is refused in words, then submitted
      WebElement f2 = browser.findElement(By.cssSelector("input[aria-label='一案一卷，案卷材料齐全，无缺页 扣分']"));
      f2.sendKeys("1");
      browser.findElement(By.id("score:submit")).click();
      wait.until(x -> x.findElement(By.id("messages")).getText().contains("须写明扣分理由"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .isEqualTo("理由：“一案一卷，案卷材料齐全，无缺页”扣 1 分，须写明扣分理由");
      browser.findElement(By.cssSelector("input[aria-label='一案一卷，案卷材料齐全，无缺页 扣分']")).clear();
      browser.findElement(By.id("score:submit")).click();
      wait.until(x -> x.findElements(By.id("result")).size() == 1);
      assertThat(browser.findElement(By.id("result")).getText()).contains("得分 98", "等次 优秀");
      assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已提交");
      assertThat(browser.findElements(By.id("score:submit"))).isEmpty();
      String body = browser.findElement(By.tagName("body")).getText();
      assertThat(body)
          .doesNotContain("reviewer2", "TRIPPED", "NOT_RUN", "INSUFFICIENT_EVIDENCE", "C3");
      Browser.screenshot(browser, "staff-campaign-score");

      // the Jindong reviewer sees the file read-only, told why
      browser.manage().deleteAllCookies();
      login(
          browser,
          wait,
          root + "/staff/campaign-score.xhtml?file=" + jd.getJsonNumber("fileId").longValue(),
          "reviewer");
      wait.until(x -> x.findElements(By.id("why-not")).size() == 1);
      assertThat(browser.findElement(By.id("why-not")).getText())
          .isEqualTo("评查员不得评查本机关（" + JINDONG + "）的案卷（只读）");
      assertThat(browser.findElements(By.id("revise:open"))).isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void aViolationMoreThanTwoYearsBeforeFilingTripsTheLimitationCheckAndARecentOneDoesNot() {
    Api legal = Api.as(base, "legaloffice");
    Api admin = Api.as(base, "admin");
    JsonObject first = campaign(legal, 2024L);
    JsonObject oldFile = unsealedOf(admin, first, ZHOUCUN);
    JsonObject recentFile = unsealedOf(admin, first, JINDONG);
    long oldCase = oldFile.getJsonNumber("caseId").longValue();
    long recentCase = recentFile.getJsonNumber("caseId").longValue();
    java.time.LocalDate oldFiled = filed(admin, oldCase);
    java.time.LocalDate recentFiled = filed(admin, recentCase);
    Api.Answer late =
        admin.put(
            "cases/" + recentCase + "/violation-day",
            "{\"day\":\"" + recentFiled.plusDays(1) + "\"}");
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.message())
        .isEqualTo("违法行为发生日期 " + recentFiled.plusDays(1) + " 不能晚于立案日期 " + recentFiled);
    assertThat(
            admin
                .put(
                    "cases/" + oldCase + "/violation-day",
                    "{\"day\":\"" + oldFiled.minusYears(2).minusDays(1) + "\"}")
                .status())
        .isEqualTo(200);
    assertThat(admin.get("cases/" + oldCase).json().getString("violationDay"))
        .isEqualTo(oldFiled.minusYears(2).minusDays(1).toString());
    assertThat(
            admin
                .put(
                    "cases/" + recentCase + "/violation-day",
                    "{\"day\":\"" + recentFiled.minusDays(30) + "\"}")
                .status())
        .isEqualTo(200);

    // the same seed draws the same files; the pre-checks now read the recorded days
    JsonObject again = campaign(legal, 2024L);
    JsonObject expired = limitation(legal, sameCase(again, oldCase));
    assertThat(expired.getString("state")).isEqualTo("TRIPPED");
    assertThat(expired.getString("vetoName")).isNotBlank();
    assertThat(expired.getString("message")).contains("已超过两年追责时效");
    assertThat(limitation(legal, sameCase(again, recentCase)).getString("state"))
        .isEqualTo("CLEAR");
  }

  /**
   * A drawn file of the agency whose case is closed but not sealed (a sealed one is not changed).
   */
  private static JsonObject unsealedOf(Api admin, JsonObject campaign, String agency) {
    return files(campaign).stream()
        .filter(f -> f.getString("agency").equals(agency))
        .filter(
            f -> {
              // a general-procedure file has a filing day; a sealed one is not changed
              JsonObject k = admin.get("cases/" + f.getJsonNumber("caseId").longValue()).json();
              return k.getString("status").equals("CLOSED")
                  && k.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
                      .anyMatch(m -> m.getString("kind").equals("FILED"));
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no closed, unsealed file of " + agency + " drawn"));
  }

  private static JsonObject sameCase(JsonObject campaign, long caseId) {
    return files(campaign).stream()
        .filter(f -> f.getJsonNumber("caseId").longValue() == caseId)
        .findFirst()
        .orElseThrow();
  }

  private static java.time.LocalDate filed(Api admin, long caseId) {
    return admin
        .get("cases/" + caseId)
        .json()
        .getJsonArray("milestones")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("kind").equals("FILED"))
        .map(m -> java.time.LocalDate.parse(m.getString("day")))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject limitation(Api legal, JsonObject file) {
    return legal
        .get("review-campaigns/files/" + file.getJsonNumber("fileId").longValue())
        .json()
        .getJsonArray("findings")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(f -> f.getString("code").equals("LIMITATION"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theLegalOfficeHandsAFileOverButNeverToAReviewerOfTheFilesAgency() {
    Api legal = Api.as(base, "legaloffice");
    JsonObject c = campaign(legal, 808L);
    JsonObject jd = fileOf(c, JINDONG); // with 忻开案卷评查员
    long file = jd.getJsonNumber("fileId").longValue();
    String path = "review-campaigns/files/" + file + "/reviewer";
    Api.Answer own = legal.post(path, "{\"reviewer\":\"reviewer\",\"reason\":\"人手调整\"}");
    assertThat(own.status()).isEqualTo(400);
    assertThat(own.field()).isEqualTo("reviewer");
    assertThat(own.message()).contains("属于" + JINDONG, "评查员不得评查本机关的案卷");
    Api.Answer noReason = legal.post(path, "{\"reviewer\":\"reviewer\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).isEqualTo("改派须写明理由");
    assertThat(
            Api.as(base, "reviewer2")
                .post(path, "{\"reviewer\":\"reviewer\",\"reason\":\"x\"}")
                .status())
        .isEqualTo(403);

    // a Zhoucun file goes from one reviewer to the other, who may then score it
    JsonObject zc = fileOf(c, ZHOUCUN);
    long zcFile = zc.getJsonNumber("fileId").longValue();
    String from = scorerOf(zc);
    String to = from.equals("reviewer") ? "reviewer2" : "reviewer";
    Api.Answer moved =
        legal.post(
            "review-campaigns/files/" + zcFile + "/reviewer",
            "{\"reviewer\":\"" + to + "\",\"reason\":\"原评查员出差\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(Api.as(base, from).put("review-campaigns/files/" + zcFile + "/draft", "{}").status())
        .isEqualTo(403);
    Api.Answer scored =
        Api.as(base, to).post("review-campaigns/files/" + zcFile + "/submit", "{\"items\":[]}");
    assertThat(scored.status()).as(scored.body()).isEqualTo(200);
    Api.Answer locked =
        legal.post(
            "review-campaigns/files/" + zcFile + "/reviewer",
            "{\"reviewer\":\"" + from + "\",\"reason\":\"再调整\"}");
    assertThat(locked.status()).isEqualTo(409);
    assertThat(locked.message()).contains("不能改派");
  }

  @Test
  void aPublishedSummaryOnThePortalHasAgenciesAndGradesButNoCaseNumberOrPartyInChromium() {
    Api legal = Api.as(base, "legaloffice");
    JsonObject c = campaign(legal, 4711L);
    long id = c.getJsonNumber("id").longValue();
    Api.Answer early = legal.post("review-campaigns/" + id + "/publication", "{}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.message()).isEqualTo("本次评查尚无已提交的评分表，没有可公开的结果");
    JsonObject zc = fileOf(c, ZHOUCUN);
    assertThat(
            Api.as(base, scorerOf(zc))
                .post(
                    "review-campaigns/files/" + zc.getJsonNumber("fileId").longValue() + "/submit",
                    "{\"items\":[{\"code\":\"C3\",\"deduction\":4,\"reason\":\"部分证据未注明来源\"}]}")
                .status())
        .isEqualTo(200);
    assertThat(
            Api.as(base, "reviewer2")
                .post("review-campaigns/" + id + "/publication", "{}")
                .status())
        .isEqualTo(403);

    // what must never reach the portal: case numbers, party names and ID numbers of the drawn files
    Api admin = Api.as(base, "admin");
    List<String> secret = new java.util.ArrayList<>();
    for (JsonObject f : files(c)) {
      secret.add(f.getString("caseNumber"));
      for (JsonObject p :
          admin
              .get("cases/" + f.getJsonNumber("caseId").longValue())
              .json()
              .getJsonArray("parties")
              .getValuesAs(JsonObject.class)) {
        for (String key : List.of("name", "idNumber", "uscc", "address"))
          if (p.get(key) instanceof jakarta.json.JsonString v && !v.getString().isBlank())
            secret.add(v.getString());
      }
    }
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      login(browser, wait, root + "/staff/campaigns.xhtml?id=" + id, "legaloffice");
      wait.until(d -> d.findElements(By.id("publication:publish")).size() == 1);
      assertThat(browser.findElement(By.id("publication-state")).getText())
          .isEqualTo("评查结果未在门户公开。");
      assertThat(browser.findElement(By.id("report-pdf")).getAttribute("href"))
          .endsWith("/api/review-campaigns/" + id + "/report.pdf");
      browser.findElement(By.id("publication:publish")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("已在门户公开评查结果摘要"));
      assertThat(browser.findElement(By.id("publication-state")).getText()).contains("在门户公开");

      // the reassign form names the field and the rule in Chinese
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("handover:file")))
          .selectByValue(String.valueOf(fileOf(c, JINDONG).getJsonNumber("fileId").longValue()));
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("handover:to")))
          .selectByValue("reviewer");
      browser.findElement(By.id("handover:reason")).sendKeys("人手调整");
      browser.findElement(By.id("handover:reassign")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("改派给"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .contains("改派给：", "评查员不得评查本机关的案卷");

      browser.manage().deleteAllCookies();
      browser.get(root + "/portal/reviews.xhtml");
      wait.until(d -> d.findElements(By.id("review-" + id)).size() == 1);
      String section = browser.findElement(By.id("review-" + id)).getText();
      assertThat(section)
          .contains(c.getString("name"), ZHOUCUN, JINDONG, "已评 1 件", "平均分 96.0", "优秀 1 件");
      String page = browser.getPageSource();
      for (String s : secret) assertThat(page).as("public page").doesNotContain(s);
      assertThat(page).doesNotContain("案卷评查员", "reviewer");
      Browser.screenshot(browser, "portal-reviews");
    } finally {
      browser.quit();
    }
    assertThat(legal.delete("review-campaigns/" + id + "/publication").status()).isEqualTo(204);
  }

  @Test
  void theLegalOfficeSavesAnEditedCopyOfTheStandardAndARunningCampaignKeepsItsVersionInChromium() {
    Api legal = Api.as(base, "legaloffice");
    JsonObject running = campaign(legal, 1212L);
    String before = running.getString("standard");
    List<JsonObject> versions =
        legal.get("review-campaigns/standards").array().getValuesAs(JsonObject.class);
    JsonObject latest = versions.get(versions.size() - 1);
    String name = "本地评查标准 " + UUID.randomUUID().toString().substring(0, 6);
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      login(browser, wait, root + "/staff/campaigns.xhtml", "legaloffice");
      browser.findElement(By.id("standards-link")).click();
      wait.until(d -> d.findElements(By.id("versions")).size() == 1);
      browser.get(root + "/staff/standards.xhtml?base=" + latest.getJsonNumber("id").longValue());
      wait.until(d -> d.findElements(By.id("standard:save")).size() == 1);
      WebElement n = browser.findElement(By.id("standard:name"));
      n.clear();
      n.sendKeys(name);
      By c3 = By.cssSelector("input[aria-label='证据确凿充分，取证程序合法 分值']");
      browser.findElement(c3).clear();
      browser.findElement(c3).sendKeys("13");
      browser.findElement(By.id("standard:save")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("100 分"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .isEqualTo("评查项目：各项分值合计应为 100 分，实为 101 分（案卷形式 20 分，案卷内容 81 分）");
      browser.findElement(c3).clear();
      browser.findElement(c3).sendKeys("12");
      WebElement pass = browser.findElement(By.id("standard:pass"));
      pass.clear();
      pass.sendKeys("95");
      browser.findElement(By.id("standard:save")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("等次线"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .isEqualTo("等次线：等次线应满足 0 < 合格线 < 优秀线 ≤ 满分 100");
      browser.findElement(By.id("standard:pass")).clear();
      browser.findElement(By.id("standard:pass")).sendKeys("65");
      browser.findElement(By.id("standard:add-veto")).click();
      wait.until(d -> d.findElements(By.cssSelector("#vetoes input[aria-label='否决项']")).size() > 1);
      List<WebElement> vetoes =
          browser.findElements(By.cssSelector("#vetoes input[aria-label='否决项']"));
      vetoes.get(vetoes.size() - 1).sendKeys("未依法送达处罚决定书");
      browser.findElement(By.id("standard:save")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().startsWith("已保存"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .contains("已保存“" + name + "”第 " + (latest.getInt("version") + 1) + " 版");
      assertThat(browser.findElement(By.id("versions")).getText()).contains(name);
      String body = browser.findElement(By.tagName("body")).getText();
      assertThat(body).doesNotContain("VETO_X", "passFrom", "C3");
      Browser.screenshot(browser, "staff-standards");
    } finally {
      browser.quit();
    }
    List<JsonObject> after =
        legal.get("review-campaigns/standards").array().getValuesAs(JsonObject.class);
    JsonObject saved = after.get(after.size() - 1);
    assertThat(saved.getString("name")).isEqualTo(name);
    JsonObject detail =
        legal
            .get("review-campaigns/standards/" + saved.getJsonNumber("id").longValue())
            .json()
            .getJsonObject("standard");
    assertThat(detail.getJsonNumber("passFrom").bigDecimalValue()).isEqualByComparingTo("65");
    assertThat(detail.getJsonArray("vetoes").getValuesAs(JsonObject.class))
        .anyMatch(v -> v.getString("label").equals("未依法送达处罚决定书"));
    // the running campaign keeps the version it started with
    assertThat(
            legal
                .get("review-campaigns/" + running.getJsonNumber("id").longValue())
                .json()
                .getString("standard"))
        .isEqualTo(before);
    assertThat(
            Api.as(base, "reviewer")
                .post(
                    "review-campaigns/standards/"
                        + saved.getJsonNumber("id").longValue()
                        + "/copies",
                    "{}")
                .status())
        .isEqualTo(403);
  }

  private static void login(ChromeDriver browser, WebDriverWait wait, String url, String user) {
    browser.get(url);
    wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
    browser.findElement(By.id("j_username")).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("login")).click();
    wait.until(d -> d.findElements(By.id("j_username")).isEmpty());
  }
}
