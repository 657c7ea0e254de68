package org.homeward.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/**
 * The national projection through the API, for a region of its own: two institutions with the
 * hand-checked model (four moves a month) add up to twice its double funding, a third without a
 * model is listed as such; CSV and XLSX export; unknown regions and callers who may not read it.
 */
class NationalProjectionApiIT {

  private static final String PROJECTION = "/api/budget/national/projection";

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  @Test
  void aRegionsProjectionAddsUpItsInstitutionsModelsAndListsThoseWithoutOne() {
    String region = Api.uniqueCode("Budget region");
    int first = BudgetApi.hundredBedInstitution(region);
    int second = BudgetApi.hundredBedInstitution(region);
    int third = BudgetApi.hundredBedInstitution(region);
    BudgetApi.save("admin", first, BudgetApi.model(first, 4)).statusCode(200);
    BudgetApi.save("admin", second, BudgetApi.model(second, 4)).statusCode(200);
    String firstMonth = BudgetApi.as("admin").get("/api/institutions/{id}/transition-model/projection", first).then().statusCode(200)
        .body("doubleFunding.total", comparesEqualTo(new BigDecimal("300000"))).extract().path("doubleFunding.first");

    BudgetApi.as("ministry").queryParam("region", region).get(PROJECTION).then().statusCode(200)
        .body("region", equalTo(region))
        .body("included", equalTo(2)).body("withoutModel", equalTo(1))
        .body("projection.currency", equalTo("EUR"))
        .body("projection.months.size()", equalTo(36))
        .body("projection.months[0].baseline", comparesEqualTo(new BigDecimal("900000")))
        .body("projection.doubleFunding.first", equalTo(firstMonth))
        .body("projection.doubleFunding.peak", comparesEqualTo(new BigDecimal("68000")))
        .body("projection.doubleFunding.peakMonth", equalTo("2027-08"))
        .body("projection.doubleFunding.total", comparesEqualTo(new BigDecimal("600000")))
        .body("projection.doubleFunding.end", equalTo("2029-01"))
        .body("monthlySaving", comparesEqualTo(new BigDecimal("500000")))
        .body("institutions.find { it.id == " + third + " }.status", equalTo("NO_MODEL"))
        .body("institutions.find { it.id == " + third + " }.doubleFunding", equalTo(null))
        .body("institutions.find { it.id == " + first + " }.doubleFunding.total", comparesEqualTo(new BigDecimal("300000")))
        .body("institutions.status", hasItems("INCLUDED", "NO_MODEL"));

    String csv = Api.as("admin").accept("text/csv").queryParam("region", region).get(PROJECTION + ".csv").then().statusCode(200)
        .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv")).extract().asString();
    assertThat(csv.lines()).hasSize(37);
    byte[] xlsx = Api.as("admin").accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("region", region)
        .get(PROJECTION + ".xlsx").then().statusCode(200)
        .contentType(containsString("spreadsheetml")).extract().asByteArray();
    assertThat(xlsx).startsWith('P', 'K');
  }

  @Test
  void theWholeCountryAndRefusals() {
    BudgetApi.as("admin").get(PROJECTION).then().statusCode(200).body("region", equalTo(null))
        .body("institutions.code", hasItems("PH-N01", "SC-N02", "CI-S01"))
        .body("institutions.find { it.code == 'CI-S01' }.status", equalTo("NO_MODEL"));
    problem(BudgetApi.as("ministry").queryParam("region", "Atlantis").get(PROJECTION).then(), 404);
    problem(BudgetApi.as("finance").queryParam("region", "Atlantis").get(PROJECTION).then(), 404);
    problem(BudgetApi.as("committee.north").get(PROJECTION).then(), 403);
    problem(BudgetApi.as("focal.north").queryParam("region", "North").get(PROJECTION).then(), 403);
    Api.anonymous().get(PROJECTION).then().statusCode(401);
  }

  @Test
  void theOpenApiDocumentDescribesTheNationalBudget() {
    Api.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
        .body(containsString("/api/budget/national/lines/{lineId}/actuals"))
        .body(containsString("/api/budget/national/reallocations"))
        .body(containsString("/api/budget/national/country"))
        .body(containsString("/api/budget/national/projection.xlsx"));
  }
}
