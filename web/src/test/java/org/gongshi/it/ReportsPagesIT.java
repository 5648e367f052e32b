package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: a reviewer samples and scores a file; an officer records a reconsideration
 * from the case page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsPagesIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void reviewerDrawsASampleScoresAFileAndDownloadsTheSheet() {
    Api officer = Api.as(base, "officer");
    Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      browser.get(root + "/staff/review.xhtml");
      wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
      browser.findElement(By.id("j_username")).sendKeys("reviewer");
      browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.getPageSource().contains("随机抽取已结案案卷"));

      type(browser, "sample:year", "2026");
      type(browser, "sample:count", "2");
      type(browser, "sample:seed", "5");
      browser.findElement(By.id("sample:draw")).click();
      wait.until(d -> d.findElements(By.cssSelector("#sampled tbody tr")).size() == 2);
      assertThat(browser.getPageSource()).contains("种子 5");
      Browser.screenshot(browser, "reports-01-sample");

      browser.findElement(By.cssSelector("#sampled tbody tr a")).click();
      wait.until(d -> d.findElements(By.id("items")).size() == 1);
      assertThat(browser.findElement(By.id("case")).getText()).contains("综执").doesNotContain("未找到");
      List<WebElement> f3 =
          browser.findElements(By.cssSelector("#items tbody tr:nth-child(3) input"));
      f3.get(0).sendKeys("2");
      f3.get(1).sendKeys("缺少备考表");
      browser.findElement(By.id("score:submit")).click();
      wait.until(d -> d.findElements(By.id("result")).size() == 1);
      assertThat(browser.findElement(By.id("result")).getText()).contains("98", "优秀");
      assertThat(browser.findElement(By.id("sheet")).getAttribute("href"))
          .matches(".*/api/reports/reviews/\\d+\\.pdf");
      Browser.screenshot(browser, "reports-02-scored");

      browser.findElement(By.linkText("报表")).click();
      wait.until(d -> d.getPageSource().contains("报表下载"));
      assertThat(browser.findElement(By.id("reviews")).getText()).contains("98", "优秀");
      assertThat(browser.findElements(By.id("timeliness")))
          .isEmpty(); // reviewers do not get the disclosure figures
      assertThat(browser.findElement(By.id("annual")).getAttribute("action"))
          .endsWith("/api/reports/annual-statistics.pdf");
      Browser.screenshot(browser, "reports-03-reports-page");
    } finally {
      browser.quit();
    }
  }

  @Test
  void aBadSampleRequestIsShownAsAMessage() {
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      browser.get(root + "/staff/review.xhtml");
      wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
      browser.findElement(By.id("j_username")).sendKeys("reviewer");
      browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.getPageSource().contains("随机抽取已结案案卷"));
      type(browser, "sample:year", "2026");
      browser.findElement(By.id("sample:draw")).click(); // neither count nor percent
      wait.until(d -> d.findElements(By.cssSelector(".msg-error")).size() > 0);
      assertThat(browser.findElement(By.cssSelector(".msg-error")).getText())
          .contains("percent", "count");
    } finally {
      browser.quit();
    }
  }

  @Test
  void officerRecordsAReconsiderationOfASealedCaseFromTheCasePage() {
    Api officer = Api.as(base, "officer");
    long id = Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      browser.get(root + "/staff/case.xhtml?id=" + id);
      wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
      browser.findElement(By.id("j_username")).sendKeys("officer");
      browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.findElements(By.id("case-links")).size() == 1);
      browser.findElement(By.linkText("行政复议、行政诉讼")).click();
      wait.until(d -> d.findElements(By.id("record:save")).size() == 1);
      browser.executeScript("document.getElementById('record:filed').value = '2026-10-09';");
      type(browser, "record:body", "金华市金东区人民政府");
      browser.findElement(By.id("record:save")).click();
      wait.until(d -> d.findElement(By.id("remedies")).getText().contains("金华市金东区人民政府"));
      assertThat(browser.findElement(By.id("remedies")).getText())
          .contains("行政复议", "2026-10-09", "审理中");
      Browser.screenshot(browser, "reports-04-remedies");
      browser.executeScript("document.getElementById('record:filed').value = '2031-01-01';");
      browser.findElement(By.id("record:save")).click();
      wait.until(d -> d.findElements(By.cssSelector(".msg-error")).size() > 0);
      assertThat(browser.findElement(By.cssSelector(".msg-error")).getText())
          .contains("申请（起诉）日期", "2031-01-01", "不能是将来的日期")
          .doesNotContain("filedOn");
    } finally {
      browser.quit();
    }
  }

  private static void type(ChromeDriver browser, String id, String text) {
    WebElement e = browser.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }
}
