package org.gongshi.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium through Debian's chromedriver (never a downloaded browser). */
public final class Browser {
  private Browser() {}

  public static ChromeDriver start() {
    return start(java.util.Map.of());
  }

  /** With Chrome preferences, e.g. JavaScript switched off. */
  public static ChromeDriver start(java.util.Map<String, Object> prefs) {
    String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    if (!Files.isExecutable(Path.of(driver)) || !Files.isExecutable(Path.of(chromium))) {
      throw new IllegalStateException(
          "Page tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,1600",
        "--lang=zh-CN");
    if (!prefs.isEmpty()) options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
    return new ChromeDriver(service, options);
  }

  /**
   * A wait that retries while the page is being replaced under the probe: a stale element, or
   * chromedriver's "Node with given id does not belong to the document" for the same race.
   */
  public static WebDriverWait await(WebDriver browser, int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds)) {
      @Override
      public <V> V until(Function<? super WebDriver, V> isTrue) {
        return super.until(
            d -> {
              try {
                return isTrue.apply(d);
              } catch (StaleElementReferenceException e) {
                return null;
              } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return null;
                }
                throw e;
              }
            });
      }
    };
  }

  public static void screenshot(ChromeDriver browser, String name) {
    try {
      Path dir = Path.of(System.getProperty("gongshi.it.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      // a missing screenshot must not fail the behaviour under test
    }
  }
}
