package org.homeward.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.security.SignInPage;
import org.homeward.system.Api;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One person's whole way out, through the pages the focal point uses: the first needs assessment,
 * the support plan agreed with the person, a supporter they chose, where to live (options, the
 * choice, the placement, the pre-move discussion), the move, a follow-up visit and, at last,
 * settled. Every page on the way is checked with axe-core.
 */
class TransitionWalkIT {

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
  void aPersonIsWalkedFromTheFirstNeedsAssessmentToMovedAndSettled() {
    Object id = admittedWithFocalNorth(Api.uniqueCode("NR"));
    LocalDate today = LocalDate.now();

    signIn.open();
    signIn.signIn("focal.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/residents/view.xhtml?id=" + id);
    browser.awaitVisible(By.id("statusForm:status"));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Mara Novak");
    assertThat(text()).contains("Status: In the institution", "Before this person can move");
    changeStatus("Preparing");
    browser.check("walk-person");

    // 1. The first needs assessment, the person's view first.
    click("assessments");
    browser.awaitVisible(By.id("startForm:start"));
    browser.check("walk-assessments-none");
    click("startForm:start");
    browser.awaitVisible(By.id("assessmentForm:save"));
    rate(0, "1 Met need", "1 Met need");
    browser.type("assessmentForm:domains:0:strengths", "Walks to the market every morning.");
    rate(4, "2 Unmet need", "0 No need");
    browser.type("assessmentForm:domains:4:strengths", "Cooks for her friends; manages her own pocket money.");
    browser.type("assessmentForm:domains:4:supportNeeded", "A flat of her own, with help to manage the bills.");
    browser.type("assessmentForm:howPersonTookPart", "Two conversations with her sister, using Easy Read cards.");
    browser.check("walk-assessment-form");
    click("assessmentForm:save");
    browser.await().until(d -> text().contains("Assessment saved."));
    assertThat(browser.driver().findElement(By.id("listForm:assessments")).getText()).contains("1 unmet, 1 met");
    browser.check("walk-assessments");
    backToThePerson();

    // 2. The support plan, in her words, with a step towards a goal, agreed with her.
    click("supportPlan");
    browser.awaitVisible(By.id("planForm:start"));
    browser.check("walk-support-plan-none");
    click("planForm:start");
    browser.awaitVisible(By.id("planForm:ownWords"));
    click("stepsForm:addStep");
    browser.awaitVisible(By.id("stepForm:goal"));
    browser.type("stepForm:goal", "I want to cook my own breakfast");
    browser.type("stepForm:step", "Cooking lessons at the community centre");
    browser.type("stepForm:who", "Mara with her focal point");
    browser.date("stepForm:dueOn", today.plusMonths(2));
    browser.check("walk-support-plan-step");
    click("stepForm:saveStep");
    browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("stepDialog")));
    browser.await().until(d -> browser.driver().findElement(By.id("stepsForm:steps")).getText()
        .contains("Cooking lessons at the community centre"));
    browser.type("planForm:ownWords", "I want a home of my own, near my sister, with my cat.");
    browser.type("planForm:hopesAndGoals", "Cook my own breakfast; work at the bakery again");
    browser.type("planForm:participationHow", "Three meetings with Easy Read pictures; she wrote her goals herself");
    browser.type("planForm:participationSupportedBy", "Her sister Jana");
    browser.date("planForm:participationOn", today);
    click("planForm:agree");
    browser.await().until(d -> text().contains("Plan agreed with the person."));
    assertThat(text()).contains("Agreed with the person", "I want a home of my own");
    browser.check("walk-support-plan");
    backToThePerson();

    // 3. A supporter she chose.
    click("voice");
    browser.awaitVisible(By.id("supporterForm:name"));
    browser.type("supporterForm:name", "Jana Novak");
    browser.type("supporterForm:relationship", "Sister");
    browser.type("supporterForm:howToReach", "0911 234 567");
    click("supporterForm:addSupporter");
    browser.await().until(d -> text().contains("Supporter saved."));
    assertThat(browser.driver().findElement(By.id("supporters")).getText()).contains("Jana Novak", "Sister");
    browser.check("walk-voice");
    backToThePerson();

    // 4. Where to live: an option in her words, her choice, the placement and the pre-move discussion.
    click("home");
    browser.awaitVisible(By.id("optionsForm:addOption"));
    browser.check("walk-home-none");
    click("optionsForm:addOption");
    browser.awaitVisible(By.id("optionForm:description"));
    browser.choose("optionForm:arrangement", "Independent living");
    browser.type("optionForm:description", "Own flat on Linden Street");
    browser.type("optionForm:personsView", "It is near my sister and the cat can come.");
    browser.check("walk-home-option");
    click("optionForm:saveOption");
    browser.await().until(d -> browser.driver().findElement(By.id("optionsForm:options")).getText().contains("Own flat on Linden Street"));
    browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("optionDialog")));
    browser.driver().findElement(By.xpath("//button[contains(@aria-label, 'Own flat on Linden Street')]")).click();
    browser.await().until(d -> browser.driver().findElement(By.id("optionsForm:options")).getText().contains("Chosen"));

    browser.choose("placementForm:arrangement", "Independent living");
    browser.type("placementForm:address", "12 Linden Street, flat 3");
    browser.choose("placementForm:tenancyHolder", "The person");
    browser.type("placementForm:unrelatedResidents_input", "1");
    browser.date("placementForm:moveInOn", today);
    click("placementForm:savePlacement");
    browser.await().until(d -> text().contains("Placement saved."));
    assertThat(browser.driver().findElements(By.cssSelector("#placementForm\\:risk .hw-message-warn"))).isEmpty();

    click("discussionsForm:addDiscussion");
    browser.awaitVisible(By.id("discussionForm:participants"));
    browser.type("discussionForm:participants", "Mara, her sister Jana, the home-care provider, her focal point");
    browser.type("discussionForm:services:0:service", "Home care, two visits a week");
    browser.type("discussionForm:services:0:provider", "Riverside Home Care");
    tick("discussionForm:services:0:formal");
    tick("discussionForm:services:0:confirmed");
    browser.check("walk-home-discussion");
    click("discussionForm:saveDiscussion");
    browser.await().until(d -> text().contains("Every service confirmed"));
    assertThat(text()).contains("Pre-move discussion saved.");
    assertThat(text()).contains("Riverside Home Care (formal)");
    assertThat(browser.driver().findElement(By.id("placementForm:address")).getDomProperty("value")).isEqualTo("12 Linden Street, flat 3");
    browser.check("walk-home");
    backToThePerson();

    // 5. Every safeguard is there: ready to move, then moved.
    assertThat(text()).doesNotContain("Before this person can move");
    changeStatus("Ready to move");
    browser.check("walk-person-ready");
    changeStatus("Moved");
    browser.check("walk-person-moved");

    // 6. A follow-up visit finds her settled.
    click("followUp");
    browser.awaitVisible(By.id("visitForm:record"));
    browser.type("visitForm:whereLiving", "12 Linden Street, flat 3");
    tick("visitForm:servicesInPlace");
    browser.choose("visitForm:outcome", "Settled");
    browser.type("visitForm:personsWords", "I make my own breakfast now. The cat likes the balcony.");
    click("visitForm:record");
    browser.await().until(d -> text().contains("Visit recorded."));
    assertThat(browser.driver().findElement(By.id("visits")).getText())
        .contains("12 Linden Street, flat 3", "Settled", "I make my own breakfast now.");
    browser.check("walk-follow-up");
    backToThePerson();

    // 7. Settled.
    changeStatus("Settled");
    assertThat(browser.driver().findElement(By.id("statusHistory")).getText())
        .contains("Preparing", "Ready to move", "Moved", "Settled");
    browser.check("walk-person-settled");

    // 8. She asks for everything Homeward holds about her: the download is written to the audit trail.
    click("recordForm:recordPdf");
    browser.await().until(d -> Api.as("admin").queryParams(java.util.Map.of("recordType", "Resident", "recordId", id, "action", "EXPORT"))
        .get("/api/audit").then().extract().<Integer>path("total") >= 1);
  }

  /** A committee member admits the person and assigns focal.north, whom the person chose, through the API. */
  private static Object admittedWithFocalNorth(String identifier) {
    Map<String, Object> person = Map.of("identifier", identifier, "givenName", "Mara", "familyName", "Novak",
        "bornOn", "1972-09-03", "sex", "FEMALE", "admittedOn", "1998-04-15");
    Map<String, Object> created = Api.as("committee.north").body(person)
        .post("/api/institutions/{id}/residents", InstitutionsApi.idOf("PH-N01")).then()
        .statusCode(201).extract().jsonPath().getMap("");
    int worker = Api.as("admin").queryParams(Map.of("size", 200)).get("/api/users").then().extract()
        .path("items.find { it.username == 'focal.north' }.id");
    Api.as("committee.north").body(Map.of("version", created.get("version"), "workerId", worker, "consent", "CHOSE",
        "fromOn", LocalDate.now().toString())).put("/api/residents/{id}/focal-point", created.get("id")).then().statusCode(200);
    return created.get("id");
  }

  /**
   * Records the next step of the case through the status form (effective today), waits for the new
   * status and scrolls to it, so that the screenshot shows the case.
   */
  private void changeStatus(String label) {
    browser.choose("statusForm:status", label);
    click("statusForm:changeStatus");
    browser.await().until(d -> text().contains("Status: " + label + ","));
    browser.scrollTo(By.xpath("//h2[normalize-space()='The move']"));
  }

  /** The person's view and staff's view of the domain at {@code index}. */
  private void rate(int index, String personsView, String staffView) {
    new Select(browser.driver().findElement(By.id("assessmentForm:domains:" + index + ":personNeed"))).selectByVisibleText(personsView);
    new Select(browser.driver().findElement(By.id("assessmentForm:domains:" + index + ":staffNeed"))).selectByVisibleText(staffView);
  }

  private void backToThePerson() {
    browser.driver().findElement(By.linkText("Back to the person's record")).click();
    browser.awaitVisible(By.id("statusForm:status"));
  }

  /** Ticks a PrimeFaces checkbox. */
  private void tick(String id) {
    browser.driver().findElement(By.cssSelector("#" + id.replace(":", "\\:") + " .ui-chkbox-box")).click();
  }

  private void click(String id) {
    browser.driver().findElement(By.id(id)).click();
  }

  private String text() {
    return browser.driver().findElement(By.id("main")).getText();
  }
}
