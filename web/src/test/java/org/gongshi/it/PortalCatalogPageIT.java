package org.gongshi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public power-list pages in a browser with JavaScript switched off, as a citizen on an old
 * phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalCatalogPageIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.gongshi();
  }

  @ArquillianResource URL base;

  @Test
  void aCitizenBrowsesAnAgencysPowerListAndOpensAnItem() {
    String root = base.toString().replaceAll("/$", "");
    ChromeDriver browser =
        Browser.start(Map.of("profile.managed_default_content_settings.javascript", 2));
    try {
      WebDriverWait wait = Browser.await(browser, 30);
      browser.get(root + "/portal/catalog.xhtml");
      wait.until(d -> d.findElements(By.cssSelector("#items tbody tr")).size() > 0);
      int all = browser.findElements(By.cssSelector("#items tbody tr")).size();

      new Select(browser.findElement(By.id("agency"))).selectByVisibleText("金华市金东区综合行政执法局");
      new Select(browser.findElement(By.id("domain"))).selectByVisibleText("住房城乡建设");
      browser.findElement(By.cssSelector("form.filters button")).click();
      wait.until(d -> d.getCurrentUrl().contains("domain="));
      int filtered = browser.findElements(By.cssSelector("#items tbody tr")).size();
      assertThat(filtered).isPositive().isLessThan(all);
      assertThat(browser.findElements(By.cssSelector("#items tbody tr td:nth-child(4)")))
          .allSatisfy(td -> assertThat(td.getText()).isEqualTo("住房城乡建设"));
      assertThat(browser.findElement(By.id("count")).getText()).contains("下载 Excel");
      Browser.screenshot(browser, "portal-01-catalog");

      browser.findElement(By.cssSelector("#items tbody tr td:nth-child(2) a")).click();
      wait.until(d -> d.findElements(By.id("item-name")).size() == 1);
      assertThat(browser.findElement(By.id("basis")).getText()).contains("《");
      assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).isNotEmpty();
      assertThat(browser.getPageSource()).contains("裁量基准").contains("监督渠道");
      Browser.screenshot(browser, "portal-02-item");
    } finally {
      browser.quit();
    }
  }
}
