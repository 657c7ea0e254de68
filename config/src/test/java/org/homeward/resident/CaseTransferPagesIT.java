package org.homeward.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.homeward.security.SignInPage;
import org.homeward.system.Api;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Fatima offers a person's case to Goran; Goran accepts it from his caseload once the person agreed;
 * then Goran leaves and the committee hands his cases back to Fatima, the person to be asked again.
 * Every page is checked with axe-core.
 */
class CaseTransferPagesIT {

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

  private String text() {
    return browser.driver().findElement(By.id("main")).getText();
  }

  @Test
  void aCaseIsOfferedAcceptedWithThePersonsAgreementAndReassignedWhenTheWorkerLeaves() {
    String family = "Kralj" + Api.uniqueCode("T").substring(2);
    String name = "Tomislav " + family;
    int id = CaseTransfersApi.admittedWith(CaseTransfersApi.userId("focal.north"), "Tomislav", family);

    signIn.open();
    signIn.signIn("focal.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/residents/view.xhtml?id=" + id);
    browser.awaitVisible(By.id("transferForm:toWorkerId"));
    click("transferForm:offerToWorker");
    browser.awaitVisible(By.cssSelector("#transferForm .ui-message-error"));
    browser.choose("transferForm:toWorkerId", "Goran Focal Point (demo)");
    browser.type("transferForm:reason", "I move to the crisis team next month.");
    click("transferForm:offerToWorker");
    browser.await().until(d -> text().contains("Offered to Goran Focal Point (demo); waiting for their answer."));
    browser.check("resident-transfer-offered");
    signIn.signOut();

    signIn.signIn("focal.north2", RunningHomeward.DEMO_PASSWORD);
    browser.open("/caseload.xhtml");
    browser.awaitVisible(By.id("offeredForm:offeredTransfers"));
    assertThat(browser.driver().findElement(By.id("offeredForm:offeredTransfers")).getText()).contains(name, "I move to the crisis team");
    browser.driver().findElement(By.xpath("//button[@aria-label=\"Answer: " + name + "\"]")).click();
    browser.awaitVisible(By.id("answerForm:accept"));
    browser.check("caseload-offered");
    click("answerForm:accept");
    browser.awaitVisible(By.cssSelector("#answerForm .ui-message-error"));
    browser.driver().findElement(By.cssSelector("label[for='answerForm:consent:1']")).click();
    click("answerForm:accept");
    browser.await().until(d -> text().contains("Transfer accepted."));
    assertThat(browser.driver().findElement(By.id("caseloadForm:caseload")).getText()).contains(name);
    signIn.signOut();

    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/residents.xhtml?id=" + CaseTransfersApi.HOSPITAL);
    browser.awaitVisible(By.id("residentsForm:reassign"));
    click("residentsForm:reassign");
    browser.awaitVisible(By.id("reassignForm:fromWorkerId"));
    browser.choose("reassignForm:fromWorkerId", "Goran Focal Point (demo)");
    browser.await().until(d -> browser.driver().findElement(By.id("reassignForm:cases")).getText().contains(name));
    browser.choose("reassignForm:toWorkerId", "Fatima Focal Point (demo)");
    browser.type("reassignForm:reason", "Goran left the service.");
    browser.check("reassign");
    click("reassignForm:reassign");
    browser.await().until(d -> text().contains("reassigned. Each person is to be asked about their new worker."));
    browser.check("reassign-done");

    CaseTransfersApi.resident("committee.north", id).statusCode(200)
        .body("focalPointName", equalTo("Fatima Focal Point (demo)")).body("focalPointConsent", equalTo("TO_BE_ASKED"));
  }
}
