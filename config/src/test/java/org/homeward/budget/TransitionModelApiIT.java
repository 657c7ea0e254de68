package org.homeward.budget;

import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/**
 * The double-funding model through the API of the running application, on a closure worked out by
 * hand: the model's unit-test institution (450,000 a month before the transition) with its 100
 * residents moving 4 a month from February 2027. With M people moved the double funding is 500 M +
 * the open units' step costs − 80,000: 22,000 in February 2027 rising by 2,000 to the peak of 34,000
 * in August; 6,000 to 18,000 from September 2027 (unit C closed) to March 2028; none from April
 * 2028 (B closed) until 2,000 to 8,000 from October 2028 to January 2029. Total 196,000 + 84,000 +
 * 20,000 = 300,000. From February 2029 community support costs 200,000: a saving of 250,000.
 */
class TransitionModelApiIT {

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void aModelIsStoredAndItsProjectionIsTheOneWorkedOutByHand() {
    int id = BudgetApi.hundredBedInstitution();
    BudgetApi.save("admin", id, BudgetApi.model(id, 4)).statusCode(200).body("unitCosts", hasSize(3)).body("residents", equalTo(100));

    BudgetApi.as("admin").get("/api/institutions/{id}/transition-model/projection", id).then().statusCode(200)
        .body("currency", equalTo("EUR"))
        .body("months", hasSize(36))
        .body("doubleFunding.overlapStart", equalTo("2027-02"))
        .body("doubleFunding.overlapEnd", equalTo("2029-01"))
        .body("doubleFunding.first", equalTo("2027-02"))
        .body("doubleFunding.peakMonth", equalTo("2027-08"))
        .body("doubleFunding.peak", comparesEqualTo(eur("34000")))
        .body("doubleFunding.total", comparesEqualTo(eur("300000")))
        .body("doubleFunding.end", equalTo("2029-01"))
        .body("doubleFunding.closedIn", equalTo("2029-02"))
        .body("doubleFunding.monthlySaving", comparesEqualTo(eur("250000")))
        .body("months[1].doubleFunding", comparesEqualTo(eur("22000")))
        .body("months[8].released", comparesEqualTo(eur("30000")))
        .body("months[15].costPerResident", comparesEqualTo(eur("7500")));
    Api.as("admin").queryParams(Map.of("recordType", "TransitionModel", "action", "CREATE")).get("/api/audit")
        .then().body("total", greaterThanOrEqualTo(1));
  }

  @Test
  void scenariosAreComparedWithTheBaselineByTheirDifferenceInPeakAndTotal() {
    int id = BudgetApi.hundredBedInstitution();
    BudgetApi.save("admin", id, BudgetApi.model(id, 4)).statusCode(200);
    int unitC = BudgetApi.unitIds(id).get(2);

    BudgetApi.addScenario("admin", id, Map.of("name", "Six months late", "delayMonths", 6)).statusCode(201)
        .header("Location", containsString("/transition-model/scenarios/"));
    BudgetApi.addScenario("admin", id, Map.of("name", "C three months later", "unitId", unitC, "unitDelayMonths", 3)).statusCode(201);

    BudgetApi.as("ministry").get("/api/institutions/{id}/transition-model/comparison", id).then().statusCode(200)
        .body("scenarios", hasSize(3))
        .body("scenarios[0].scenario", nullValue())
        .body("scenarios[1].scenario.name", equalTo("C three months later"))
        .body("scenarios[1].doubleFunding.peakMonth", equalTo("2027-11"))
        .body("scenarios[1].peakDifference", comparesEqualTo(eur("6000")))
        .body("scenarios[1].totalDifference", comparesEqualTo(eur("90000")))
        .body("scenarios[2].scenario.name", equalTo("Six months late"))
        .body("scenarios[2].doubleFunding.peakMonth", equalTo("2028-02"))
        .body("scenarios[2].doubleFunding.end", equalTo("2029-07"))
        .body("scenarios[2].totalDifference", comparesEqualTo(eur("0")));
    problem(BudgetApi.addScenario("admin", id, Map.of("name", "Six months late", "delayMonths", 2)), 409)
        .body("errors.field", hasItem("name"));
  }

  @Test
  void theProjectionExportsAsCsvAndXlsx() {
    int id = BudgetApi.hundredBedInstitution();
    BudgetApi.save("admin", id, BudgetApi.model(id, 4)).statusCode(200);

    String csv = Api.as("ministry").accept("text/csv").get("/api/institutions/{id}/transition-model/projection.csv", id).then().statusCode(200)
        .contentType(startsWith("text/csv")).extract().asString();
    org.assertj.core.api.Assertions.assertThat(csv.split("\r\n")).hasSize(37);
    org.assertj.core.api.Assertions.assertThat(csv).startsWith("Month,Residents,Moved,Institution (EUR)").contains("\r\n2027-08,72,28,");
    byte[] xlsx = Api.as("ministry").accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get("/api/institutions/{id}/transition-model/projection.xlsx", id).then().statusCode(200)
        .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).extract().asByteArray();
    org.assertj.core.api.Assertions.assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsStored() {
    int id = BudgetApi.hundredBedInstitution();
    Map<String, Object> bad = new HashMap<>(BudgetApi.model(id, 4));
    bad.put("fixedMonthlyCost", -1);
    bad.put("currency", "XYZ");
    bad.put("months", 0);
    bad.put("admissionsPerMonth", 1);
    bad.put("admissionsUntil", "2026-06-01");
    problem(BudgetApi.save("admin", id, bad), 400)
        .body("errors.field", hasItems("fixedMonthlyCost", "currency", "months", "admissionsUntil"));
    Map<String, Object> lowercase = new HashMap<>(BudgetApi.model(id, 4));
    lowercase.put("currency", "eu");
    problem(BudgetApi.save("admin", id, lowercase), 400).body("errors.field", hasItem("currency"));
    problem(BudgetApi.save("admin", id, Map.of()), 400).body("errors.field", hasItems("startOn", "fixedMonthlyCost", "residents"));
    BudgetApi.as("admin").get("/api/institutions/{id}/transition-model", id).then().statusCode(200).body("id", nullValue());
    problem(BudgetApi.as("admin").get("/api/institutions/{id}/transition-model/projection", id).then(), 404);
  }

  @Test
  void aUnitClosingBeforeItsResidentsHaveMovedIsRefusedOnThatUnit() {
    int id = BudgetApi.hundredBedInstitution();
    problem(BudgetApi.save("admin", id, BudgetApi.model(id, 1)), 400)
        .body("errors.field", hasItems("units[1].closesIn", "units[2].closesIn"));
    BudgetApi.save("admin", id, BudgetApi.model(id, 4)).statusCode(200);
    int unitA = BudgetApi.unitIds(id).get(0);
    problem(BudgetApi.addScenario("admin", id, Map.of("name", "Negative", "delayMonths", -1)), 400).body("errors.field", hasItem("delayMonths"));
    problem(BudgetApi.addScenario("admin", id, Map.of("name", "No unit", "unitId", 999999, "unitDelayMonths", 2)), 400)
        .body("errors.field", hasItem("unitId"));
    problem(BudgetApi.addScenario("admin", id, Map.of("name", "No delay", "unitId", unitA)), 400).body("errors.field", hasItem("unitDelayMonths"));
  }

  @Test
  void aStaleEditIsRefused() {
    int id = BudgetApi.hundredBedInstitution();
    int version = BudgetApi.save("admin", id, BudgetApi.model(id, 4)).statusCode(200).extract().path("version");
    Map<String, Object> first = new HashMap<>(BudgetApi.model(id, 4));
    first.put("version", version);
    first.put("annualInflationPercent", 3);
    BudgetApi.save("admin", id, first).statusCode(200).body("version", equalTo(version + 1));
    Map<String, Object> stale = new HashMap<>(first);
    stale.put("annualInflationPercent", 5);
    problem(BudgetApi.save("admin", id, stale), 409);
    Map<String, Object> noVersion = new HashMap<>(BudgetApi.model(id, 4));
    problem(BudgetApi.save("admin", id, noVersion), 400).body("errors.field", hasItem("version"));
    BudgetApi.as("admin").get("/api/institutions/{id}/transition-model", id).then().body("annualInflationPercent", comparesEqualTo(eur("3")));
  }

  @Test
  void financeAndTheInstitutionsCommitteeEditTheMinistryReadsAndAnotherCommitteeIsDenied() {
    int id = BudgetApi.hundredBedInstitution();
    BudgetApi.save("admin", id, BudgetApi.model(id, 4)).statusCode(200);

    BudgetApi.as("ministry").get("/api/institutions/{id}/transition-model", id).then().statusCode(200).body("residents", equalTo(100));
    problem(BudgetApi.save("ministry", id, BudgetApi.model(id, 4)), 403);
    problem(BudgetApi.as("committee.south").get("/api/institutions/{id}/transition-model", id).then(), 403);
    problem(BudgetApi.as("focal.north").get("/api/institutions/{id}/transition-model/projection", id).then(), 403);

    int hillview = InstitutionsApi.idOf("SC-N02");
    Map<String, Object> own = BudgetApi.as("committee.north").get("/api/institutions/{id}/transition-model", hillview).then().statusCode(200)
        .extract().jsonPath().getMap("");
    own.put("annualInflationPercent", new BigDecimal("2.5"));
    Object version = BudgetApi.save("committee.north", hillview, own).statusCode(200)
        .body("annualInflationPercent", comparesEqualTo(new BigDecimal("2.5"))).extract().path("version");
    own.put("version", version);
    own.put("annualInflationPercent", new BigDecimal("3"));
    BudgetApi.save("finance", hillview, own).statusCode(200);
    problem(BudgetApi.as("committee.south").get("/api/institutions/{id}/transition-model/projection", hillview).then(), 403);
  }

  @Test
  void theOpenApiDocumentDescribesTheModel() {
    Api.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
        .body(containsString("/api/institutions/{id}/transition-model/projection.xlsx"))
        .body(containsString("/api/institutions/{id}/transition-model/comparison"));
  }
}
