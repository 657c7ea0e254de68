package org.homeward.system;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium; every page it is asked to check is run through
 * axe-core, and serious or critical accessibility violations fail the test.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of(System.getProperty("homeward.it.dir", "target/it")).resolveSibling("screenshots");

  private final WebDriver driver;
  private final Path profile;

  public Browser() {
    try {
      profile = Files.createTempDirectory("homeward-chromium");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,800", "--lang=en", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(RunningHomeward.get().baseUri() + path);
  }

  /** Waits up to 15 s; an element replaced by an Ajax update while being read is read again. */
  public WebDriverWait await() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  public void awaitVisible(By by) {
    await().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Scrolls the page so that the element found by {@code by} is at the top of the window. */
  public void scrollTo(By by) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", driver.findElement(by));
  }

  /** Replaces the text of the input with {@code id}. */
  public void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Types a date into a PrimeFaces date picker (whose calendar opens only from its button). */
  public void date(String id, java.time.LocalDate date) {
    WebElement input = driver.findElement(By.id(id + "_input"));
    input.clear();
    input.sendKeys(date.toString());
    input.sendKeys(org.openqa.selenium.Keys.TAB);
  }

  /**
   * Chooses an option of a PrimeFaces select by its visible label: opens the panel, waits for its
   * opening animation to finish (a click during it can miss), clicks the option.
   */
  public void choose(String id, String label) {
    By panel = By.id(id + "_panel");
    By option = By.xpath("//*[@id='" + id + "_items']//li[@data-label=\"" + label + "\"]");
    for (int attempt = 1; ; attempt++) {
      try {
        driver.findElement(By.id(id + "_label")).click();
        await().until(ExpectedConditions.attributeContains(panel, "class", "enter-done"));
        driver.findElement(option).click();
        await().withTimeout(Duration.ofSeconds(3)).until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
        return;
      } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException
          | org.openqa.selenium.ElementClickInterceptedException e) {
        // the form may have been re-rendered by an earlier request meanwhile: find it again
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Runs axe-core on the page as it is now, saves a screenshot, and fails on serious or critical violations. */
  public void check(String name) {
    save(name);
    Results results = new AxeBuilder().analyze(driver);
    List<Rule> severe = results.getViolations().stream()
        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
        .toList();
    if (!severe.isEmpty()) {
      throw new AssertionError("Accessibility violations on " + name + " (" + driver.getCurrentUrl() + "):\n"
          + severe.stream().map(v -> "- " + v.getImpact() + " " + v.getId() + ": " + v.getHelp() + "\n    "
              + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining("\n    ")))
              .collect(Collectors.joining("\n")));
    }
  }

  public void save(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
