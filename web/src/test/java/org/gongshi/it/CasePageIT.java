package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A case officer in a real browser: log in, open a case, upload a file, watch extraction finish.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasePageIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void officerLogsInUploadsAFileAndSeesItsTextExtracted() throws Exception {
    Api api = Api.as(base, "officer");
    String number = Cases.uniqueNumber("金东综执");
    long caseId = Cases.open(api, Cases.generalCase(api, number));
    Cases.addDocument(api, caseId, "INQUIRY_RECORD");
    Path file = Files.createTempFile("询问笔录", ".docx");
    Files.write(file, SampleFiles.docx("询问笔录：当事人承认未经批准擅自占用城市道路"));
    String root = base.toString().replaceAll("/$", "");

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      browser.get(root + "/staff/");
      wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
      Browser.screenshot(browser, "01-login");
      browser.findElement(By.id("j_username")).sendKeys("officer");
      browser.findElement(By.id("j_password")).sendKeys("wrong");
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.findElements(By.id("login-error")).size() == 1);
      browser.findElement(By.id("j_username")).sendKeys("officer");
      browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.getPageSource().contains("案件列表"));
      Browser.screenshot(browser, "02-case-list");

      String serial = number.substring(number.indexOf('第') + 1, number.length() - 1);
      browser.findElement(By.id("q")).sendKeys(serial); // part of the number, as people type it
      browser.findElement(By.cssSelector("form.filters button")).click();
      wait.until(d -> d.getPageSource().contains("共 1 件"));
      Browser.screenshot(browser, "03-filtered");
      browser.findElement(By.linkText(number)).click();
      wait.until(d -> d.getPageSource().contains("卷内文书"));
      assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("办理中");

      WebElement input = browser.findElement(By.cssSelector("#documents input[type=file]"));
      input.sendKeys(file.toString());
      browser.findElement(By.cssSelector("#documents input[type=submit][value='上传']")).click();
      wait.until(d -> d.getPageSource().contains(file.getFileName().toString()));
      Browser.screenshot(browser, "04-uploaded");

      Browser.await(browser, 60)
          .until(
              d -> {
                d.navigate().refresh();
                return d.findElements(By.cssSelector(".file")).stream()
                    .anyMatch(
                        f ->
                            f.getText().contains(file.getFileName().toString())
                                && f.getText().contains("已提取"));
              });
      Browser.screenshot(browser, "05-extracted");
      // the audit trail in words and China time, never codes, user names or UTC
      String page = browser.findElement(By.tagName("body")).getText();
      assertThat(page).contains("上传文件", "立案登记").doesNotContain("ATTACH_FILE", "OPEN_CASE");
      assertThat(page).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    } finally {
      browser.quit();
      Files.deleteIfExists(file);
    }
  }

  @Test
  void anotherAgencysCaseIsNotShownInTheBrowser() {
    Api api = Api.as(base, "officer");
    long caseId = Cases.open(api, Cases.generalCase(api, Cases.uniqueNumber("金东综执")));
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      browser.get(root + "/staff/case.xhtml?id=" + caseId);
      wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
      browser.findElement(By.id("j_username")).sendKeys("officer2");
      browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
      browser.findElement(By.id("login")).click();
      wait.until(d -> d.getPageSource().contains("未找到该案件"));
      assertThat(browser.getPageSource()).doesNotContain("卷内文书");
    } finally {
      browser.quit();
    }
  }
}
