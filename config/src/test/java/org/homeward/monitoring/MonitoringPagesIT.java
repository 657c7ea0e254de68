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
    assertThat(browser.driver().findElement(By.id("burnDownTable")).getAttribute("textContent")).contains("Still inside", "Meant by the plans");
    assertThat(browser.driver().findElements(By.cssSelector("#institutionReports a"))).isNotEmpty();

    String institution = browser.driver().findElement(By.cssSelector("#residentsTable tbody a")).getText();
    browser.driver().findElement(By.cssSelector("#residentsTable tbody a")).click();
    browser.await().until(d -> d.findElement(By.tagName("h1")).getText().contains(institution));
    signIn.signOut();
  }

  @Test
  void anAdministratorChangesTheDhis2MappingWhichTheMinistryOnlyReads() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.open("/monitoring/dhis2.xhtml");
    browser.awaitVisible(By.id("mappingTable"));
    assertThat(browser.driver().findElement(By.id("mappingTable")).getText()).contains("Agreed individualized plan", "Numerator", "Denominator");
    assertThat(browser.driver().findElements(By.linkText("Change"))).as("the ministry reads only").isEmpty();
    browser.check("dhis2-mapping");
    signIn.signOut();

    signIn.signIn("admin", RunningHomeward.ADMIN_PASSWORD);
    browser.open("/monitoring/dhis2.xhtml");
    By firstCode = By.cssSelector("#mappingTable tbody tr:first-child td:nth-child(3)");
    browser.awaitVisible(firstCode);
    String code = browser.driver().findElement(firstCode).getText();
    browser.driver().findElement(By.cssSelector("#mappingTable tbody tr:first-child a")).click();
    browser.awaitVisible(By.id("mapping:dataElement"));
    browser.type("mapping:dataElement", "not a code!");
    browser.driver().findElement(By.id("mapping:save")).click();
    browser.await().until(d -> d.findElement(By.id("main")).getText().contains("may hold only letters, digits"));
    browser.check("dhis2-mapping-error");

    browser.type("mapping:dataElement", code);
    browser.driver().findElement(By.id("mapping:save")).click();
    browser.await().until(d -> d.findElement(By.id("main")).getText().contains("are saved"));
    assertThat(browser.driver().findElement(firstCode).getText()).isEqualTo(code);
    browser.save("dhis2-mapping");
    signIn.signOut();
  }

  @Test
  void theMinistryReadsTheIndicatorsBySexAndDrillsIntoARegion() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.driver().findElement(By.linkText("Indicators")).click();
    browser.awaitVisible(By.id("indicator-AGREED_PLAN"));
    assertThat(browser.driver().findElement(By.id("main")).getText())
        .contains("Agreed individualized plan", "Moves to their own home or tenancy", "Readmitted within 30 days", "Staff trained on the rights")
        .doesNotContain("Ana Kovac");
    browser.check("indicators");

    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("breakdown"))).selectByValue("SEX");
    browser.driver().findElement(By.id("show")).click();
    browser.await().until(d -> d.findElement(By.cssSelector("#indicator-AGREED_PLAN thead")).getText().contains("Female"));
    browser.check("indicators-by-sex");
    browser.scrollTo(By.id("indicator-AGREED_PLAN"));
    browser.save("indicators-by-sex");

    browser.driver().findElement(By.cssSelector("#indicator-AGREED_PLAN tbody a")).click();
    browser.await().until(d -> d.findElement(By.cssSelector("nav.hw-breadcrumb")).getText().contains("›"));
    assertThat(browser.driver().findElement(By.cssSelector("#indicator-AGREED_PLAN thead")).getText()).as("the breakdown is kept").contains("Female");
    browser.check("indicators-region");

    browser.driver().findElement(By.id("period")).clear();
    browser.driver().findElement(By.id("period")).sendKeys("2026Q9");
    browser.driver().findElement(By.id("show")).click();
    browser.awaitVisible(By.id("periodError"));
    signIn.signOut();
  }
}
