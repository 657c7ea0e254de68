package org.homeward.plan;

import java.time.LocalDate;
import java.util.List;
import org.homeward.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The closure plan page as a committee member uses it. */
final class ClosurePlanPages {

  private final Browser browser;

  ClosurePlanPages(Browser browser) {
    this.browser = browser;
  }

  void open(long institutionId) {
    browser.open("/institutions/plan.xhtml?id=" + institutionId);
    browser.awaitVisible(By.tagName("h1"));
  }

  /** Starts the plan without a date first: the refusal must name the date field. */
  void create(LocalDate target) {
    click("createForm:create");
    awaitFieldMessage("createForm");
    browser.date("createForm:targetClosureOn", target);
    click("createForm:create");
    browser.awaitVisible(By.id("tabs:milestonesForm:milestones"));
  }

  void openTab(String title) {
    browser.driver().findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
  }

  void startAction() {
    openTab("Actions");
    browser.awaitVisible(By.id("tabs:actionsForm:addAction"));
    click("tabs:actionsForm:addAction");
    browser.awaitVisible(By.id("actionForm:title"));
  }

  void fillAction(String title, String category, String owner, LocalDate due) {
    browser.type("actionForm:title", title);
    browser.choose("actionForm:category", category);
    browser.type("actionForm:owner", owner);
    browser.date("actionForm:dueOn", due);
  }

  void choosePractice(String practice) {
    browser.awaitVisible(By.id("actionForm:rightsPractice_label"));
    browser.choose("actionForm:rightsPractice", practice);
  }

  void saveAction() {
    click("actionForm:saveAction");
  }

  void startMilestone() {
    openTab("Milestones");
    click("tabs:milestonesForm:addMilestone");
    browser.awaitVisible(By.id("milestoneForm:title"));
  }

  void fillMilestone(String title, LocalDate planned) {
    browser.type("milestoneForm:title", title);
    browser.date("milestoneForm:plannedOn", planned);
  }

  void saveMilestone() {
    click("milestoneForm:saveMilestone");
  }

  void approve(String summary) {
    click("revisionForm:approve");
    browser.awaitVisible(By.id("approveForm:changeSummary"));
    browser.type("approveForm:changeSummary", summary);
    click("approveForm:confirmApproval");
  }

  void startReview() {
    click("revisionForm:startReview");
    browser.awaitVisible(By.cssSelector(".ui-confirmdialog-yes"));
    browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
  }

  /** Waits until the page names {@code text} among the revisions and their statuses. */
  void awaitRevision(String text) {
    browser.await().until(d -> d.findElement(By.cssSelector(".hw-revisions")).getText().contains(text));
  }

  String revisions() {
    return browser.driver().findElement(By.cssSelector(".hw-revisions")).getText();
  }

  List<String> rows(String table) {
    return browser.driver().findElements(By.cssSelector("[id='" + table + "_data'] tr")).stream().map(WebElement::getText).toList();
  }

  void awaitRow(String table, String text) {
    browser.await().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> rows(table).stream().anyMatch(r -> r.contains(text)));
  }

  List<String> fieldMessages(String form) {
    return browser.driver().findElements(By.cssSelector("[id='" + form + "'] .ui-message-error")).stream()
        .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
  }

  void awaitFieldMessage(String form) {
    browser.await().until(d -> !fieldMessages(form).isEmpty());
  }

  void click(String id) {
    browser.driver().findElement(By.id(id)).click();
  }

  String heading() {
    return browser.driver().findElement(By.tagName("h1")).getText();
  }
}
