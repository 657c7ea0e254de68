package org.homeward.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.security.SignInPage;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Budget lines, spend and reallocations through the API (bad input, ring-fencing, access) and the budget page. */
class BudgetLinesIT {

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static Map<String, Object> line(String category, String source, boolean ringFenced, Object amount) {
    Map<String, Object> line = new HashMap<>();
    line.put("fiscalYear", 2027);
    line.put("category", category);
    line.put("fundingSource", source);
    line.put("ringFenced", ringFenced);
    line.put("currency", "EUR");
    line.put("plannedAmount", amount);
    return line;
  }

  private static ValidatableResponse add(String user, int id, Map<String, Object> line) {
    return BudgetApi.as(user).body(line).post("/api/institutions/{id}/budget/lines", id).then();
  }

  @Test
  void badInputAndRingFencingAreRefusedFieldByField() {
    int id = BudgetApi.hundredBedInstitution();
    Map<String, Object> bad = line("COMMUNITY_SERVICES", "REGIONAL", false, -100);
    bad.put("currency", "XYZ");
    problem(add("admin", id, bad), 400).body("errors.field", hasItems("plannedAmount", "currency"));
    problem(add("admin", id, line("SPACESHIPS", "REGIONAL", false, 1)), 400).body("errors.field", hasItem("category"));
    problem(add("admin", id, line("INSTITUTION_CAPITAL", "EU_OR_DONOR", false, 900000)), 409)
        .body("errors.field", hasItem("fundingSource")).body("errors.message", hasItem(containsString("DI funds")));
    problem(add("admin", id, line("DAILY_LIVING", "REPURPOSED_PROPERTY", true, 1000)), 409).body("errors.field", hasItem("category"));

    int running = add("admin", id, line("INSTITUTION_RUNNING", "HEALTH_MINISTRY", false, 1000000)).statusCode(201).extract().path("id");
    int community = add("admin", id, line("COMMUNITY_SERVICES", "HEALTH_MINISTRY", false, 0)).statusCode(201).extract().path("id");
    Map<String, Object> early = new HashMap<>(Map.of("fromLineId", running, "toLineId", community, "movedOn", "2027-03-01", "amount", 400000,
        "reason", "Unit C closed", "approvedBy", "Finance director", "approvedOn", "2027-04-01"));
    problem(BudgetApi.as("admin").body(early).post("/api/institutions/{id}/budget/reallocations", id).then(), 409)
        .body("errors.field", hasItem("approvedOn"));
    early.put("amount", -1);
    problem(BudgetApi.as("admin").body(early).post("/api/institutions/{id}/budget/reallocations", id).then(), 400).body("errors.field", hasItem("amount"));
    early.put("amount", 400000);
    early.put("approvedOn", "2027-02-15");
    BudgetApi.as("admin").body(early).post("/api/institutions/{id}/budget/reallocations", id).then().statusCode(201);
    problem(BudgetApi.as("admin").body(Map.of("spentOn", "2027-03-31", "amount", -5)).post("/api/institutions/{id}/budget/lines/{line}/actuals", id, running)
        .then(), 400).body("errors.field", hasItem("amount"));
    BudgetApi.as("admin").body(Map.of("spentOn", "2027-03-31", "amount", 150000)).post("/api/institutions/{id}/budget/lines/{line}/actuals", id, community)
        .then().statusCode(201);

    BudgetApi.as("ministry").get("/api/institutions/{id}/budget/figures", id).then().statusCode(200)
        .body("years[0].budget", comparesEqualTo(new BigDecimal("1000000")))
        .body("years[0].communityShareOfBudget", comparesEqualTo(new BigDecimal("40.0")))
        .body("years[0].communityShareOfActual", comparesEqualTo(new BigDecimal("100.0")));
    problem(add("ministry", id, line("COMMUNITY_SERVICES", "REGIONAL", false, 1)), 403);
    problem(BudgetApi.as("committee.south").get("/api/institutions/{id}/budget/lines", id).then(), 403);
  }

  @Test
  void financeReadsHillviewsBudgetByYearOnItsPage() {
    try (Browser browser = new Browser()) {
      SignInPage signIn = new SignInPage(browser);
      signIn.open();
      signIn.signIn("finance", RunningHomeward.DEMO_PASSWORD);
      browser.open("/budget/lines.xhtml?id=" + InstitutionsApi.idOf("SC-N02"));
      browser.awaitVisible(By.id("yearChart"));
      assertThat(browser.driver().findElement(By.id("reallocations")).getText()).contains("night shift");
      assertThat(browser.driver().findElements(By.id("reallocationForm"))).hasSize(1);
      browser.check("budget-lines");
      signIn.signOut();
    }
  }
}
