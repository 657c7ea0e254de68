package org.homeward.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/**
 * Rights now in figures for monitoring (issue 8, point 6): the country by region and a region by
 * institution, every count through the small-cell rule, no field about a person, scope kept.
 */
class RightsFiguresApiIT {

  private static final String LAST = YearMonth.now().toString();
  private static final String FIRST = YearMonth.now().minusMonths(11).toString();

  /** The only fields an area's month has: none of them names or counts a person on their own. */
  private static final Set<String> MONTH_FIELDS = Set.of("area", "month", "residentDays", "events", "perThousand", "total",
      "totalPerThousand", "seclusionHours", "restraintHours", "complaintsOverdue", "deaths");

  private static JsonPath figures(String user, String region) {
    var request = Api.as(user).queryParam("from", FIRST).queryParam("to", LAST);
    if (region != null) {
      request = request.queryParam("region", region);
    }
    return request.get("/api/rights/figures").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void theMinistryGetsTheCountryByRegionAndARegionByInstitutionWithNoPersonLevelField() {
    JsonPath country = figures("ministry", null);
    assertThat(country.getList("areas.area", String.class)).contains("North", "South");
    assertThat(country.getList("months")).hasSize(country.getList("areas").size() * 12);
    assertThat(country.getList("totals")).hasSize(12);
    assertOnlyFiguresAndNoSmallCount(country);

    JsonPath north = figures("ministry", "North");
    assertThat(north.getList("areas.institutionId", Integer.class)).contains(InstitutionsApi.idOf("PH-N01"));
    assertThat(north.getList("qualityRights.institutionId", Integer.class)).contains(InstitutionsApi.idOf("PH-N01"));
    assertThat(north.<String, Object>getMap("qualityRights[0].themeShares")).as("shares of the themes the latest assessment scored")
        .isNotEmpty().allSatisfy((theme, share) -> {
          assertThat(theme).isIn("STANDARD_OF_LIVING", "HEALTH", "LEGAL_CAPACITY_AND_LIBERTY", "FREEDOM_FROM_ILL_TREATMENT", "LIVING_IN_THE_COMMUNITY");
          assertThat(((Number) share).doubleValue()).isBetween(0.0, 100.0);
        });
    assertOnlyFiguresAndNoSmallCount(north);
    assertThat(north.prettify()).doesNotContain("Milan", "Josip", "residentId", "Petrova", "recordedBy", "identifier", "NR-2026");
  }

  @Test
  void aCommitteeSeesItsOwnInstitutionsFinanceTooAndAFocalPointNothing() {
    Api.as("committee.south").queryParam("from", FIRST).queryParam("to", LAST).get("/api/rights/figures").then().statusCode(200)
        .body("areas.area", equalTo(List.of("South")));
    Api.as("committee.south").queryParam("region", "North").get("/api/rights/figures").then().statusCode(404);
    Api.as("committee.north").queryParam("region", "North").get("/api/rights/figures").then().statusCode(200)
        .body("areas.institutionId", hasItem(InstitutionsApi.idOf("PH-N01")));
    Api.as("finance").get("/api/rights/figures").then().statusCode(200).body("totals", hasSize(12));
    Api.as("focal.north").get("/api/rights/figures").then().statusCode(403);
    Api.as("ministry").queryParam("region", "Atlantis").get("/api/rights/figures").then().statusCode(404);
  }

  @Test
  void aWrongPeriodIsRefusedByField() {
    Api.as("ministry").queryParam("from", "2026-13").get("/api/rights/figures").then().statusCode(400)
        .contentType("application/problem+json").body("errors.field", hasItem("from"));
    Api.as("ministry").queryParam("from", "2026-06").queryParam("to", "2026-01").get("/api/rights/figures").then().statusCode(400)
        .body("errors.field", hasItem("from"));
    Api.as("ministry").queryParam("from", "2020-01").queryParam("to", "2026-01").get("/api/rights/figures").then().statusCode(400)
        .body("errors.field", hasItem("from"));
  }

  /** Every month has only the fields of figures; every count is 0, above the threshold, or withheld with its rate. */
  @SuppressWarnings("unchecked")
  private static void assertOnlyFiguresAndNoSmallCount(JsonPath figures) {
    int threshold = figures.getInt("threshold");
    List<Map<String, Object>> months = new java.util.ArrayList<>(figures.getList("months"));
    months.addAll(figures.getList("totals"));
    for (Map<String, Object> month : months) {
      assertThat(month.keySet()).isSubsetOf(MONTH_FIELDS);
      Map<String, Object> events = (Map<String, Object>) month.get("events");
      Map<String, Object> rates = (Map<String, Object>) month.get("perThousand");
      events.forEach((kind, count) -> {
        if (count == null) {
          assertThat(rates.get(kind)).as("the rate of a withheld count").isNull();
        } else {
          assertThat(((Number) count).longValue()).satisfiesAnyOf(c -> assertThat(c).isZero(), c -> assertThat(c).isGreaterThan(threshold));
        }
      });
      for (String count : List.of("total", "complaintsOverdue", "deaths")) {
        Object value = month.get(count);
        if (value != null) {
          assertThat(((Number) value).longValue()).as(count).satisfiesAnyOf(c -> assertThat(c).isZero(), c -> assertThat(c).isGreaterThan(threshold));
        }
      }
      if (month.get("total") == null) {
        assertThat(month.get("totalPerThousand")).isNull();
      }
    }
  }
}
