package org.homeward.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.homeward.security.SignInPage;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The national budget page as finance and the ministry use it: a line refused by the ring-fencing
 * rules with the reason at the field, lines added, spend recorded and money reallocated, the year
 * table changing after each; the national projection with the institutions' own figures. Axe-core
 * on each page. Fiscal year 2035 is this test's own: no other test adds national lines in it.
 */
class NationalBudgetPagesIT {

  private static final int YEAR = 2035;

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

  private void click(String id) {
    browser.driver().findElement(By.id(id)).click();
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  /** The row of the national lines' year table for this test's year. */
  private String yearRow() {
    return browser.driver().findElement(By.xpath("//table[@id='years']//tr[th='" + YEAR + "']")).getText();
  }

  /** Ticks or unticks a PrimeFaces checkbox. */
  private void tick(String id) {
    browser.driver().findElement(By.cssSelector("#" + id.replace(":", "\\:") + " .ui-chkbox-box")).click();
  }

  private void fillLine(String category, String source, String amount) {
    browser.type("lineForm:fiscalYear", String.valueOf(YEAR));
    browser.choose("lineForm:category", category);
    browser.choose("lineForm:fundingSource", source);
    browser.type("lineForm:plannedAmount", amount);
  }

  @Test
  void financeAddsLinesIsRefusedRingFencedCapitalRecordsSpendAndReallocatesAndTheYearChanges() {
    signIn.open();
    signIn.signIn("finance", RunningHomeward.DEMO_PASSWORD);
    browser.driver().findElement(By.linkText("National budget")).click();
    browser.awaitVisible(By.id("countryChart"));
    assertThat(text("lines")).contains("Running-cost grant to psychiatric hospitals");
    browser.check("budget-national-finance");

    fillLine("Capital for institutions", "Health ministry", "500000");
    tick("lineForm:ringFenced");
    click("lineForm:addLine");
    browser.awaitVisible(By.cssSelector("#lineForm .ui-message-error"));
    assertThat(browser.driver().findElement(By.xpath("//*[@id='lineForm:ringFenced']/ancestor::div[@class='hw-input']")).getText())
        .contains("Ring-fenced money cannot pay for refurbishing, rebuilding or building institutions.");
    assertThat(browser.driver().findElements(By.xpath("//table[@id='years']//tr[th='" + YEAR + "']"))).as("nothing written").isEmpty();
    browser.check("budget-national-refused");

    tick("lineForm:ringFenced");
    browser.choose("lineForm:category", "Institution running costs");
    browser.type("lineForm:plannedAmount", "800000");
    click("lineForm:addLine");
    browser.await().until(d -> text("messages").contains("Budget line added."));
    fillLine("Community services", "Social ministry", "200000");
    click("lineForm:addLine");
    browser.await().until(d -> !d.findElements(By.xpath("//table[@id='years']//tr[th='" + YEAR + "']")).isEmpty()
        && yearRow().contains("1,000,000 EUR"));
    assertThat(yearRow()).contains("20.0 %");

    browser.choose("actualForm:actualLineId", YEAR + " · Community services · Social ministry");
    browser.date("actualForm:spentOn", LocalDate.of(YEAR, 3, 31));
    browser.type("actualForm:amount", "50000");
    click("actualForm:addActual");
    browser.await().until(d -> yearRow().contains("50,000 EUR"));
    assertThat(yearRow()).contains("100.0 %");

    browser.choose("reallocationForm:fromLineId", YEAR + " · Institution running costs · Health ministry");
    browser.choose("reallocationForm:toLineId", YEAR + " · Community services · Social ministry");
    browser.type("reallocationForm:amount", "300000");
    browser.date("reallocationForm:movedOn", LocalDate.of(YEAR, 7, 1));
    browser.type("reallocationForm:reason", "Ward B of the North hospital closed in June");
    browser.type("reallocationForm:approvedBy", "Deputy minister for health");
    browser.date("reallocationForm:approvedOn", LocalDate.of(YEAR, 6, 15));
    click("reallocationForm:reallocate");
    browser.await().until(d -> yearRow().contains("50.0 %"));
    assertThat(text("reallocations")).contains("Ward B of the North hospital closed in June");
    assertThat(text("countryYears")).contains(String.valueOf(YEAR));
    browser.check("budget-national-reallocated");
    signIn.signOut();
  }

  @Test
  void theMinistryReadsTheNationalProjectionAndTheCountrysBudgetWithoutForms() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.driver().findElement(By.linkText("National budget")).click();
    browser.awaitVisible(By.id("projectionChart"));
    assertThat(text("institutions")).contains("North Regional Psychiatric Hospital", "Hillview Social Care Home", "Southport Children's Home",
        "No model yet");
    assertThat(text("nationalFigures")).contains("EUR");
    assertThat(browser.driver().findElements(By.id("lineForm"))).isEmpty();
    browser.check("budget-national");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1900));
    browser.scrollTo(By.id("projection"));
    browser.save("budget-national-projection");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));

    browser.driver().findElement(By.linkText("South")).click();
    browser.awaitVisible(By.id("noModels"));
    assertThat(text("institutions")).contains("Southport Children's Home").doesNotContain("Hillview");
    browser.check("budget-national-south");

    browser.driver().findElement(By.linkText("Whole country")).click();
    browser.awaitVisible(By.id("projectionChart"));
    browser.driver().findElement(By.linkText("Hillview Social Care Home")).click();
    browser.awaitVisible(By.id("projectionChart"));
    assertThat(browser.driver().getCurrentUrl()).contains("/budget/model.xhtml");
    signIn.signOut();
  }
}
