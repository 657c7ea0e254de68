package org.homeward.budget;

import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The national budget through the API: lines not tied to an institution, refused field by field on
 * bad input and by the ring-fencing rules, spend, reallocations between national lines, the
 * country's budget adding institutions' lines, and who may do what. Each test uses a fiscal year of
 * its own, as other tests add national lines too.
 */
class NationalBudgetApiIT {

  private static final String LINES = "/api/budget/national/lines";

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static int year() {
    return 2040 + ThreadLocalRandom.current().nextInt(60);
  }

  private static Map<String, Object> line(int year, String category, String source, boolean ringFenced, Object amount) {
    Map<String, Object> line = new HashMap<>();
    line.put("fiscalYear", year);
    line.put("category", category);
    line.put("fundingSource", source);
    line.put("ringFenced", ringFenced);
    line.put("currency", "EUR");
    line.put("plannedAmount", amount);
    return line;
  }

  private static ValidatableResponse add(String user, Map<String, Object> line) {
    return BudgetApi.as(user).body(line).post(LINES).then();
  }

  private static ValidatableResponse reallocate(String user, Map<String, Object> body) {
    return BudgetApi.as(user).body(body).post("/api/budget/national/reallocations").then();
  }

  private static Map<String, Object> year(int year) {
    return BudgetApi.as("ministry").get("/api/budget/national/figures").then().statusCode(200).extract()
        .path("years.find { it.year == " + year + " }");
  }

  @Test
  void badInputAndRingFencingAreRefusedFieldByFieldAndWriteNothing() {
    int year = year();
    Map<String, Object> bad = line(year, "COMMUNITY_SERVICES", "REGIONAL", false, -100);
    bad.put("currency", "XYZ");
    problem(add("finance", bad), 400).body("errors.field", hasItems("plannedAmount", "currency"));
    problem(add("finance", line(year, "SPACESHIPS", "NOWHERE", false, 1)), 400).body("errors.field", hasItems("category", "fundingSource"));
    problem(add("finance", line(1999, "COMMUNITY_SERVICES", "REGIONAL", false, 1)), 400).body("errors.field", hasItem("fiscalYear"));
    problem(BudgetApi.as("finance").contentType("application/json").body("{\"fiscalYear\": \"next\"}").post(LINES).then(), 400);
    problem(BudgetApi.as("finance").contentType("application/json").post(LINES).then(), 400);
    problem(add("finance", line(year, "INSTITUTION_CAPITAL", "EU_OR_DONOR", false, 900000)), 409)
        .body("errors.field", hasItem("fundingSource")).body("errors.message", hasItem(containsString("DI funds")));
    problem(add("finance", line(year, "INSTITUTION_CAPITAL", "HEALTH_MINISTRY", true, 900000)), 409).body("errors.field", hasItem("ringFenced"));
    problem(add("finance", line(year, "DAILY_LIVING", "REPURPOSED_PROPERTY", true, 1000)), 409).body("errors.field", hasItem("category"));
    BudgetApi.as("ministry").get(LINES).then().statusCode(200).body("fiscalYear", not(hasItem(year)));
  }

  @Test
  void financeKeepsNationalLinesWithSpendAndReallocationsTheMinistryReadsThem() {
    int year = year();
    int grant = add("finance", line(year, "INSTITUTION_RUNNING", "HEALTH_MINISTRY", false, 1000000)).statusCode(201)
        .header("Location", containsString("/api/budget/national/lines/")).extract().path("id");
    int community = add("admin", line(year, "COMMUNITY_SERVICES", "EU_OR_DONOR", true, 0)).statusCode(201).extract().path("id");

    problem(BudgetApi.as("finance").body(Map.of("spentOn", "2027-03-31", "amount", -5)).post(LINES + "/{line}/actuals", grant).then(), 400)
        .body("errors.field", hasItem("amount"));
    problem(BudgetApi.as("finance").body(Map.of("spentOn", "2027-03-31", "amount", 5)).post(LINES + "/{line}/actuals", 999999999).then(), 404);
    BudgetApi.as("finance").body(Map.of("spentOn", "2027-03-31", "amount", 250000)).post(LINES + "/{line}/actuals", grant).then().statusCode(201);

    Map<String, Object> move = new HashMap<>(Map.of("fromLineId", grant, "toLineId", community, "movedOn", "2027-07-01", "amount", 400000,
        "reason", "Ward A closed", "approvedBy", "Deputy minister", "approvedOn", "2027-07-15"));
    problem(reallocate("finance", move), 409).body("errors.field", hasItem("approvedOn"));
    move.put("approvedOn", "2027-06-15");
    move.put("amount", 1000001);
    problem(reallocate("finance", move), 409).body("errors.field", hasItem("amount"));
    move.put("amount", -1);
    problem(reallocate("finance", move), 400).body("errors.field", hasItem("amount"));
    move.put("amount", 400000);
    problem(reallocate("finance", new HashMap<>(Map.of("fromLineId", community, "toLineId", grant, "movedOn", "2027-07-01", "amount", 1,
        "reason", "Backwards", "approvedBy", "Nobody", "approvedOn", "2027-06-15"))), 409).body("errors.field", hasItems("fromLineId", "toLineId"));
    int institution = BudgetApi.hundredBedInstitution();
    int institutionLine = BudgetApi.as("admin").body(line(year, "COMMUNITY_SERVICES", "REGIONAL", false, 100000))
        .post("/api/institutions/{id}/budget/lines", institution).then().statusCode(201).extract().path("id");
    Map<String, Object> toInstitution = new HashMap<>(move);
    toInstitution.put("toLineId", institutionLine);
    problem(reallocate("finance", toInstitution), 400).body("errors.field", hasItem("toLineId"));
    reallocate("finance", move).statusCode(201);

    Map<String, Object> figures = year(year);
    BudgetApi.as("ministry").get("/api/budget/national/figures").then().statusCode(200);
    org.assertj.core.api.Assertions.assertThat(new BigDecimal(figures.get("budget").toString())).isEqualByComparingTo("1000000");
    org.assertj.core.api.Assertions.assertThat(new BigDecimal(figures.get("communityShareOfBudget").toString())).isEqualByComparingTo("40.0");
    org.assertj.core.api.Assertions.assertThat(new BigDecimal(figures.get("communityShareOfActual").toString())).isEqualByComparingTo("0.0");
    BudgetApi.as("ministry").get(LINES + "/{line}/actuals", grant).then().statusCode(200).body("amount", hasItem(comparesEqualTo(new BigDecimal("250000"))));
    BudgetApi.as("ministry").get("/api/budget/national/reallocations").then().statusCode(200).body("reason", hasItem("Ward A closed"));
    BudgetApi.as("admin").get("/api/budget/national/country").then().statusCode(200)
        .body("years.find { it.year == " + year + " }.budget", comparesEqualTo(new BigDecimal("1100000")))
        .body("years.find { it.year == " + year + " }.communityShareOfBudget", comparesEqualTo(new BigDecimal("45.5")));

    problem(BudgetApi.as("admin").body(Map.of("fiscalYear", year)).put(LINES + "/{line}", grant).then(), 400).body("errors.field", hasItem("version"));
    Map<String, Object> stale = line(year, "INSTITUTION_RUNNING", "HEALTH_MINISTRY", false, 900000);
    stale.put("version", 99);
    problem(BudgetApi.as("admin").body(stale).put(LINES + "/{line}", grant).then(), 409);
    problem(BudgetApi.as("admin").body(stale).put(LINES + "/{line}", institutionLine).then(), 404);
  }

  @Test
  void onlyFinanceAndAdministratorsKeepNationalLinesTheMinistryReadsThemCommitteesAndFocalPointsNeither() {
    int year = year();
    problem(add("ministry", line(year, "COMMUNITY_SERVICES", "REGIONAL", false, 1)), 403);
    problem(add("committee.north", line(year, "COMMUNITY_SERVICES", "REGIONAL", false, 1)), 403);
    problem(BudgetApi.as("committee.north").get(LINES).then(), 403);
    problem(BudgetApi.as("focal.north").get("/api/budget/national/figures").then(), 403);
    problem(BudgetApi.as("committee.south").get("/api/budget/national/country").then(), 403);
    problem(BudgetApi.as("focal.north").get("/api/budget/national/reallocations").then(), 403);
    BudgetApi.as("ministry").get("/api/budget/national/country").then().statusCode(200);
  }
}
