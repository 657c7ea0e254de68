package org.homeward.plan;

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

/**
 * A committee member runs their plan in a real browser: creates it, adds an action and a milestone,
 * approves the revision and starts a review; a ministry official sees which milestones slip. Every
 * page is checked with axe-core.
 */
class ClosurePlanPagesIT {

  private static final LocalDate TODAY = LocalDate.now();

  private Browser browser;
  private SignInPage signIn;
  private ClosurePlanPages plan;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
    signIn = new SignInPage(browser);
    plan = new ClosurePlanPages(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aCommitteeMemberCreatesAPlanAddsAnActionAndAMilestoneApprovesItAndStartsAReview() {
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    plan.open(InstitutionsApi.idOf("SC-N02"));
    assertThat(browser.driver().getPageSource()).contains("no closure plan yet");
    browser.check("plan-none");

    plan.create(TODAY.plusYears(3));
    assertThat(plan.revisions()).contains("Revision 1", "Draft");
    assertThat(plan.rows("tabs:milestonesForm:milestones")).anyMatch(r -> r.contains("Institution closed"));
    browser.check("plan-draft");

    plan.startAction();
    plan.fillAction("Refurbish the day room", "Refurbish, rebuild or build institutional facilities (not allowed)", "Estates", TODAY.plusMonths(3));
    plan.saveAction();
    plan.awaitFieldMessage("actionForm");
    assertThat(plan.fieldMessages("actionForm")).anyMatch(m -> m.contains("through practice"));
    browser.check("plan-action-refused");

    browser.choose("actionForm:category", "Rights improvement in practice");
    plan.choosePractice("Ending restraint and seclusion");
    browser.type("actionForm:title", "End mechanical restraint on all wards");
    plan.saveAction();
    plan.awaitRow("tabs:actionsForm:actions", "End mechanical restraint on all wards");
    browser.check("plan-actions");

    plan.startMilestone();
    plan.fillMilestone("Peer support service open", TODAY.plusMonths(5));
    browser.check("plan-milestone-form");
    plan.saveMilestone();
    plan.awaitRow("tabs:milestonesForm:milestones", "Peer support service open");

    plan.approve("First plan, agreed at the committee meeting.");
    plan.awaitRevision("Approved");
    assertThat(browser.driver().getPageSource()).contains("First plan, agreed at the committee meeting.");
    browser.check("plan-approved");

    plan.startReview();
    plan.awaitRevision("Revision 2");
    assertThat(plan.revisions()).contains("Revision 1", "Approved, in force", "Revision 2", "Draft");
    assertThat(plan.rows("tabs:milestonesForm:milestones")).anyMatch(r -> r.contains("Peer support service open"));
    browser.check("plan-review");

    browser.open("/institutions/committee.xhtml?id=" + InstitutionsApi.idOf("SC-N02"));
    browser.awaitVisible(By.id("membersForm:members"));
    assertThat(browser.driver().getPageSource()).contains("No one who lives in the institution serves on the committee");
    browser.check("committee");

    browser.open("/institutions/consultations.xhtml?id=" + InstitutionsApi.idOf("SC-N02"));
    plan.click("listForm:addEvent");
    browser.awaitVisible(By.id("consultationForm:audience"));
    browser.date("consultationForm:heldOn", TODAY);
    browser.choose("consultationForm:kind", "Community discussion");
    browser.type("consultationForm:audience", "Neighbours in Hillview");
    browser.type("consultationForm:concerns", "Parking and noise");
    browser.check("consultation-form");
    plan.click("consultationForm:save");
    plan.awaitRow("listForm:events", "Neighbours in Hillview");
    assertThat(plan.rows("listForm:events")).anyMatch(r -> r.contains("Awaiting response"));
  }

  @Test
  void aMinistryOfficialSeesWhichMilestonesSlipOnEveryPlanPage() {
    signIn.open();
    signIn.signIn("ministry", RunningHomeward.DEMO_PASSWORD);
    browser.open("/plans/list.xhtml");
    browser.awaitVisible(By.id("plansForm:plans"));
    String overview = browser.driver().findElement(By.id("plansForm:plans")).getText();
    assertThat(overview).contains("North Regional Psychiatric Hospital", "Southport Children's Home", "No plan yet");
    browser.check("plans");

    long hospital = InstitutionsApi.idOf("PH-N01");
    browser.open("/institutions/plan.xhtml?id=" + hospital);
    browser.awaitVisible(By.id("tabs:milestonesForm:milestones"));
    assertThat(plan.revisions()).contains("Approved, in force");
    assertThat(plan.rows("tabs:milestonesForm:milestones")).anyMatch(r -> r.contains("First residents moved") && r.contains("Overdue"));
    assertThat(browser.driver().findElements(By.id("revisionForm:approve"))).as("the ministry reads, never edits").isEmpty();
    browser.scrollTo(By.id("tabs"));
    browser.check("plan-milestones");

    browser.awaitVisible(By.cssSelector(".vis-timeline"));
    browser.scrollTo(By.id("timeline"));
    browser.check("plan-timeline");

    plan.click("revisionForm:print");
    browser.await().until(d -> Api.as("admin")
        .queryParams(java.util.Map.of("recordType", "PlanRevision", "action", "PRINT", "actor", "ministry")).get("/api/audit")
        .then().statusCode(200).extract().<Integer>path("total") >= 1);
    assertThat(plan.heading()).as("the download leaves the page as it was").startsWith("Closure plan");

    browser.open("/institutions/committee.xhtml?id=" + hospital);
    browser.awaitVisible(By.id("membersForm:members"));
    browser.check("committee-ministry");
    browser.open("/institutions/consultations.xhtml?id=" + hospital);
    browser.awaitVisible(By.id("listForm:events"));
    browser.check("consultations");
    browser.open("/institutions/sites.xhtml?id=" + hospital);
    browser.awaitVisible(By.id("listForm:sites"));
    assertThat(browser.driver().findElement(By.id("listForm:sites")).getText()).contains("Ring-fenced for community services");
    browser.check("sites");
  }

  @Test
  void aCommitteeMemberDoesNotReachAnotherInstitutionsPlanByItsAddress() {
    signIn.open();
    signIn.signIn("committee.south", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/plan.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    assertThat(plan.heading()).isEqualTo("Not found");
    assertThat(browser.driver().getPageSource()).doesNotContain("Psychiatric Hospital");
  }
}
