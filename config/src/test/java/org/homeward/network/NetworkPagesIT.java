package org.homeward.network;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A focal point records someone Ivana wants no contact with (and is stopped from recording progress
 * towards contact with them), then that Ivana wants to live with her friend Ana, and sees the warning
 * that their homes differ; the committee finds the pair on the institution's residents page. The
 * pages are checked with axe-core.
 */
class NetworkPagesIT {

  private Browser browser;
  private SignInPage signIn;
  private NetworkPage page;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
    signIn = new SignInPage(browser);
    page = new NetworkPage(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private static int residentId(String identifier) {
    return Api.as("committee.north").queryParams(Map.of("q", identifier))
        .get("/api/institutions/{id}/residents", InstitutionsApi.idOf("PH-N01")).then().statusCode(200).extract().path("items[0].id");
  }

  /** Ivana and Ana, with no link between them, and Ivana's choice of home unlike Ana's. */
  private static void seedIvanaAndAnaApart() {
    int ivana = residentId("NR-2026-0103");
    int ana = residentId("NR-2026-0101");
    NetworkApi committee = new NetworkApi("committee.north");
    List<Integer> links = committee.links(ivana).then().statusCode(200).extract().path("findAll { it.partnerId == " + ana + " }.id");
    links.forEach(link -> committee.end(ivana, link).then().statusCode(204));
    committee.choose(ivana, "INDEPENDENT_LIVING", "Own flat with a balcony, Riverside (" + Api.uniqueCode("T") + ")");
  }

  @Test
  void aFocalPointRecordsIvanasNetworkRespectsHerWishForNoContactAndSeesThatHerHomeDiffersFromAnas() {
    seedIvanaAndAnaApart();
    signIn.open();
    signIn.signIn("focal.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/caseload.xhtml");
    browser.driver().findElement(By.linkText("Ivana Horvat")).click();
    page.openFromRecord();

    page.saveContact();
    assertThat(page.contactFieldMessages()).hasSize(3);
    browser.check("network-contact-errors");

    page.typeContact("name", "Tomo Horvat");
    page.chooseForContact("relationship", "Family member");
    page.typeContact("howToReach", "+385 91 555 0199");
    page.chooseForContact("wish", "No contact");
    page.chooseForContact("progress", "First contact made");
    page.saveContact();
    assertThat(page.contactFieldMessages()).singleElement().asString().contains("does not want contact");
    page.chooseForContact("progress", "Not started");
    page.saveContact();
    page.awaitText("Contact saved.");
    assertThat(page.text()).contains("Tomo Horvat: the person does not want contact.");

    page.edit("Marta Horvat");
    page.chooseForContact("progress", "In regular contact");
    page.saveContact();
    page.awaitText("Contact saved.");
    assertThat(browser.driver().findElement(By.id("contactsForm:contacts")).getText()).contains("In regular contact");

    page.linkWith("Ana Kovac (NR-2026-0101)", "Ana is my best friend. We want to share a flat.");
    page.awaitText("Recorded: they want to live together.");
    assertThat(browser.driver().findElement(By.id("linksForm:links")).getText()).contains("Ana Kovac", "Their homes differ");
    browser.check("network");
    signIn.signOut();

    signIn.signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
    browser.open("/institutions/residents.xhtml?id=" + InstitutionsApi.idOf("PH-N01"));
    browser.awaitVisible(By.id("pairsTable"));
    assertThat(browser.driver().findElement(By.id("pairsTable")).getText()).contains("Ivana Horvat", "Ana Kovac");
    browser.check("residents-pairs");
  }
}
