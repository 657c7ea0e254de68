package org.homeward.qol;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.security.SignInPage;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A focal point asks Ivana about her life before her move and records her answers in her words; the page is checked with axe-core. */
class QualityOfLifePagesIT {

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

  private void clickLabel(String forId) {
    browser.driver().findElement(By.cssSelector("label[for='" + forId + "']")).click();
  }

  private String text() {
    return browser.driver().findElement(By.id("main")).getText();
  }

  @Test
  void aFocalPointRecordsACheckBeforeTheMoveInThePersonsOwnWords() {
    signIn.open();
    signIn.signIn("focal.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/caseload.xhtml");
    browser.driver().findElement(By.linkText("Ivana Horvat")).click();
    browser.awaitVisible(By.id("qualityOfLife"));
    click("qualityOfLife");
    browser.awaitVisible(By.id("checkForm:record"));

    browser.choose("checkForm:timepoint", "About one year after the move");
    browser.type("checkForm:askedBy", "Fatima, her focal point");
    click("checkForm:record");
    browser.awaitVisible(By.cssSelector("#checkForm .ui-message-error"));
    assertThat(text()).contains("Some fields need correcting.", "the person has not moved");
    browser.check("quality-of-life-errors");

    browser.choose("checkForm:timepoint", "Before the move");
    browser.type("checkForm:howAnswered", "With Easy Read cards; her friend Ana beside her");
    clickLabel("checkForm:livingSituation:0");
    browser.type("checkForm:livingSituationWords", "I share a room with five women. I cannot sleep.");
    clickLabel("checkForm:choiceAndControl:1");
    clickLabel("checkForm:communityInclusion:3");
    click("checkForm:record");
    browser.await().until(d -> text().contains("Check recorded."));
    assertThat(text()).contains("I share a room with five women. I cannot sleep.", "Ratings side by side", "1 Very unhappy", "4 Happy");
    browser.check("quality-of-life");
  }
}
