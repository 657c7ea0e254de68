package org.homeward.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.institution.InstitutionsApi;
import org.homeward.security.SignInPage;
import org.homeward.system.Api;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The double-funding page shows the hand-checked closure's figures and chart; a scenario is added
 * (refused first for a missing name) and compared with the baseline; finance reaches its
 * institutions from the menu; the ministry reads a model without a form to change it. Every page
 * is checked with axe-core.
 */
class TransitionModelPagesIT {

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

  @Test
  void aScenarioIsAddedAndComparedWithTheBaselineInTableAndChart() {
    int id = BudgetApi.hundredBedInstitution();
    BudgetApi.save("admin", id, BudgetApi.model(id, 4)).statusCode(200);
    String name = Api.uniqueCode("Community dearer");

    signIn.open();
    signIn.signIn("admin", RunningHomeward.ADMIN_PASSWORD);
    browser.driver().findElement(By.linkText("Budgets")).click();
    browser.awaitVisible(By.linkText("Hillview Social Care Home"));

    browser.open("/budget/model.xhtml?id=" + id);
    browser.awaitVisible(By.id("projectionChart"));
    assertThat(text("figures")).contains("34,000 EUR", "Aug 2027", "300,000 EUR", "Jan 2029", "250,000 EUR");
    browser.check("budget-model");
    browser.scrollTo(By.id("figures"));
    browser.save("budget-double-funding");

    click("scenarioForm:addScenario");
    browser.await().until(d -> text("scenarioForm").contains("This field is required."));
    browser.type("scenarioForm:name", name);
    browser.type("scenarioForm:communityCostPercent", "10");
    click("scenarioForm:addScenario");
    browser.await().until(d -> text("comparisonForm:comparison").contains(name));
    assertThat(text("comparisonForm:comparison")).contains("Baseline", name, "300,000 EUR");
    assertThat(browser.driver().findElement(By.cssSelector("#comparisonChart canvas")).isDisplayed()).isTrue();
    browser.scrollTo(By.id("comparisonForm:comparison"));
    browser.check("budget-scenarios");
    signIn.signOut();
  }

  @Test
  void financeFindsItsInstitutionsFromTheMenu() {
    signIn.open();
    signIn.signIn("finance", RunningHomeward.DEMO_PASSWORD);
    browser.driver().findElement(By.linkText("Budgets")).click();
    browser.awaitVisible(By.linkText("Hillview Social Care Home"));
    browser.check("budget-choose");
    browser.driver().findElement(By.linkText("Hillview Social Care Home")).click();
    browser.awaitVisible(By.id("projectionChart"));
    assertThat(browser.driver().findElements(By.id("modelForm:save"))).hasSize(1);
    browser.check("budget-finance");
    signIn.signOut();
  }

  @Test
  void theMinistryReadsHillviewsModelWithoutAFormToChangeIt() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.open("/budget/model.xhtml?id=" + InstitutionsApi.idOf("SC-N02"));
    browser.awaitVisible(By.id("projectionChart"));
    assertThat(text("comparisonForm:comparison")).contains("Baseline", "Moves six months late", "House 3 closes six months later");
    assertThat(browser.driver().findElements(By.id("scenarioForm"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("modelForm:save"))).isEmpty();
    browser.check("budget-ministry");
    signIn.signOut();
  }
}
