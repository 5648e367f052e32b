package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff side in a real browser, per role (issue 15): each role's start page and menu, the case
 * officer's path from an empty case to a sealed file on screen only, uploads on every row (with and
 * without scripts), confirmations, and the error pages' status.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPagesIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  private String root() {
    return base.toString().replaceAll("/$", "");
  }

  private static void login(ChromeDriver browser, WebDriverWait wait, String user) {
    wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
    browser.findElement(By.id("j_username")).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("login")).click();
    wait.until(d -> d.findElements(By.id("j_username")).isEmpty());
  }

  /**
   * Clicks, counted: the closing note reports the officer's clicks from new case to sealed file.
   */
  private int clicks;

  private void click(WebElement e) {
    clicks++;
    e.click();
  }

  /** An element's text, or "" while the page is being replaced (a stale element). */
  private static String text(org.openqa.selenium.WebDriver d, By by) {
    try {
      List<WebElement> found = d.findElements(by);
      return found.isEmpty() ? "" : found.get(0).getText();
    } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
      return "";
    }
  }

  private static void setDate(ChromeDriver browser, WebElement input, LocalDate day) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", input, day.toString());
  }

  @Test
  void officerGoesFromAnEmptyCaseToASealedFileWithFiveDocumentsOnScreenOnly() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String name : List.of("现场检查笔录", "证据照片说明", "证据清单", "当场处罚决定书", "送达回证", "罚款缴纳凭证")) {
      Path f = Files.createTempFile(name, ".docx");
      Files.write(f, SampleFiles.docx(name + "：当事人在光南路擅自占用城市道路堆放建筑材料"));
      files.add(f);
    }
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 60);
      browser.get(root() + "/staff/");
      login(browser, wait, "officer");
      wait.until(d -> d.findElements(By.id("queue")).size() == 1);
      long started = System.nanoTime();
      clicks = 0;

      click(browser.findElement(By.id("new-case")));
      wait.until(d -> d.findElements(By.id("case:save")).size() == 1);
      String proposed = browser.findElement(By.id("case:caseNumber")).getAttribute("value");
      assertThat(proposed).matches("金东综执立字〔\\d{4}〕第\\d+号");
      String number = proposed.replace("号", UUID.randomUUID().toString().substring(0, 4) + "号");
      WebElement numberInput = browser.findElement(By.id("case:caseNumber"));
      numberInput.clear();
      numberInput.sendKeys(number);
      new Select(browser.findElement(By.id("case:procedure"))).selectByVisibleText("简易程序");
      browser.findElement(By.id("case:title")).sendKeys("未经批准擅自占用城市道路");
      browser.findElement(By.id("case:violation")).sendKeys("当事人在光南路擅自占用城市道路堆放建筑材料约5平方米。");
      browser.findElement(By.id("case:legalBasis")).sendKeys("《城市道路管理条例》第二十七条、第四十二条");
      WebElement name = browser.findElement(By.cssSelector("#parties input[id$=':name']"));
      name.sendKeys("金华市恒达建材有限公司");
      WebElement uscc = browser.findElement(By.cssSelector("#parties input[id$=':uscc']"));
      uscc.sendKeys("91110000802100433A"); // a wrong check character, told as typed
      WebElement note =
          uscc.findElement(By.xpath("following-sibling::span[@class[contains(.,'check-note')]]"));
      wait.until(d -> note.getText().contains("校验位应为B"));
      uscc.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
      uscc.sendKeys("B");
      wait.until(d -> note.getText().equals("格式正确"));
      List<WebElement> officers =
          browser.findElements(By.cssSelector("#officers input[type=checkbox]:not([disabled])"));
      assertThat(officers).hasSizeGreaterThanOrEqualTo(2);
      click(officers.get(0));
      click(officers.get(1));
      browser.findElement(By.cssSelector("#penalties input[id$=':amount']")).sendKeys("2000");
      Browser.screenshot(browser, "case-edit-filled");
      click(browser.findElement(By.id("case:save")));
      wait.until(d -> d.getPageSource().contains("卷内文书") && d.getPageSource().contains(number));
      assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("办理中");

      // the two rows the procedure needs were created with the case; three more are added
      for (String type : List.of("现场检查笔录", "送达回证", "执行凭证")) {
        new Select(browser.findElement(By.id("adddoc:type"))).selectByVisibleText(type);
        click(browser.findElement(By.id("adddoc:add")));
        wait.until(d -> text(d, By.id("documents")).contains(type));
      }
      List<WebElement> rows = browser.findElements(By.cssSelector("#documents tbody tr"));
      assertThat(rows).hasSize(5);

      // one file on each row, two at once on the middle row: first, middle and last all arrive
      int[][] plan = {{0, 0}, {1, 1}, {2, 2, 3}, {3, 4}, {4, 5}};
      for (int[] step : plan) {
        WebElement row = browser.findElements(By.cssSelector("#documents tbody tr")).get(step[0]);
        String rowId = row.getAttribute("id");
        List<String> paths = new ArrayList<>();
        for (int i = 1; i < step.length; i++) paths.add(files.get(step[i]).toString());
        row.findElement(By.cssSelector("input[type=file]")).sendKeys(String.join("\n", paths));
        click(row.findElement(By.cssSelector("input[type=submit][value='上传']")));
        wait.until(
            d -> {
              String text = text(d, By.id(rowId));
              for (int i = 1; i < step.length; i++) {
                if (!text.contains(files.get(step[i]).getFileName().toString())) return false;
              }
              return true;
            });
      }
      Browser.screenshot(browser, "case-five-documents");
      assertThat(browser.findElement(By.id("documents")).getText())
          .contains("Word 文档")
          .doesNotContain("application/vnd");

      new Select(browser.findElement(By.id("milestone:kind"))).selectByVisibleText("决定");
      setDate(
          browser,
          browser.findElement(By.id("milestone:day")),
          LocalDate.now(ZoneId.of("Asia/Shanghai")));
      browser.findElement(By.id("milestone:decisionNumber")).sendKeys(number.replace("立字", "简罚决字"));
      click(browser.findElement(By.cssSelector("#milestone input[type=submit]")));
      wait.until(d -> d.getPageSource().contains("已记录节点"));

      click(browser.findElement(By.id("lifecycle:close")));
      wait.until(ExpectedConditions.alertIsPresent());
      browser.switchTo().alert().accept();
      wait.until(d -> text(d, By.id("case-status")).equals("已结案"));
      click(browser.findElement(By.id("lifecycle:seal")));
      wait.until(ExpectedConditions.alertIsPresent());
      browser.switchTo().alert().accept();
      wait.until(d -> text(d, By.id("case-status")).equals("已归档"));
      double seconds = (System.nanoTime() - started) / 1e9;
      Browser.screenshot(browser, "case-sealed");
      System.out.printf(
          "OFFICER PATH: new case to sealed file with 5 documents (6 files): %d clicks, %.1f s%n",
          clicks, seconds);
      // sealed: nothing left to change on the page
      assertThat(browser.findElements(By.id("milestone"))).isEmpty();
      assertThat(browser.findElements(By.cssSelector("#documents input[type=file]"))).isEmpty();
      String page = browser.findElement(By.tagName("body")).getText();
      assertThat(page).contains("立案登记", "归档封存").doesNotContain("OPEN_CASE", "（字段：");
    } finally {
      browser.quit();
      for (Path f : files) Files.deleteIfExists(f);
    }
  }

  @Test
  void withoutScriptsEveryRowUploadsAndClosingAsksOnItsOwnPage() throws Exception {
    Api api = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    long caseId = Cases.open(api, Cases.generalCase(api, number));
    for (String type : List.of("FILING_APPROVAL", "EVIDENCE", "DECISION")) {
      Cases.addDocument(api, caseId, type);
    }
    LocalDate filed = LocalDate.of(2026, 9, 1);
    Cases.milestone(api, caseId, "FILED", filed, null);
    Cases.milestone(api, caseId, "INVESTIGATION_ENDED", filed.plusDays(5), null);
    Cases.milestone(api, caseId, "ADVANCE_NOTICE", filed.plusDays(10), null);
    // a decision 2 days after the notice of a 20,000 yuan fine: inside the hearing-request time
    Api.Answer early =
        api.post(
            "cases/" + caseId + "/milestones",
            "{\"kind\":\"DECIDED\",\"day\":\""
                + filed.plusDays(12)
                + "\",\"decisionNumber\":\""
                + number.replace("立字", "罚决字")
                + "\"}");
    assertThat(early.status()).isEqualTo(409); // the legal feature's gate, by working days
    assertThat(early.message()).contains("陈述、申辩期");
    Cases.milestone(api, caseId, "DECIDED", filed.plusDays(20), number.replace("立字", "罚决字"));
    Path file = Files.createTempFile("证据", ".docx");
    Files.write(file, SampleFiles.docx("证据材料"));

    ChromeDriver browser =
        Browser.start(Map.of("profile.managed_default_content_settings.javascript", 2));
    try {
      WebDriverWait wait = Browser.await(browser, 60);
      browser.get(root() + "/staff/case.xhtml?id=" + caseId);
      login(browser, wait, "officer");
      wait.until(d -> d.getPageSource().contains("卷内文书"));
      int rowsCount = browser.findElements(By.cssSelector("#documents tbody tr")).size();
      assertThat(rowsCount).isEqualTo(3);
      for (int r : new int[] {0, 1, 2}) {
        WebElement row = browser.findElements(By.cssSelector("#documents tbody tr")).get(r);
        String rowId = row.getAttribute("id");
        int before = row.findElements(By.cssSelector(".file")).size();
        row.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        row.findElement(By.cssSelector("input[type=submit][value='上传']")).click();
        wait.until(
            d -> {
              try { // the page is replaced by the answer to the upload: the row may go stale
                return d.findElement(By.id(rowId)).findElements(By.cssSelector(".file")).size()
                    == before + 1;
              } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
              }
            });
        assertThat(browser.getPageSource()).doesNotContain("请选择要上传的文件");
      }
      Browser.screenshot(browser, "upload-every-row-no-js");

      browser.findElement(By.id("lifecycle:close")).click();
      wait.until(d -> d.findElements(By.id("lifecycle:confirm-close")).size() == 1);
      assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("办理中");
      Browser.screenshot(browser, "confirm-close-no-js");
      browser.findElement(By.id("lifecycle:confirm-close")).click();
      wait.until(d -> text(d, By.id("case-status")).equals("已结案"));
    } finally {
      browser.quit();
      Files.deleteIfExists(file);
    }
  }

  /** The menu each demo user sees (pages other features add appear once deployed). */
  private static final Map<String, Set<String>> MENUS =
      Map.of(
          "officer",
              Set.of("nav-cases", "nav-new-case", "nav-search", "nav-reports", "nav-calendar"),
          "disclosure",
              Set.of(
                  "nav-cases",
                  "nav-search",
                  "nav-disclosure",
                  "nav-reports",
                  "nav-calendar",
                  "nav-agency-settings"),
          "legal",
              Set.of("nav-cases", "nav-search", "nav-reports", "nav-calendar", "nav-legal-reviews"),
          "legaloffice",
              Set.of(
                  "nav-cases",
                  "nav-search",
                  "nav-disclosure",
                  "nav-reports",
                  "nav-calendar",
                  "nav-audit",
                  "nav-filings",
                  "nav-major-rules",
                  "nav-campaigns"),
          "reviewer",
              Set.of(
                  "nav-cases",
                  "nav-search",
                  "nav-reports",
                  "nav-calendar",
                  "nav-audit",
                  "nav-campaigns"),
          "admin",
              Set.of(
                  "nav-cases",
                  "nav-search",
                  "nav-disclosure",
                  "nav-reports",
                  "nav-calendar",
                  "nav-audit",
                  "nav-catalog-import",
                  "nav-agency-settings",
                  "nav-accounts",
                  "nav-filings",
                  "nav-major-rules",
                  "nav-campaigns"));

  @Test
  void eachRoleLandsOnItsStartPageAndIsOfferedOnlyWhatItMayDo() {
    Api officer = Api.as(base, "officer");
    long caseId = Cases.open(officer, Cases.generalCase(officer, Cases.uniqueNumber("金东综执")));
    Cases.addDocument(officer, caseId, "EVIDENCE");
    for (String user :
        List.of("officer", "disclosure", "legal", "legaloffice", "reviewer", "admin")) {
      ChromeDriver browser = Browser.start();
      try {
        WebDriverWait wait = Browser.await(browser, 30);
        browser.get(root() + "/staff/");
        login(browser, wait, user);
        wait.until(d -> d.findElements(By.cssSelector("header.top")).size() == 1);
        Browser.screenshot(browser, "start-" + user);
        String url = browser.getCurrentUrl();
        String body = browser.findElement(By.tagName("body")).getText();
        switch (user) {
          case "officer" -> assertThat(body).contains("我的待办", "决定期限", "归档前尚缺文书", "等待办案节点");
          case "disclosure" -> assertThat(url).contains("/staff/disclosure.xhtml");
          case "admin" -> assertThat(url).contains("/staff/accounts.xhtml");
          default -> assertThat(url).doesNotContain("error");
        }
        assertThat(body).doesNotContain("无权访问", "页面不存在");

        // the menu: exactly the entries of the role whose pages exist
        List<WebElement> links = browser.findElements(By.cssSelector("header.top a[id^=nav-]"));
        Set<String> ids = new java.util.HashSet<>();
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : links) {
          ids.add(a.getAttribute("id"));
          hrefs.add(a.getAttribute("href"));
        }
        assertThat(MENUS.get(user)).containsAll(ids);
        assertThat(ids).contains("nav-cases", "nav-search", "nav-reports");
        // every page of the menu opens for the role, without a refusal
        for (String href : hrefs) {
          browser.get(href);
          String text = browser.findElement(By.tagName("body")).getText();
          assertThat(text)
              .as(user + " " + href)
              .doesNotContain("无权访问", "当前用户无权", "页面不存在", "请求未能完成");
        }

        // the case page: the officer's forms only for those who may use them
        browser.get(root() + "/staff/case.xhtml?id=" + caseId);
        wait.until(d -> d.getPageSource().contains("卷内文书"));
        boolean writer = user.equals("officer") || user.equals("admin");
        for (String form : List.of("milestone", "adddoc", "lifecycle", "annotate", "edit-case")) {
          assertThat(browser.findElements(By.id(form)))
              .as(user + " " + form)
              .hasSize(writer ? 1 : 0);
        }
        assertThat(browser.findElements(By.cssSelector("#documents input[type=file]")))
            .as(user + " upload")
            .hasSize(writer ? 1 : 0);
        assertThat(browser.findElements(By.id("publication"))).isEmpty(); // no decision yet
        assertThat(browser.findElements(By.id("filing-report"))).isEmpty();
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void errorPagesAnswerWithTheirStatusInChinese() {
    Api officer = Api.as(base, "officer");
    Api.Answer missing = officer.get("../staff/no-such-page.xhtml");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("页面不存在").doesNotContain("Not Found");
    Api.Answer forbidden = officer.get("../staff/accounts.xhtml");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.body()).contains("无权访问").doesNotContain("Forbidden");
    Api.Answer allowed = Api.as(base, "admin").get("../staff/accounts.xhtml");
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.body()).contains("用户管理", "执法人员与执法证");
  }
}
