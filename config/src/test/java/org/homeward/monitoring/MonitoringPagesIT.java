package org.homeward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.security.SignInPage;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A ministry official goes from the country to a region to an institution's closure plan; axe-core on each page. */
class MonitoringPagesIT {

  private Browser browser;
  private SignInPage signIn;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
    signIn = new SignInPage(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theMinistryDrillsDownFromTheCountryToAnInstitutionsPlan() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.driver().findElement(By.linkText("National dashboard")).click();
    browser.awaitVisible(By.id("residentsTable"));
    assertThat(browser.driver().findElement(By.id("main")).getText())
        .contains("Needs attention", "North Regional Psychiatric Hospital: one milestone of the closure plan overdue", "Milestones of the closure plans", "Still inside, complex support needs", "Staff by redeployment status", "After the move")
        .doesNotContain("Ana Kovac");
    browser.check("dashboard");
    browser.scrollTo(By.id("residentsTable"));
    browser.save("dashboard-tables");

    browser.driver().findElement(By.cssSelector("#residentsTable tbody a")).click();
    browser.await().until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Region:"));
    assertThat(browser.driver().findElement(By.cssSelector("nav.hw-breadcrumb")).getText()).startsWith("The country ›");
    browser.check("dashboard-region");

    String institution = browser.driver().findElement(By.cssSelector("#residentsTable tbody a")).getText();
    browser.driver().findElement(By.cssSelector("#residentsTable tbody a")).click();
    browser.await().until(d -> d.findElement(By.tagName("h1")).getText().contains(institution));
    signIn.signOut();
  }
}
