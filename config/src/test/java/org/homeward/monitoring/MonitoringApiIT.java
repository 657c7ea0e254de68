package org.homeward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.budget.BudgetApi;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** The national dashboard through the API: figures by area, small counts never shown, scope kept. */
class MonitoringApiIT {

  private static final List<String> TABLES = List.of("residents", "staff", "undecidedStaff", "outcomes");

  @Test
  void theMinistrySeesTheCountryByRegionAndARegionByInstitution() {
    JsonPath country = Api.as("ministry").get("/api/monitoring/dashboard").then().statusCode(200)
        .body("institutionsByStatus", hasKey("OPERATING")).body("milestones", hasKey("OVERDUE"))
        .body("residents.rows.area", hasItem("North")).body("residents.columns", hasItem("REMAINING_COMPLEX"))
        .body("alerts.find { it.kind == 'MILESTONES_OVERDUE' }.institutionId", equalTo(InstitutionsApi.idOf("PH-N01")))
        .body("asOf", notNullValue())
        .extract().jsonPath();
    assertNoSmallCountShown(country);

    JsonPath north = Api.as("ministry").queryParam("region", "North").get("/api/monitoring/dashboard").then().statusCode(200)
        .body("region", equalTo("North")).body("residents.rows.institutionId", hasItem(InstitutionsApi.idOf("PH-N01")))
        .extract().jsonPath();
    assertNoSmallCountShown(north);
    assertThat(north.getString("$")).doesNotContain("Ana Kovac", "Ivana Novak");
  }

  @Test
  void aCommitteeSeesOnlyItsOwnInstitutionsAndAFocalPointNothing() {
    Api.as("committee.south").get("/api/monitoring/dashboard").then().statusCode(200).body("residents.rows.area", equalTo(List.of("South")));
    Api.as("committee.south").queryParam("region", "North").get("/api/monitoring/dashboard").then().statusCode(404);
    Api.as("focal.north").get("/api/monitoring/dashboard").then().statusCode(403);
    Api.as("ministry").queryParam("region", "Atlantis").get("/api/monitoring/dashboard").then().statusCode(404);
  }

  @Test
  void anInstitutionCostingMoreThanItsOwnBudgetIsFlagged() {
    int id = BudgetApi.hundredBedInstitution("Overspent");
    LocalDate today = LocalDate.now();
    int line = BudgetApi.as("admin").body(Map.of("fiscalYear", today.getYear(), "category", "INSTITUTION_RUNNING", "fundingSource", "HEALTH_MINISTRY",
            "ringFenced", false, "currency", "EUR", "plannedAmount", 1000))
        .post("/api/institutions/{id}/budget/lines", id).then().statusCode(201).extract().path("id");
    String flagged = "alerts.findAll { it.kind == 'SPEND_ABOVE_BUDGET' }.institutionId";
    Api.as("ministry").queryParam("region", "Overspent").get("/api/monitoring/dashboard").then().statusCode(200).body(flagged, not(hasItem(id)));

    BudgetApi.as("admin").body(Map.of("spentOn", today.withDayOfMonth(1).toString(), "amount", 1500))
        .post("/api/institutions/{id}/budget/lines/{line}/actuals", id, line).then().statusCode(201);

    Api.as("ministry").queryParam("region", "Overspent").get("/api/monitoring/dashboard").then().statusCode(200).body(flagged, hasItem(id));
  }

  /** Every cell, total and grand total is a count of 0 or above the threshold, "<5", or "x". */
  @SuppressWarnings("unchecked")
  private static void assertNoSmallCountShown(JsonPath dashboard) {
    for (String table : TABLES) {
      List<String> labels = new java.util.ArrayList<>();
      for (Map<String, Object> row : dashboard.getList(table + ".rows", Map.class).stream().map(r -> (Map<String, Object>) r).toList()) {
        labels.addAll(((Map<String, String>) row.get("cells")).values());
        labels.add((String) row.get("total"));
      }
      labels.addAll(dashboard.<String, String>getMap(table + ".totals").values());
      labels.add(dashboard.getString(table + ".grandTotal"));
      assertThat(labels).as(table).allSatisfy(label -> assertThat(label).satisfiesAnyOf(
          l -> assertThat(l).isIn("<5", "x", "0"),
          l -> assertThat(Long.parseLong(l)).isGreaterThanOrEqualTo(5)));
    }
  }
}
