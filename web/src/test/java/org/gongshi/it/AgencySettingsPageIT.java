package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
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

/** /staff/agency-settings.xhtml driven in Chromium (JavaScript off): who changes what, and how. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencySettingsPageIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  private static final String JINDONG = "金华市金东区综合行政执法局";
  private static final String DEFAULTS =
      "{\"fourEyes\":true,\"partyNameStyle\":\"FIRST_CHAR\",\"keepLegalRepresentative\":true}";

  @Test
  void anAdministratorSwitchesTheNameStyleTo张某AndBack() {
    Api admin = Api.as(base, "admin");
    long jindong = agencyOf(Api.as(base, "disclosure"));
    String settings = "agencies/" + jindong + "/disclosure-settings";
    ChromeDriver browser = noScriptBrowser();
    try {
      WebDriverWait wait = login(browser, "/staff/", "admin");
      browser.findElement(By.id("nav-agency-settings")).click();
      wait.until(d -> d.findElements(By.id("choose")).size() == 1);
      new Select(browser.findElement(By.id("agency"))).selectByVisibleText(JINDONG);
      browser.findElement(By.id("show")).click();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("公示设置：" + JINDONG));
      assertThat(
              new Select(browser.findElement(By.id("agency"))).getFirstSelectedOption().getText())
          .isEqualTo(JINDONG);
      assertThat(checkedLabel(browser, "settings:fourEyes")).startsWith("开启");
      assertThat(checkedLabel(browser, "settings:style")).startsWith("张某某（");
      assertThat(checkedLabel(browser, "settings:legalRep")).startsWith("公开");
      assertThat(browser.findElement(By.id("settings:style")).getText())
          .contains("张某某", "张某（", "欧阳某某", "某某（不保留姓氏）");

      choose(browser, "settings:style", "张某（");
      browser.findElement(By.id("settings:save")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("公示规则已保存"));
      assertThat(admin.get(settings).json().getString("partyNameStyle"))
          .isEqualTo("FIRST_CHAR_SHORT");
      assertThat(checkedLabel(browser, "settings:style")).startsWith("张某（");
      assertThat(admin.get(settings).json().getBoolean("fourEyes"))
          .as("the other settings stay")
          .isTrue();
      assertNoKeysOrNames(browser);
      Browser.screenshot(browser, "staff-agency-settings-admin");

      choose(browser, "settings:style", "张某某（");
      browser.findElement(By.id("settings:save")).click();
      wait.until(d -> checkedLabel(d, "settings:style").startsWith("张某某（"));
      assertThat(browser.findElement(By.id("messages")).getText()).contains("公示规则已保存");
      assertThat(admin.get(settings).json().getString("partyNameStyle")).isEqualTo("FIRST_CHAR");

      // the legal office reads every agency's settings and terms but changes neither
      browser.manage().deleteAllCookies();
      login(browser, "/staff/agency-settings.xhtml?agency=" + jindong, "legaloffice", "choose");
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("公示设置：" + JINDONG);
      assertThat(browser.findElements(By.cssSelector("input[type=radio]")))
          .hasSize(8)
          .noneMatch(WebElement::isEnabled);
      assertThat(browser.findElement(By.id("terms:keep")).getAttribute("readonly")).isNotNull();
      assertThat(browser.findElement(By.id("terms:mask")).getAttribute("readonly")).isNotNull();
      assertThat(browser.findElements(By.cssSelector("input[type=submit][id$=':save']"))).isEmpty();
      assertThat(browser.getPageSource()).contains("仅本机关公示审核员和系统管理员可修改，此处只读。");
    } finally {
      browser.quit();
      admin.put(settings, DEFAULTS);
    }
  }

  @Test
  void aDisclosureOfficerSeesTheRulesReadOnlySavesAKeepTermAndIsToldWhyATermIsRefused() {
    Api disclosure = Api.as(base, "disclosure");
    long jindong = agencyOf(disclosure);
    long xinzhou = agencyOf(Api.as(base, "disclosure2"));
    String terms = "agencies/" + jindong + "/redaction-terms";
    ChromeDriver browser = noScriptBrowser();
    try {
      WebDriverWait wait = login(browser, "/staff/", "disclosure");
      browser.findElement(By.id("nav-agency-settings")).click();
      wait.until(d -> d.findElements(By.id("terms:keep")).size() == 1);
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("公示设置：" + JINDONG);
      assertThat(browser.findElements(By.id("agency"))).as("no agency selector").isEmpty();
      // the rules: shown, but only an administrator changes them
      assertThat(checkedLabel(browser, "settings:fourEyes")).startsWith("开启");
      assertThat(checkedLabel(browser, "settings:style")).startsWith("张某某（");
      assertThat(checkedLabel(browser, "settings:legalRep")).startsWith("公开");
      assertThat(browser.findElements(By.cssSelector("input[type=radio]")))
          .hasSize(8)
          .noneMatch(WebElement::isEnabled);
      assertThat(browser.findElements(By.id("settings:save"))).isEmpty();
      assertThat(browser.getPageSource()).contains("仅系统管理员可修改，此处只读。");

      WebElement keep = browser.findElement(By.id("terms:keep"));
      assertThat(keep.getAttribute("readonly")).isNull();
      keep.sendKeys("张小泉剪刀店");
      browser.findElement(By.id("terms:save")).click();
      wait.until(d -> d.findElement(By.id("messages")).getText().contains("保留词和遮盖词已保存"));
      assertThat(strings(disclosure.get(terms).json(), "keep")).containsExactly("张小泉剪刀店");
      assertThat(browser.findElement(By.id("terms:keep")).getAttribute("value"))
          .isEqualTo("张小泉剪刀店");
      assertNoKeysOrNames(browser);

      // a one-character term: the reason next to the list, and nothing saved
      keep = browser.findElement(By.id("terms:keep"));
      keep.sendKeys("\n张");
      browser.findElement(By.id("terms:save")).click();
      wait.until(d -> d.findElements(By.id("keep-error")).size() == 1);
      assertThat(browser.findElement(By.id("keep-error")).getText())
          .isEqualTo("每个词 2–50 个字（第 2 个不符合）");
      assertThat(browser.findElement(By.id("messages")).getText()).doesNotContain("已保存");
      assertThat(browser.findElement(By.id("terms:keep")).getAttribute("value"))
          .as("what was typed stays for correction")
          .isEqualTo("张小泉剪刀店\n张");
      assertThat(strings(disclosure.get(terms).json(), "keep")).containsExactly("张小泉剪刀店");
      assertNoKeysOrNames(browser);
      Browser.screenshot(browser, "staff-agency-settings-refused-term");

      // another agency's settings are not shown to this officer
      browser.get(root() + "/staff/agency-settings.xhtml?agency=" + xinzhou);
      wait.until(d -> d.findElements(By.id("page-error")).size() == 1);
      assertThat(browser.findElement(By.id("page-error")).getText()).contains("未找到该执法机关");
      assertThat(browser.findElements(By.id("terms:keep"))).isEmpty();
    } finally {
      browser.quit();
      disclosure.put(terms, "{\"keep\":[],\"mask\":[]}");
    }
    assertThat(strings(disclosure.get(terms).json(), "keep")).isEmpty();
  }

  private String root() {
    return base.toString().replaceAll("/$", "");
  }

  private static ChromeDriver noScriptBrowser() {
    return Browser.start(Map.of("profile.managed_default_content_settings.javascript", 2));
  }

  private WebDriverWait login(ChromeDriver browser, String path, String user) {
    return login(browser, path, user, "nav-agency-settings");
  }

  /** Logs in on the way to a page and waits for the element with that id. */
  private WebDriverWait login(ChromeDriver browser, String path, String user, String shown) {
    WebDriverWait wait = Browser.await(browser, 30);
    browser.get(root() + path);
    wait.until(d -> d.findElements(By.id("j_username")).size() == 1);
    browser.findElement(By.id("j_username")).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
    browser.findElement(By.id("login")).click();
    wait.until(d -> d.findElements(By.id(shown)).size() == 1);
    return wait;
  }

  /** The label of the checked radio button in a group. */
  private static String checkedLabel(org.openqa.selenium.WebDriver browser, String group) {
    for (WebElement r : browser.findElements(By.name(group)))
      if (r.isSelected())
        return browser
            .findElement(By.cssSelector("label[for='" + r.getAttribute("id") + "']"))
            .getText();
    return "";
  }

  private static void choose(ChromeDriver browser, String group, String labelStart) {
    for (WebElement r : browser.findElements(By.name(group))) {
      WebElement label =
          browser.findElement(By.cssSelector("label[for='" + r.getAttribute("id") + "']"));
      if (label.getText().startsWith(labelStart)) {
        label.click();
        return;
      }
    }
    throw new AssertionError("no choice " + labelStart + " in " + group);
  }

  /** What a user reads: no field keys, enum names, user names or UTC times. */
  private static void assertNoKeysOrNames(ChromeDriver browser) {
    assertThat(browser.findElement(By.tagName("body")).getText())
        .doesNotContain(
            "FIRST_CHAR",
            "SURNAME",
            "FULL",
            "partyNameStyle",
            "fourEyes",
            "keepLegalRepresentative",
            "keep",
            "mask",
            "disclosure",
            "admin",
            "UTC");
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static long agencyOf(Api user) {
    return user.get("reference/me").json().getJsonObject("agency").getJsonNumber("id").longValue();
  }
}
