package org.homeward.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.homeward.institution.InstitutionsApi;
import org.homeward.security.SignInPage;
import org.homeward.system.Api;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A committee member admits a person and assigns the focal point the person chose; the focal point
 * finds them in their caseload, starts preparing the move, and is stopped from marking them ready
 * while safeguards are missing. Every page is checked with axe-core.
 */
class ResidentPagesIT {

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
  void aPersonIsAdmittedGivenTheFocalPointTheyChoseAndPreparedButNotMovedWithoutTheSafeguards() {
    int hospital = InstitutionsApi.idOf("PH-N01");
    String identifier = Api.uniqueCode("NR");
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/residents.xhtml?id=" + hospital);
    browser.awaitVisible(By.id("residentsForm:residents"));
    assertThat(text()).contains("admitted after the institution stopped admitting");
    browser.check("residents");

    click("residentsForm:admit");
    browser.awaitVisible(By.id("residentForm:identifier"));
    click("residentForm:save");
    browser.awaitVisible(By.cssSelector("#residentForm .ui-message-error"));
    browser.check("resident-form-errors");
    browser.type("residentForm:identifier", identifier);
    browser.type("residentForm:givenName", "Vesna");
    browser.type("residentForm:familyName", "Maric");
    browser.type("residentForm:preferredName", "Vesa");
    browser.date("residentForm:bornOn", LocalDate.of(1979, 2, 11));
    browser.choose("residentForm:sex", "Female");
    browser.date("residentForm:admittedOn", LocalDate.of(2004, 5, 1));
    click("residentForm:save");
    browser.awaitVisible(By.id("statusForm:status"));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Vesa Maric");

    click("focalPointForm:openAssignment");
    browser.awaitVisible(By.id("focalPointForm:workerId"));
    browser.choose("focalPointForm:workerId", "Fatima Focal Point (demo)");
    browser.driver().findElement(By.cssSelector("label[for='focalPointForm:consent:0']")).click();
    browser.check("resident-assign");
    click("focalPointForm:assign");
    browser.await().until(d -> text().contains("Focal point: Fatima Focal Point (demo) (chose this worker)."));
    signIn.signOut();

    signIn.signIn("focal.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/caseload.xhtml");
    browser.awaitVisible(By.id("caseloadForm:caseload"));
    assertThat(browser.driver().findElement(By.id("caseloadForm:caseload")).getText()).contains("Vesa Maric", "Ana Kovac");
    browser.check("caseload");
    browser.driver().findElement(By.linkText("Vesa Maric")).click();
    browser.awaitVisible(By.id("statusForm:status"));

    browser.choose("statusForm:status", "Preparing");
    click("statusForm:changeStatus");
    browser.await().until(d -> text().contains("Status: Preparing"));
    browser.choose("statusForm:status", "Ready to move");
    click("statusForm:changeStatus");
    browser.await().until(d -> text().contains("cannot be moved yet"));
    assertThat(text()).contains("The individualized support plan is not agreed with the person yet.",
        "No living arrangement is secured with a move-in date.", "Status: Preparing");
    browser.check("resident");

    click("assessments");
    browser.awaitVisible(By.id("startForm:start"));
    browser.check("assessments-none");
    click("startForm:start");
    browser.awaitVisible(By.id("assessmentForm:save"));
    new Select(browser.driver().findElement(By.id("assessmentForm:domains:4:personNeed"))).selectByVisibleText("2 Unmet need");
    new Select(browser.driver().findElement(By.id("assessmentForm:domains:4:staffNeed"))).selectByVisibleText("0 No need");
    browser.type("assessmentForm:domains:4:strengths", "Cooks for her friends; keeps her room the way she likes it.");
    browser.type("assessmentForm:domains:4:supportNeeded", "A flat of her own with help to manage the bills.");
    browser.type("assessmentForm:howPersonTookPart", "Two conversations with Easy Read cards.");
    click("assessmentForm:save");
    browser.await().until(d -> text().contains("Assessment saved."));
    assertThat(browser.driver().findElement(By.id("listForm:assessments")).getText()).contains("1 unmet, 0 met");
    browser.check("assessments");
    click("listForm:assessments:0:open");
    browser.awaitVisible(By.id("assessmentForm:save"));
    assertThat(browser.driver().findElement(By.id("assessmentForm")).getText()).contains("Views differ");
    browser.scrollTo(By.id("assessmentForm:domains:3:strengths"));
    browser.check("assessment-open");
    browser.driver().findElement(By.linkText("Back to the person's record")).click();
    browser.awaitVisible(By.id("home"));

    click("home");
    browser.awaitVisible(By.id("optionsForm:addOption"));
    click("optionsForm:addOption");
    browser.awaitVisible(By.id("optionForm:description"));
    browser.choose("optionForm:arrangement", "Independent living");
    browser.type("optionForm:description", "Own flat in Riverside");
    browser.type("optionForm:personsView", "I want a balcony and my cat.");
    click("optionForm:saveOption");
    browser.await().until(d -> browser.driver().findElement(By.id("optionsForm:options")).getText().contains("Own flat in Riverside"));
    browser.driver().findElement(By.xpath("//button[contains(@aria-label, 'Own flat in Riverside')]")).click();
    browser.await().until(d -> browser.driver().findElement(By.id("optionsForm:options")).getText().contains("Chosen"));

    browser.choose("placementForm:arrangement", "Supported housing");
    browser.type("placementForm:address", "4 Eastbrook Road");
    browser.choose("placementForm:tenancyHolder", "The provider");
    browser.type("placementForm:unrelatedResidents_input", "6");
    browser.date("placementForm:moveInOn", LocalDate.now().plusMonths(1));
    click("placementForm:savePlacement");
    browser.awaitVisible(By.cssSelector("#placementForm .ui-message-error"));
    assertThat(text()).contains("may become a mini-institution");
    browser.check("home-placement-risk");
    browser.type("placementForm:justification", "For three months while her own flat is adapted; she agreed.");
    click("placementForm:savePlacement");
    browser.await().until(d -> text().contains("Placement saved."));
    browser.check("home");
  }

  @Test
  void aFocalPointWritesTheSupportPlanWithThePersonAndAgreesItOnlyWithTheirParticipationRecorded() {
    signIn.open();
    signIn.signIn("focal.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/caseload.xhtml");
    browser.driver().findElement(By.linkText("Ivana Horvat")).click();
    browser.awaitVisible(By.id("supportPlan"));
    click("supportPlan");
    browser.awaitVisible(By.id("planForm:start"));
    browser.check("support-plan-none");
    click("planForm:start");
    browser.awaitVisible(By.id("planForm:ownWords"));
    browser.type("planForm:ownWords", "I want to cook my own breakfast and choose when I sleep.");
    browser.type("planForm:hopesAndGoals", "A flat with my friend Ana; a job at the library");
    click("planForm:agree");
    browser.awaitVisible(By.cssSelector("#planForm .ui-message-error"));
    assertThat(text()).contains("Record how the person took part");
    browser.type("planForm:participationHow", "Two meetings with Easy Read pictures; she wrote her goals herself");
    browser.type("planForm:participationSupportedBy", "Her friend Ana");
    browser.date("planForm:participationOn", LocalDate.now());
    click("planForm:agree");
    browser.await().until(d -> text().contains("Plan agreed with the person."));
    assertThat(text()).contains("Agreed with the person", "I want to cook my own breakfast");
    browser.check("support-plan");

    int ivana = Api.as("committee.north").queryParams(java.util.Map.of("q", "NR-2026-0103"))
        .get("/api/institutions/{id}/residents", InstitutionsApi.idOf("PH-N01")).then().extract().path("items[0].id");
    browser.open("/residents/follow-up.xhtml?id=" + ivana);
    browser.awaitVisible(By.id("visitForm:record"));
    browser.check("follow-up");

    browser.open("/residents/voice.xhtml?id=" + ivana);
    browser.awaitVisible(By.id("informationForm:topic"));
    browser.type("informationForm:topic", "Visit to the Riverside flats");
    browser.choose("informationForm:format", "Easy Read");
    browser.driver().findElement(By.cssSelector("#informationForm\\:visit .ui-chkbox-box")).click();
    click("informationForm:recordInformation");
    browser.awaitVisible(By.cssSelector("#informationForm .ui-message-error"));
    assertThat(text()).contains("Name the place the person visited.");
    browser.type("informationForm:place", "Riverside flats, 7 Riverside Lane");
    browser.type("informationForm:personsWords", "I liked the balcony.");
    click("informationForm:recordInformation");
    browser.await().until(d -> text().contains("I liked the balcony."));
    browser.check("voice");
  }

  @Test
  void theMinistryReachesNoPersonsRecordByItsAddress() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    int someone = Api.as("committee.north").get("/api/institutions/{id}/residents", InstitutionsApi.idOf("PH-N01")).then()
        .extract().path("items[0].id");
    browser.open("/residents/view.xhtml?id=" + someone);
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    browser.open("/institutions/residents.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
  }
}
