package org.homeward.institution;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.security.SignInPage;
import org.homeward.system.Api;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A person signs in, registers an institution, finds it in the table, opens it, and signs out: in a real browser, each page checked with axe-core. */
class InstitutionPagesIT {

  private Browser browser;
  private SignInPage signIn;
  private InstitutionPages pages;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
    signIn = new SignInPage(browser);
    pages = new InstitutionPages(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void registerFindOpenAndSignOut() {
    signIn.open();
    browser.check("login");
    signIn.signIn("admin", RunningHomeward.ADMIN_PASSWORD);
    browser.check("home");

    pages.openTable();
    browser.check("institutions");
    pages.startRegistering();
    pages.save();
    assertThat(pages.fieldMessages()).as("an empty form names every required field").hasSizeGreaterThanOrEqualTo(5);
    browser.check("institution-form-errors");

    String code = Api.uniqueCode("BR");
    pages.type("code", code);
    pages.type("name", "Browser Test Hospital " + code);
    pages.choose("type", "Psychiatric hospital");
    pages.choose("ownership", "Public");
    pages.type("region", "East");
    pages.type("district", "Lakeside");
    pages.number("bedCapacity", 150);
    pages.number("currentResidents", 90);
    browser.check("institution-form");
    pages.save();
    browser.awaitVisible(By.id("unitsForm:units"));
    assertThat(pages.heading()).isEqualTo("Browser Test Hospital " + code);
    browser.check("institution");

    pages.openTable();
    pages.search(code);
    pages.openRow(code);
    assertThat(pages.heading()).contains(code);

    signIn.signOut();
    assertThat(signIn.message()).contains("signed out");
    browser.open("/institutions/list.xhtml");
    browser.awaitVisible(By.id("loginForm:username"));
  }

  @Test
  void aCommitteeMemberDoesNotReachAnotherInstitutionByItsAddress() {
    signIn.open();
    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/view.xhtml?id=" + InstitutionsApi.idOf("CI-S01"));
    assertThat(pages.heading()).isEqualTo("Not found");
    assertThat(browser.driver().getPageSource()).doesNotContain("Southport");
    browser.check("not-found");
    browser.open("/admin/users.xhtml");
    assertThat(pages.heading()).isEqualTo("Not found");
  }

  @Test
  void aWrongPasswordIsExplainedWithoutSayingWhichPartWasWrong() {
    signIn.open();
    browser.driver().findElement(By.id("loginForm:username")).sendKeys("ministry");
    browser.driver().findElement(By.id("loginForm:password")).sendKeys("not-the-password");
    browser.driver().findElement(By.id("loginForm:signIn")).click();
    browser.awaitVisible(By.cssSelector(".hw-message-error"));
    assertThat(signIn.message()).contains("Wrong user name or password");
    browser.check("login-failed");
  }
}
