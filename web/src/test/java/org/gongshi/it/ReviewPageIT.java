package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
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

/** A case reviewer in a real browser: draw a sample, score a file, find its sheet on the reports page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewPageIT {
  @Deployment(testable = false)
  static WebArchive deployment() { return Deployments.gongshi(); }

  @ArquillianResource URL base;

  @Test
  void reviewerDrawsASampleScoresAFileAndDownloadsTheSheet() {
    Api officer = Api.as(base, "officer");
    Cases.sealedCase(officer, Cases.uniqueNumber("金东综执"));
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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
      List<WebElement> f3 = browser.findElements(By.cssSelector("#items tbody tr:nth-child(3) input"));
      f3.get(0).sendKeys("2");
      f3.get(1).sendKeys("缺少备考表");
      browser.findElement(By.id("score:submit")).click();
      wait.until(d -> d.findElements(By.id("result")).size() == 1);
      assertThat(browser.findElement(By.id("result")).getText()).contains("98", "优秀");
      assertThat(browser.findElement(By.id("sheet")).getAttribute("href")).matches(".*/api/reports/reviews/\\d+\\.pdf");
      Browser.screenshot(browser, "reports-02-scored");

      browser.findElement(By.linkText("报表")).click();
      wait.until(d -> d.getPageSource().contains("报表下载"));
      assertThat(browser.findElement(By.id("reviews")).getText()).contains("98", "优秀");
      assertThat(browser.findElements(By.id("timeliness"))).isEmpty(); // reviewers do not get the disclosure figures
      assertThat(browser.findElement(By.id("annual")).getAttribute("action")).endsWith("/api/reports/annual-statistics.pdf");
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
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(root + "/staff/review.xhtml");
      wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
      browser.findElement(By.id("j_username")).sendKeys("reviewer");
      browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.getPageSource().contains("随机抽取已结案案卷"));
      type(browser, "sample:year", "2026");
      browser.findElement(By.id("sample:draw")).click(); // neither count nor percent
      wait.until(d -> d.findElements(By.cssSelector(".msg-error")).size() > 0);
      assertThat(browser.findElement(By.cssSelector(".msg-error")).getText()).contains("percent", "count");
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
