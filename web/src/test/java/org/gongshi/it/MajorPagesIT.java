package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The legal office's workspace and the legal review form, driven in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MajorPagesIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void theLegalOfficeSeesEachFilingStateOfItsRegionAndRequiresACorrection() {
    long[] filed = MajorCases.filedMajorCase(base, TODAY);
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = login(browser, "/staff/", "legaloffice", "nav-filings");
      browser.findElement(By.id("nav-filings")).click();
      wait.until(d -> d.findElements(By.id("figures")).size() == 1);
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("重大行政处罚决定备案：浙江省金华市");
      List<WebElement> sections = browser.findElements(By.cssSelector("section.agency-filings"));
      assertThat(sections).hasSize(1);
      WebElement jindong = sections.get(0);
      assertThat(jindong.getAttribute("data-agency")).isEqualTo("金华市金东区综合行政执法局");
      assertThat(jindong.findElement(By.cssSelector("ul.on-time")).getText())
          .contains("金东综执罚决字〔2026〕第901号");
      assertThat(jindong.findElement(By.cssSelector("ul.late")).getText()).contains("第902号");
      assertThat(jindong.findElement(By.cssSelector("ul.overdue")).getText())
          .contains("第903号")
          .contains("未报送");
      assertThat(jindong.findElement(By.cssSelector("ul.never")).getText())
          .contains("第904号")
          .contains("已结案");
      assertThat(jindong.findElement(By.cssSelector("ul.waiting")).getText())
          .contains("第902号")
          .contains("第M" + filed[0] + "号");
      assertThat(browser.findElement(By.id("figures")).getText())
          .contains("金华市金东区综合行政执法局")
          .doesNotContain("忻州");
      assertThat(browser.getPageSource())
          .doesNotContain("legaloffice")
          .doesNotContain("CORRECTIONS_REQUIRED");
      Browser.screenshot(browser, "staff-filings-workspace");

      // open the test's own filing from the waiting list and require a correction
      jindong.findElement(By.linkText("金东综执罚决字〔2026〕第M" + filed[0] + "号")).click();
      wait.until(d -> d.findElements(By.id("filing-status")).size() == 1);
      assertThat(browser.findElement(By.id("filing-status")).getText()).isEqualTo("待审查");
      assertThat(browser.findElement(By.id("materials")).getText())
          .contains("重大行政处罚决定备案报告", "调查终结报告", "法制审核意见书", "行政处罚决定书");
      new Select(browser.findElement(By.id("examine:result"))).selectByVisibleText("责令纠正/补正");
      browser.findElement(By.id("examine:save")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("审查意见"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .contains("4至2000字")
          .doesNotContain("reasons");
      assertThat(browser.findElement(By.id("filing-status")).getText()).isEqualTo("待审查");
      browser.findElement(By.id("examine:reasons")).sendKeys("备案材料缺少送达回证，请补正");
      new Select(browser.findElement(By.id("examine:result"))).selectByVisibleText("责令纠正/补正");
      browser.findElement(By.id("examine:save")).click();
      wait.until(d -> d.findElement(By.id("filing-status")).getText().equals("责令纠正/补正"));
      assertThat(browser.getPageSource()).contains("备案材料缺少送达回证，请补正");
      Browser.screenshot(browser, "staff-filing-examined");
    } finally {
      browser.quit();
    }
    JsonObject after = Api.as(base, "officer").get("major/filings/" + filed[1]).json();
    assertThat(after.getString("status")).isEqualTo("CORRECTIONS_REQUIRED");
  }

  @Test
  void theReviewerConfirmsThePrefilledChecksAndMustGiveAReasonToOverrideOne() {
    Api officer = Api.as(base, "officer");
    long id = MajorCases.open(officer, "[{\"kind\":\"FINE\",\"amount\":30000}]", null);
    MajorCases.documents(officer, id, MajorCases.BEFORE_DECISION);
    MajorCases.milestones(officer, id, TODAY.minusDays(30), TODAY.minusDays(10));
    JsonObject review = officer.post("major/cases/" + id + "/reviews", "").json();
    String caseNumber = review.getString("caseNumber");
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = login(browser, "/staff/", "legal", "nav-legal-reviews");
      browser.findElement(By.id("nav-legal-reviews")).click();
      wait.until(d -> d.findElements(By.id("queue")).size() == 1);
      WebElement row =
          browser.findElements(By.cssSelector("#queue tbody tr")).stream()
              .filter(r -> r.getText().contains(caseNumber))
              .findFirst()
              .orElseThrow();
      assertThat(row.getText()).contains(review.getString("dueOn")).contains("个工作日");
      row.findElement(By.className("open-review")).click();
      wait.until(d -> d.findElements(By.id("review:checks")).size() == 1);
      List<WebElement> rows = browser.findElements(By.cssSelector("#review\\:checks tbody tr"));
      assertThat(rows).hasSize(7);
      assertThat(rows.get(0).getText()).contains("执法主体合法");
      assertThat(rows.get(1).getText()).contains("未关联权责清单事项");
      assertThat(selected(browser, "review:checks:0:verdict")).isEqualTo("符合");
      assertThat(selected(browser, "review:checks:1:verdict"))
          .as("pre-filled from the finding")
          .isEqualTo("不符合");
      assertThat(selected(browser, "review:checks:6:verdict")).isEqualTo("请选择");
      assertThat(rows.get(2).findElement(By.className("evidence")).getAttribute("href"))
          .contains("/staff/document-text.xhtml?id=");
      Browser.screenshot(browser, "staff-legal-review-form");

      // passing with a defective item is refused, naming the item
      browser.findElement(By.id("review:conclusion")).sendKeys("同意");
      new Select(browser.findElement(By.id("review:checks:6:verdict"))).selectByVisibleText("符合");
      browser.findElement(By.id("review:conclude")).click();
      wait.until(
          d ->
              d.findElement(By.id("messages")).getText().contains("未关联")
                  || d.findElement(By.id("messages")).getText().contains("不符合"));
      assertThat(browser.findElement(By.id("messages")).getText()).contains("未超越法定职权");
      assertThat(browser.findElement(By.id("review-status")).getText()).isEqualTo("审核中");

      // override the findings with reasons, then pass
      for (int i = 0; i < 6; i++) {
        if (selected(browser, "review:checks:" + i + ":verdict").equals("不符合")) {
          new Select(browser.findElement(By.id("review:checks:" + i + ":verdict")))
              .selectByVisibleText("符合");
          browser.findElement(By.id("review:checks:" + i + ":override")).sendKeys("已核对纸质案卷，符合要求");
        }
      }
      new Select(browser.findElement(By.id("review:checks:6:verdict"))).selectByVisibleText("符合");
      browser.findElement(By.id("review:conclude")).click();
      wait.until(d -> d.findElement(By.id("review-status")).getText().equals("审核通过"));
      assertThat(browser.findElement(By.id("messages")).getText()).contains("审核结论已保存");
      assertThat(browser.findElement(By.tagName("body")).getText())
          .doesNotContain("SOUND")
          .doesNotContain("NO_ULTRA_VIRES")
          .doesNotContain("legal");
    } finally {
      browser.quit();
    }
    assertThat(
            officer.get("major/reviews/" + review.getJsonNumber("id")).json().getString("reviewer"))
        .isEqualTo("legal");
  }

  private static String selected(ChromeDriver browser, String id) {
    return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getText();
  }

  private WebDriverWait login(ChromeDriver browser, String path, String user, String shown) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    browser.get(base.toString().replaceAll("/$", "") + path);
    wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
    browser.findElement(By.id("j_username")).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("login")).click();
    wait.until(d -> d.findElements(By.id(shown)).size() == 1);
    return wait;
  }
}
