package org.homeward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** The indicators through the API: every one listed, broken down as asked, no small count shown, bad input refused by field. */
class IndicatorsApiIT {

  @Test
  void theMinistryReadsEveryIndicatorOfAPeriodByRegionAndBySex() {
    JsonPath all = Api.as("ministry").queryParam("period", "2026").get("/api/indicators").then().statusCode(200)
        .body("indicator", hasItem("AGREED_PLAN")).body("indicator", hasItem("READMITTED_WITHIN_30_DAYS"))
        .body("find { it.indicator == 'AGREED_PLAN' }.period", equalTo("2026"))
        .body("find { it.indicator == 'AGREED_PLAN' }.rows.area", hasItem("North"))
        .extract().jsonPath();
    assertNoSmallCountShown(all);
    assertThat(all.getString("$")).doesNotContain("Ana Kovac", "Ivana Novak", "bornOn", "givenName");

    JsonPath bySex = Api.as("ministry").queryParam("breakdown", "SEX").get("/api/indicators/AGREED_PLAN").then().statusCode(200)
        .body("breakdown", equalTo("SEX")).body("categories", equalTo(List.of("FEMALE", "MALE", "INTERSEX", "NOT_RECORDED")))
        .extract().jsonPath();
    Map<String, Object> total = bySex.getMap("total");
    JsonPath none = Api.as("ministry").get("/api/indicators/AGREED_PLAN").then().statusCode(200).extract().jsonPath();
    assertThat(none.getMap("total")).as("the same totals whatever the breakdown").isEqualTo(total);

    Api.as("ministry").queryParam("region", "North").queryParam("breakdown", "AGE").get("/api/indicators/ADVANCE_DIRECTIVE").then()
        .statusCode(200).body("rows.institutionId", hasItem(org.homeward.institution.InstitutionsApi.idOf("PH-N01")));
  }

  @Test
  void badPeriodsBreakdownsAndIndicatorsAreRefusedByField() {
    Api.as("ministry").queryParam("period", "2026Q5").get("/api/indicators").then().statusCode(400).body("errors.field", hasItem("period"));
    Api.as("ministry").queryParam("period", "2099").get("/api/indicators").then().statusCode(400).body("errors.field", hasItem("period"));
    Api.as("ministry").queryParam("breakdown", "RELIGION").get("/api/indicators").then().statusCode(400).body("errors.field", hasItem("breakdown"));
    Api.as("ministry").get("/api/indicators/HAPPINESS").then().statusCode(400).body("errors.field", hasItem("indicator"));
  }

  @Test
  void aCommitteeSeesItsOwnInstitutionsAndAFocalPointNothing() {
    Api.as("committee.south").get("/api/indicators/AGREED_PLAN").then().statusCode(200).body("rows.area", equalTo(List.of("South")));
    Api.as("focal.north").get("/api/indicators").then().statusCode(403);
    Api.anonymous().get("/api/indicators").then().statusCode(401);
  }

  /** Every count label is 0, at least 5, "<5" or "x"; a rate never stands on a count not shown. */
  @SuppressWarnings("unchecked")
  private static void assertNoSmallCountShown(JsonPath indicators) {
    for (Map<String, Object> table : indicators.getList("$", Map.class).stream().map(t -> (Map<String, Object>) t).toList()) {
      if (List.of("INSTITUTIONS", "RESIDENTS_PER_INSTITUTION").contains(table.get("indicator"))) {
        continue;
      }
      List<Map<String, Object>> cells = new java.util.ArrayList<>();
      for (Map<String, Object> row : (List<Map<String, Object>>) table.get("rows")) {
        cells.addAll(((Map<String, Map<String, Object>>) row.get("cells")).values());
        cells.add((Map<String, Object>) row.get("total"));
      }
      cells.add((Map<String, Object>) table.get("total"));
      for (Map<String, Object> cell : cells) {
        for (String part : List.of("numerator", "denominator")) {
          String label = (String) cell.get(part);
          assertThat(label).as(table.get("indicator") + " " + part).satisfiesAnyOf(
              l -> assertThat(l).isIn("<5", "x", "0"),
              l -> assertThat(Long.parseLong(l)).isGreaterThanOrEqualTo(5));
        }
        if (List.of("<5", "x").contains(cell.get("numerator")) || List.of("<5", "x").contains(cell.get("denominator"))) {
          assertThat(cell.get("rate")).as(table.get("indicator") + " rate on a hidden count").isNull();
        }
      }
    }
  }
}
