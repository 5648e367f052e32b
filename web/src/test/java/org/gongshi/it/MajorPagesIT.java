package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

  /** Today in China, clear of midnight for the length of one test (see Waits). */
  LocalDate TODAY;

  @org.junit.jupiter.api.BeforeEach
  void today() {
    TODAY = Waits.todayClearOfMidnight();
  }

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

  @Test
  void anAdminAddsAFutureRuleAndACaseDecidedBeforeThatDayKeepsTheOldRule() {
    Api officer = Api.as(base, "officer");
    // a company fined 30,000 yuan: not major by the default rule (100,000 for organisations)
    long id = MajorCases.open(officer, "[{\"kind\":\"FINE\",\"amount\":30000}]", null);
    LocalDate from = TODAY.plusDays(200 + new java.util.Random().nextInt(400));
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = login(browser, "/staff/", "admin", "nav-major-rules");
      browser.findElement(By.id("nav-major-rules")).click();
      wait.until(d -> d.findElements(By.id("rules")).size() == 1);
      assertThat(browser.findElement(By.id("rules")).getText())
          .contains("全国（默认）", "2021-07-15", "现行有效");

      // a rule from today would judge decisions already made: refused, naming the field in Chinese
      browser.findElement(By.id("rule:region")).sendKeys("浙江省金华市");
      setDate(browser, "rule:effectiveFrom", TODAY);
      browser.findElement(By.id("rule:personAmount")).sendKeys("5000");
      browser.findElement(By.id("rule:organisationAmount")).sendKeys("二万元");
      browser.findElement(By.id("rule:add")).click();
      wait.until(d -> d.findElements(By.id("rule-error")).size() == 1);
      assertThat(browser.findElement(By.id("rule-error")).getText())
          .contains("不是金额")
          .doesNotContain("organisationAmount");
      browser.findElement(By.id("rule:organisationAmount")).clear();
      browser.findElement(By.id("rule:organisationAmount")).sendKeys("20000");
      browser.findElement(By.id("rule:add")).click();
      wait.until(d -> d.findElement(By.id("rule-error")).getText().contains("施行日期"));
      assertThat(browser.findElement(By.id("rule-error")).getText())
          .contains("施行日期：施行日期须晚于今天（" + TODAY + "）")
          .doesNotContain("effectiveFrom");

      setDate(browser, "rule:effectiveFrom", from);
      browser.findElement(By.id("rule:note")).sendKeys("市政府令（测试）");
      browser.findElement(By.id("rule:add")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("已新增标准"));
      WebElement row =
          browser.findElements(By.cssSelector("#rules tr.rule")).stream()
              .filter(r -> r.getText().contains(from.toString()))
              .findFirst()
              .orElseThrow();
      assertThat(row.getText())
          .contains("浙江省金华市", "所有领域", "公民 5000 元以上", "法人或其他组织 20000 元以上")
          .contains("将于 " + from + " 起施行");
      Browser.screenshot(browser, "staff-major-rules");

      // settings: out of range is refused in Chinese, nothing saved
      WebElement quorum = browser.findElement(By.id("settings:quorum"));
      quorum.clear();
      quorum.sendKeys("1");
      browser.findElement(By.id("settings:save")).click();
      wait.until(d -> d.findElements(By.id("settings-error")).size() == 1);
      assertThat(browser.findElement(By.id("settings-error")).getText())
          .contains("集体讨论最少人数须为2至50人")
          .doesNotContain("quorum");

      // the case, decided before the new rule's day, is judged by the default rule of today
      browser.get(base.toString().replaceAll("/$", "") + "/staff/case.xhtml?id=" + id);
      wait.until(d -> d.findElements(By.id("major-status")).size() == 1);
      assertThat(browser.findElement(By.id("major-status")).getText()).isEqualTo("不属于重大行政处罚决定");
      assertThat(browser.findElement(By.id("major-rule")).getText())
          .contains("全国默认标准，2021-07-15起施行");
    } finally {
      browser.quit();
    }
    JsonObject major = officer.get("major/cases/" + id).json();
    assertThat(major.getBoolean("major")).isFalse();
    assertThat(Api.as(base, "officer").get("major/rules").body()).contains(from.toString());
  }

  @Test
  void theOfficerRecordsRightsAndTheDiscussionOnTheCasePageAndADecisionInsideTheWindowIsRefused() {
    Api officer = Api.as(base, "officer");
    // notified today: the hearing window is open, deciding today is refused
    long open = MajorCases.open(officer, "[{\"kind\":\"FINE\",\"amount\":180000}]", null);
    Map<String, Long> openDocs = MajorCases.documents(officer, open, MajorCases.BEFORE_DECISION);
    MajorCases.milestones(officer, open, TODAY.minusDays(30), TODAY);
    JsonObject rights = officer.get("major/cases/" + open + "/rights").json();
    // notified 20 days ago: a hearing was asked for, held after notice, and discussed
    long heard = MajorCases.open(officer, "[{\"kind\":\"FINE\",\"amount\":180000}]", null);
    List<String> types = new java.util.ArrayList<>(MajorCases.BEFORE_DECISION);
    types.addAll(List.of("HEARING_RECORD", "COLLECTIVE_DISCUSSION"));
    Map<String, Long> docs = MajorCases.documents(officer, heard, types);
    LocalDate notice = TODAY.minusDays(20);
    MajorCases.milestones(officer, heard, TODAY.minusDays(40), notice);
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = login(browser, "/staff/", "officer", "nav-cases");
      browser.get(base.toString().replaceAll("/$", "") + "/staff/case.xhtml?id=" + open);
      wait.until(d -> d.findElements(By.id("hearing")).size() == 1);
      assertThat(browser.findElement(By.id("hearing")).getText())
          .contains("可以要求听证")
          .contains("申请期为告知后 5 个工作日，至 " + rights.getString("hearingRequestEnds"));
      assertThat(browser.findElement(By.id("statement")).getText())
          .contains("告知 " + TODAY + " 后 3 个工作日，至 " + rights.getString("statementEnds"));

      // the decision inside both windows is refused, in Chinese, naming each window
      new Select(browser.findElement(By.id("milestone:kind"))).selectByVisibleText("决定");
      setDate(browser, "milestone:day", TODAY);
      browser
          .findElement(By.id("milestone:decisionNumber"))
          .sendKeys("金东综执罚决字〔2026〕第W" + open + "号");
      browser.findElement(By.cssSelector("#milestone input[type=submit]")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("不能于"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .contains("听证申请期（告知后5个工作日，至 " + rights.getString("hearingRequestEnds"))
          .contains("陈述、申辩期")
          .doesNotContain("milestones.DECIDED");
      Browser.screenshot(browser, "staff-case-decision-refused-in-window");

      // written waivers of both rights, each from a document of the file
      setDate(browser, "statementWaiver:day", TODAY);
      new Select(browser.findElement(By.id("statementWaiver:document")))
          .selectByValue(String.valueOf(openDocs.get("ADVANCE_NOTICE")));
      browser.findElement(By.id("statementWaiver:save")).click();
      wait.until(d -> d.findElement(By.id("statement")).getText().contains("书面放弃"));
      setDate(browser, "hearingWaiver:day", TODAY);
      new Select(browser.findElement(By.id("hearingWaiver:document")))
          .selectByValue(String.valueOf(openDocs.get("ADVANCE_NOTICE")));
      browser.findElement(By.id("hearingWaiver:save")).click();
      wait.until(d -> d.findElement(By.id("hearing")).getText().contains("书面放弃"));
      assertThat(browser.findElements(By.id("hearingRequest:save"))).isEmpty();

      // the other case: the hearing asked for, then held at least seven days after its notice
      browser.get(base.toString().replaceAll("/$", "") + "/staff/case.xhtml?id=" + heard);
      wait.until(d -> d.findElements(By.id("hearingRequest:day")).size() == 1);
      setDate(browser, "hearingRequest:day", notice.plusDays(1));
      browser.findElement(By.id("hearingRequest:save")).click();
      wait.until(d -> d.findElements(By.id("hearingHeld:notifiedOn")).size() == 1);
      assertThat(browser.findElement(By.id("hearing")).getText())
          .contains(notice.plusDays(1) + " 申请听证");
      setDate(browser, "hearingHeld:notifiedOn", notice.plusDays(2));
      setDate(browser, "hearingHeld:heldOn", notice.plusDays(5));
      new Select(browser.findElement(By.id("hearingHeld:record")))
          .selectByValue(String.valueOf(docs.get("HEARING_RECORD")));
      browser.findElement(By.id("hearingHeld:save")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("七日前"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .contains("举行日期")
          .doesNotContain("heldOn");
      setDate(browser, "hearingHeld:heldOn", notice.plusDays(10));
      browser.findElement(By.id("hearingHeld:save")).click();
      wait.until(d -> d.findElement(By.id("hearing")).getText().contains("举行"));
      assertThat(browser.findElement(By.id("hearing")).getText())
          .contains(notice.plusDays(2) + " 通知，" + notice.plusDays(10) + " 举行");

      // collective discussion after a passed review: too few participants, then the quorum
      JsonObject review = officer.post("major/cases/" + heard + "/reviews", "").json();
      Api.Answer passed =
          Api.as(base, "legal")
              .post(
                  "major/reviews/" + review.getJsonNumber("id") + "/conclusion",
                  MajorCases.allSound(review, "PASSED"));
      assertThat(passed.status()).as(passed.body()).isEqualTo(200);
      browser.navigate().refresh();
      wait.until(d -> d.findElements(By.id("discussion:heldOn")).size() == 1);
      setDate(browser, "discussion:heldOn", TODAY);
      browser.findElement(By.id("discussion:participants")).sendKeys("王局长\n李副局长");
      browser.findElement(By.id("discussion:conclusion")).sendKeys("同意处罚");
      new Select(browser.findElement(By.id("discussion:minutes")))
          .selectByValue(String.valueOf(docs.get("COLLECTIVE_DISCUSSION")));
      browser.findElement(By.id("discussion:save")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("不少于"));
      assertThat(browser.findElement(By.id("messages")).getText())
          .contains("参加人员：集体讨论参加人员须不少于本机关规定的 3 人，当前 2 人");
      assertThat(browser.findElement(By.id("discussions")).getText()).isEqualTo("未记录");
      browser.findElement(By.id("discussion:participants")).sendKeys("\n张科长");
      browser.findElement(By.id("discussion:save")).click();
      wait.until(d -> d.findElement(By.id("discussions")).getText().contains("3 人参加"));
      assertThat(browser.findElement(By.id("discussions")).getText())
          .contains(TODAY + "，3 人参加：同意处罚");
      Browser.screenshot(browser, "staff-case-rights-and-discussion");
      assertThat(browser.findElement(By.tagName("body")).getText())
          .doesNotContain("COLLECTIVE_DISCUSSION")
          .doesNotContain("participants");
    } finally {
      browser.quit();
    }
    assertThat(officer.get("major/cases/" + heard + "/discussions").body()).contains("张科长");
  }

  private static void setDate(ChromeDriver browser, String id, LocalDate day) {
    browser.executeScript(
        "document.getElementById(arguments[0]).value = arguments[1]", id, day.toString());
  }

  private static String selected(ChromeDriver browser, String id) {
    return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getText();
  }

  private WebDriverWait login(ChromeDriver browser, String path, String user, String shown) {
    WebDriverWait wait = Browser.await(browser, 30);
    browser.get(base.toString().replaceAll("/$", "") + path);
    wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
    browser.findElement(By.id("j_username")).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("login")).click();
    wait.until(d -> d.findElements(By.id(shown)).size() == 1);
    return wait;
  }
}
