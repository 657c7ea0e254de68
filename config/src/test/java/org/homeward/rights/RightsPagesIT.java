package org.homeward.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.homeward.institution.InstitutionsApi;
import org.homeward.security.SignInPage;
import org.homeward.system.Api;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A committee member records a restraint on the institution's rights page, refused first for the
 * type and end missing, sees the figures change, and corrects the event; records a complaint and sees
 * the rights view count it; names the indicator a plan action should move and sees it month by month
 * on the rights view; the ministry sees the rates with small counts withheld, no event and no
 * indicator section. Every page is checked with axe-core.
 */
class RightsPagesIT {

  private static final DateTimeFormatter WARD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final By FIGURES = By.id("coercionFigures");

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

  private String text(By by) {
    return browser.driver().findElement(by).getText();
  }

  private void time(String id, LocalDateTime time) {
    WebElement input = browser.driver().findElement(By.id(id + "_input"));
    input.clear();
    input.sendKeys(WARD_TIME.format(time));
    input.sendKeys(Keys.TAB);
  }

  @Test
  void aRestraintIsRecordedTheFiguresChangeAndACorrectionKeepsTheOriginal() {
    LocalDateTime start = LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES);
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/rights.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(FIGURES);
    String before = text(FIGURES);
    browser.check("rights");

    browser.choose("eventForm:category", "Restraint");
    time("eventForm:startedAt", start);
    browser.type("eventForm:authorisedBy", "Dr Petrova");
    browser.type("eventForm:reason", "Pulled at the door of the ward");
    click("eventForm:record");
    browser.awaitVisible(By.cssSelector("#eventForm .ui-message-error"));
    assertThat(text(By.id("eventForm"))).contains("Say how the person was restrained", "Seclusion and restraint have an end");
    browser.check("rights-event-errors");

    browser.choose("eventForm:restraintType", "Physical");
    browser.choose("eventForm:unitId", "Ward B (long stay)");
    time("eventForm:endedAt", start.plusMinutes(25));
    click("eventForm:record");
    browser.await().until(d -> text(By.id("main")).contains("The event is recorded."));
    browser.await().until(d -> !text(FIGURES).equals(before));
    String link = WARD_TIME.format(start);
    assertThat(text(By.id("eventsForm:events"))).contains(link, "Physical restraint", "25 min", "Ward B (long stay)");

    browser.driver().findElement(By.linkText(link)).click();
    browser.awaitVisible(By.id("correctionForm:why"));
    browser.check("rights-event");
    time("correctionForm:endedAt", start.plusMinutes(40));
    browser.type("correctionForm:why", "The night report says 40 minutes");
    click("correctionForm:correct");
    browser.await().until(d -> text(By.id("main")).contains("The correction is saved"));
    assertThat(text(By.id("details"))).contains("40 min");
    assertThat(text(By.id("correctionTable"))).contains("The night report says 40 minutes", "committee.north", "Physical restraint");
    browser.check("rights-event-corrected");
    signIn.signOut();
  }

  @Test
  void aComplaintIsRecordedTheFiguresChangeAndItIsAnswered() {
    String summary = Api.uniqueCode("No privacy in the shower room");
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/rights.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("complaintSummary"));
    String viewBefore = text(By.id("complaintSummary"));
    browser.open("/institutions/complaints.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("complaintForm:receive"));
    String before = text(By.id("complaintsByStatus"));
    assertThat(text(By.id("overdueTable"))).contains("Tied to the bed on ward B");
    browser.check("complaints");

    click("complaintForm:receive");
    browser.awaitVisible(By.cssSelector("#complaintForm .ui-message-error"));
    browser.check("complaints-errors");

    browser.date("complaintForm:receivedOn", java.time.LocalDate.now().minusDays(2));
    browser.choose("complaintForm:madeBy", "The resident");
    browser.choose("complaintForm:channel", "Complaints box");
    browser.driver().findElement(By.cssSelector("label[for='complaintForm:categories:3']")).click();
    browser.type("complaintForm:summary", summary);
    click("complaintForm:receive");
    browser.await().until(d -> text(By.id("main")).contains("The complaint is recorded."));
    browser.await().until(d -> !text(By.id("complaintsByStatus")).equals(before));
    assertThat(text(By.id("listForm:complaints"))).contains(summary, "Privacy");
    browser.open("/institutions/rights.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("complaintSummary"));
    assertThat(text(By.id("complaintSummary"))).as("the institution's rights view counts the new complaint").isNotEqualTo(viewBefore);
    browser.check("rights-after-complaint");
    browser.open("/institutions/complaints.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.linkText(summary));

    browser.driver().findElement(By.linkText(summary)).click();
    browser.awaitVisible(By.id("stepForm:status"));
    browser.check("complaint");
    browser.choose("stepForm:status", "Answered");
    browser.type("stepForm:text", "A lock is fitted and staff knock before entering.");
    click("stepForm:moveOn");
    browser.await().until(d -> text(By.id("main")).contains("The complaint is moved on."));
    assertThat(text(By.id("details"))).contains("Answered", "A lock is fitted");
    browser.check("complaint-answered");
    signIn.signOut();
  }

  @Test
  void aPlanActionNamesItsIndicatorAndTheRightsViewShowsItBeforeAndAfter() {
    String doors = "Open the doors of Wards A and B during the day";
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/plan.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.driver().findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Actions']")).click();
    By edit = By.cssSelector("button[aria-label='Edit: " + doors + "']");
    browser.awaitVisible(edit);
    browser.driver().findElement(edit).click();
    browser.awaitVisible(By.id("actionForm:indicator_label"));
    browser.choose("actionForm:indicator", "QualityRights theme score");
    browser.awaitVisible(By.id("actionForm:indicatorTheme_label"));
    assertThat(browser.driver().findElements(By.id("actionForm:indicatorUnitId"))).as("a unit only for coercion").isEmpty();
    click("actionForm:saveAction");
    browser.await().until(d -> !d.findElements(By.cssSelector("#actionForm .ui-message-error")).isEmpty());
    assertThat(text(By.id("actionForm"))).contains("Choose the QualityRights theme the action should raise.");
    browser.scrollTo(By.id("actionForm:indicatorTheme_label"));
    browser.check("plan-action-indicator-errors");

    browser.choose("actionForm:indicatorTheme", "3. Legal capacity, personal liberty and security of person");
    click("actionForm:saveAction");
    browser.await().until(d -> text(By.id("main")).contains("Action saved."));
    assertThat(text(By.id("tabs:actionsForm"))).contains("Indicator it should move: QualityRights theme score");

    browser.open("/institutions/rights.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("indicators"));
    String indicators = text(By.id("indicators"));
    assertThat(indicators).contains("Plan actions and their indicators", doors, "QualityRights theme score",
        "End mechanical restraint on Ward B", "Mechanical restraint events (Ward B (long stay))", "events in the unit");
    assertThat(indicators).containsAnyOf("Moved the right way", "Moved the wrong way", "No change", "Too early to tell");
    browser.scrollTo(By.id("indicators"));
    browser.check("rights-indicators");
    signIn.signOut();
  }

  @Test
  void aLegalStatusIsRecordedFromTheResidentsPageRefusedFirstForTheLegalBasisAndTheMinistryNeverSeesIt() {
    java.util.Map<String, Object> person = new java.util.HashMap<>();
    person.put("identifier", Api.uniqueCode("LS"));
    person.put("givenName", "Zlatan");
    person.put("familyName", "Zoric");
    person.put("bornOn", "1971-06-12");
    person.put("sex", "MALE");
    person.put("admittedOn", "2001-03-05");
    int id = Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", InstitutionsApi.idOf("PH-N01")).then()
        .statusCode(201).extract().path("id");
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/residents/view.xhtml?id=" + id);
    browser.awaitVisible(By.id("legalStatus"));
    click("legalStatus");
    browser.awaitVisible(By.id("statusForm:recordStatus"));
    assertThat(text(By.id("currentStatus"))).contains("No legal status recorded yet.");
    browser.check("legal-status");

    browser.choose("statusForm:status", "Involuntary");
    browser.date("statusForm:since", java.time.LocalDate.now().minusDays(3));
    click("statusForm:recordStatus");
    browser.awaitVisible(By.cssSelector("#statusForm .ui-message-error"));
    assertThat(text(By.id("statusForm"))).contains("Name the law or order an involuntary status rests on.");
    browser.check("legal-status-errors");

    browser.type("statusForm:legalBasis", "Mental Health Act, art. 27; court order of 12 March");
    click("statusForm:recordStatus");
    browser.await().until(d -> text(By.id("main")).contains("The legal status is recorded."));
    assertThat(text(By.id("currentStatus"))).contains("Involuntary");
    assertThat(text(By.id("statuses"))).contains("Involuntary", "Mental Health Act, art. 27", "committee.north");
    browser.check("legal-status-recorded");
    signIn.signOut();

    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.open("/residents/legal-status.xhtml?id=" + id);
    browser.awaitVisible(By.id("main"));
    assertThat(text(By.id("main"))).doesNotContain("Mental Health Act", "Zoric");
    assertThat(browser.driver().findElements(By.id("statusForm"))).isEmpty();
    signIn.signOut();
  }

  @Test
  void aDeathIsRecordedRefusedFirstForTheReviewerMissing() {
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/incidents.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("deathForm:saveDeath"));
    assertThat(text(By.id("reportTable"))).contains("pushed a resident back into bed");
    browser.check("incidents");

    browser.date("deathForm:diedOn", java.time.LocalDate.now().minusDays(1));
    browser.type("deathForm:causeAsRecorded", "Choked on food; alone at the time");
    browser.choose("deathForm:independentlyReviewed", "Yes");
    click("deathForm:saveDeath");
    browser.awaitVisible(By.cssSelector("#deathForm .ui-message-error"));
    assertThat(text(By.id("deathForm"))).contains("Name who reviewed the death");
    browser.check("incidents-death-errors");

    browser.type("deathForm:reviewedBy", "Regional coroner");
    click("deathForm:saveDeath");
    browser.await().until(d -> text(By.id("main")).contains("The death is recorded."));
    assertThat(text(By.id("deathTable"))).contains("Choked on food", "Regional coroner");
    signIn.signOut();
  }

  @Test
  void aQualityRightsAssessmentIsComparedWithTheEarlierOnes() {
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/quality-rights.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("themeShares"));
    int columns = browser.driver().findElements(By.cssSelector("#themeShares thead th")).size();
    browser.check("quality-rights");

    browser.date("assessmentForm:assessedOn", java.time.LocalDate.now());
    browser.type("assessmentForm:assessors", "Two peer assessors and a lawyer");
    String firstScore = browser.driver().findElements(By.cssSelector("#assessmentForm [id$=':score']")).get(0).getAttribute("id");
    browser.choose(firstScore, "Achieved in full");
    click("assessmentForm:recordAssessment");
    browser.await().until(d -> text(By.id("main")).contains("The assessment is recorded."));
    browser.await().until(d -> d.findElements(By.cssSelector("#themeShares thead th")).size() == columns + 1);
    assertThat(text(By.id("themeShares"))).contains("100%");
    signIn.signOut();
  }

  @Test
  void theMinistrySeesRatesWithSmallCountsWithheldAndNoEvent() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/rights.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(FIGURES);

    assertThat(text(By.id("main"))).contains("are withheld", "withheld").doesNotContain("Milan");
    assertThat(browser.driver().findElements(By.id("eventForm"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("eventsForm:events"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("indicators"))).isEmpty();
    browser.check("rights-ministry");
    signIn.signOut();
  }
}
