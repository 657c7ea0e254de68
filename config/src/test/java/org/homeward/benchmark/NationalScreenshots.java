package org.homeward.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.homeward.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's screenshots of the dashboard and the indicators at national scale: a {@code main},
 * run against a Homeward serving the national data set (the benchmark's), e.g.
 * {@code java -cp ... org.homeward.benchmark.NationalScreenshots http://127.0.0.1:8590 docs/screenshots}.
 */
public final class NationalScreenshots {

  private NationalScreenshots() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
      driver.get(base + "/login.xhtml");
      driver.findElement(By.id("loginForm:username")).sendKeys("ministry");
      driver.findElement(By.id("loginForm:password")).sendKeys("Homeward-demo-2026");
      driver.findElement(By.id("loginForm:signIn")).click();
      wait.until(d -> !d.findElements(By.id("signOutForm:signOut")).isEmpty());
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

      driver.get(base + "/monitoring/dashboard.xhtml");
      wait.until(d -> !d.findElements(By.id("residentsTable")).isEmpty());
      Thread.sleep(1500);
      shot(driver, out.resolve("dashboard.png"));
      scroll(driver, "burnDownChart");
      shot(driver, out.resolve("dashboard-burn-down.png"));
      scroll(driver, "rightsChart");
      shot(driver, out.resolve("dashboard-rights.png"));

      String region = driver.findElement(By.cssSelector("#residentsTable tbody a")).getText();
      driver.findElement(By.cssSelector("#residentsTable tbody a")).click();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().contains(region));
      Thread.sleep(1500);
      scroll(driver, "residentsTable");
      shot(driver, out.resolve("dashboard-region.png"));

      driver.get(base + "/monitoring/indicators.xhtml?breakdown=SEX");
      wait.until(d -> !d.findElements(By.id("indicator-AGREED_PLAN")).isEmpty());
      scroll(driver, "indicator-AGREED_PLAN");
      shot(driver, out.resolve("indicators.png"));
    }
  }

  private static void scroll(org.openqa.selenium.WebDriver driver, String id) throws InterruptedException {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -20)", driver.findElement(By.id(id)));
    Thread.sleep(800);
  }

  private static void shot(org.openqa.selenium.WebDriver driver, Path file) throws Exception {
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    System.out.println("Saved " + file);
  }
}
