package org.homeward.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.WebElement;

/**
 * A committee member imports a small roster through the page, reads what became of each row, opens a
 * person, records a course as planned and then completed, applies for them to the position that fits
 * best and records the appraisal that accepts them. Every page is checked with axe-core.
 */
class StaffPagesIT {

  private static final By STATUS_CELL = By.cssSelector("#trainingsForm\\:trainingTable tbody tr td:nth-child(2)");

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
  void aRosterIsImportedAPersonTrainedAppliesToTheBestFitAndIsAccepted() throws IOException {
    int hospital = InstitutionsApi.idOf("PH-N01");
    String name = Api.uniqueCode("Mira");
    String region = Api.uniqueCode("Valley");
    String service = Api.uniqueCode("Valley supported living");
    Map<String, Object> position = StaffApi.position(service, region, 2);
    position.put("kind", "SUPPORTED_LIVING");
    position.put("role", "SOCIAL_WORKER");
    position.put("requiredQualifications", List.of("SOCIAL_WORK"));
    Object positionId = StaffApi.addPosition("ministry", position).statusCode(201).extract().path("id");
    Path roster = Files.createTempFile("roster", ".csv");
    Files.writeString(roster, StaffApi.CSV_HEADER
        + name + ",SOCIAL_WORKER,SOCIAL_WORK,6,1.0,PERMANENT," + region + ",\"Community work, before 2019\"\n"
        + "Nobody,SOCIAL_WORKER,SOCIAL_WORK,6,2.5,PERMANENT,North,\n", StandardCharsets.UTF_8);

    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/staff.xhtml?id=" + hospital);
    browser.awaitVisible(By.id("rosterForm:members"));
    assertThat(text()).contains("By willingness to work in community services", "Training: how many still need each course", "Who still needs it",
        "Accepted into community positions");
    browser.check("staff");
    browser.scrollTo(By.id("rosterForm"));
    browser.save("staff-roster");

    browser.driver().findElement(By.id("importForm:file")).sendKeys(roster.toAbsolutePath().toString());
    click("importForm:upload");
    browser.awaitVisible(By.id("importReport"));
    assertThat(browser.driver().findElement(By.id("importReport")).getText())
        .contains(name, "Added", "Refused", "fte:");
    browser.check("staff-import-report");

    browser.driver().findElement(By.linkText(name)).click();
    browser.awaitVisible(By.id("trainingForm:course"));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(name);
    browser.choose("trainingForm:course", "Recovery approach");
    browser.choose("trainingForm:status", "Planned");
    browser.date("trainingForm:plannedOn", LocalDate.now().plusDays(14));
    browser.check("staff-member");
    click("trainingForm:saveTraining");
    browser.await().until(d -> text().contains("The training was saved."));
    assertThat(browser.driver().findElement(By.id("trainingsForm:trainingTable")).getText()).contains("Recovery approach");
    assertThat(browser.driver().findElement(STATUS_CELL).getText()).isEqualTo("Planned");
    assertThat(browser.driver().findElement(By.id("pathwayStatus")).getText()).isEqualTo("Now: In training");

    browser.driver().findElement(By.cssSelector("#trainingsForm\\:trainingTable button")).click();
    browser.await().until(d -> d.findElement(By.id("trainingForm")).getText().contains("Move the course on"));
    browser.choose("trainingForm:status", "Completed");
    browser.date("trainingForm:completedOn", LocalDate.now());
    click("trainingForm:saveTraining");
    browser.await().until(d -> d.findElement(STATUS_CELL).getText().equals("Completed"));
    assertThat(text()).contains("The training was saved.");
    browser.check("staff-member-trained");

    WebElement best = browser.driver().findElement(By.cssSelector("#suggestionsForm\\:suggestionTable tbody tr"));
    assertThat(best.getText()).contains(service, "92 of 100", "Undecided about working in community services", "Completed every course required: Recovery approach", "Would work in " + region);
    browser.scrollTo(By.id("suggestionsForm"));
    browser.save("staff-matching");
    best.findElement(By.tagName("button")).click();
    browser.await().until(d -> d.findElement(By.id("applyForm:position_label")).getText().startsWith(service));
    click("applyForm:apply");
    browser.await().until(d -> text().contains("The application is recorded."));
    assertThat(browser.driver().findElement(By.id("pathwayStatus")).getText()).isEqualTo("Now: Applied");
    browser.check("staff-member-applied");

    browser.driver().findElement(By.linkText("Record the appraisal")).click();
    browser.awaitVisible(By.id("appraisalForm:workRecord"));
    click("appraisalForm:saveAppraisal");
    browser.awaitVisible(By.cssSelector("#appraisalForm .ui-message-error"));
    browser.check("staff-appraisal-errors");
    browser.type("appraisalForm:workRecord", "Six years on the long-stay ward; residents ask for her.");
    browser.driver().findElement(By.cssSelector("label[for='appraisalForm:willingToTrain:0']")).click();
    browser.choose("appraisalForm:commitment", "Strong");
    browser.choose("appraisalForm:decision", "Accepted");
    click("appraisalForm:saveAppraisal");
    browser.await().until(d -> text().contains("The appraisal and decision are recorded."));
    assertThat(browser.driver().findElement(By.id("pathwayStatus")).getText()).isEqualTo("Now: Redeployed");
    assertThat(browser.driver().findElement(By.id("statusHistory")).getText()).contains("Training", "Application", "Appraisal decision");

    browser.open("/positions/view.xhtml?id=" + positionId);
    browser.awaitVisible(By.id("applicationTable"));
    assertThat(browser.driver().findElement(By.id("applicationTable")).getText()).contains(name, "Accepted");
    browser.check("position");
    browser.open("/positions/list.xhtml");
    browser.awaitVisible(By.id("filterForm:positionTable"));
    browser.check("positions");
    signIn.signOut();
  }

  @Test
  void theMinistrySeesTheFiguresButNoRosterAndNoImport() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/staff.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("figures"));

    assertThat(text()).contains("By redeployment status", "Non-coercive responses and de-escalation", "Accepted into community positions").doesNotContain("Ivana Novak");
    assertThat(browser.driver().findElements(By.id("rosterForm:members"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("importForm:file"))).isEmpty();
    browser.check("staff-ministry");

    browser.open("/positions/list.xhtml");
    browser.awaitVisible(By.id("statusChart"));
    assertThat(text()).contains("Staff on their way into community services", "Undecided about community work", "South crisis team", "Supported living")
        .doesNotContain("Ivana Novak");
    browser.check("positions-ministry");
    signIn.signOut();
  }

  @Test
  void aStaffMemberIsAddedThroughTheFormAndRefusedFirstForTheFieldsMissing() {
    String name = Api.uniqueCode("Goran");
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/staff.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("rosterForm:addMember"));
    click("rosterForm:addMember");
    browser.awaitVisible(By.id("memberForm:name"));
    browser.type("memberForm:fte", "1.5");
    click("memberForm:save");
    browser.awaitVisible(By.cssSelector("#memberForm .ui-message-error"));
    browser.check("staff-member-new-errors");

    browser.type("memberForm:name", name);
    browser.choose("memberForm:role", "Care assistant");
    browser.driver().findElement(By.cssSelector("label[for='memberForm:qualifications:7']")).click();
    browser.type("memberForm:yearsOfService", "20");
    browser.type("memberForm:fte", "0.5");
    browser.choose("memberForm:contractType", "Part time");
    click("memberForm:save");
    browser.await().until(d -> d.findElement(By.tagName("h1")).getText().equals(name));
    assertThat(text()).contains("The record was saved.");
    assertThat(browser.driver().findElement(By.id("pathwayStatus")).getText()).isEqualTo("Now: Not started");
    signIn.signOut();
  }
}
