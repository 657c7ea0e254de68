package org.homeward.budget;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.system.Api;

/** The double-funding model's endpoints as the tests use them, and the hand-checked closure of the model's unit test. */
public final class BudgetApi {

  private static final RestAssuredConfig DECIMALS =
      RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

  private BudgetApi() {}

  /** A request as {@code user} that reads JSON numbers as BigDecimal, so amounts compare to the cent. */
  public static RequestSpecification as(String user) {
    return Api.as(user).config(DECIMALS);
  }

  /**
   * A new institution of 100 beds and 100 residents with the units of the hand-checked example: A (40
   * beds) closing February 2029, B (30) April 2028, C (30) September 2027. Returns its id; the units
   * are listed by name, so A, B, C are units[0], [1], [2].
   */
  public static int hundredBedInstitution() {
    return hundredBedInstitution("North");
  }

  /** {@link #hundredBedInstitution()} in {@code region}. */
  public static int hundredBedInstitution(String region) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", Api.uniqueCode("BUD"));
    body.put("name", "Budget test institution");
    body.put("type", "PSYCHIATRIC_HOSPITAL");
    body.put("ownership", "PUBLIC");
    body.put("region", region);
    body.put("bedCapacity", 100);
    body.put("currentResidents", 100);
    int id = Api.as("admin").body(body).post("/api/institutions").then().statusCode(201).extract().path("id");
    unit(id, "A", 40, "2029-02-01");
    unit(id, "B", 30, "2028-04-01");
    unit(id, "C", 30, "2027-09-01");
    return id;
  }

  private static void unit(int institutionId, String name, int beds, String closesOn) {
    Api.as("admin").body(Map.of("name", name, "beds", beds, "plannedClosureOn", closesOn))
        .post("/api/institutions/{id}/units", institutionId).then().statusCode(201);
  }

  /** The unit ids of an institution, by name. */
  public static List<Integer> unitIds(int institutionId) {
    return Api.as("admin").get("/api/institutions/{id}/units", institutionId).then().statusCode(200).extract().path("sort { it.name }.id");
  }

  /**
   * The costs of the model's hand-checked example (200,000 fixed, 1,500 per resident, step costs
   * 40,000 / 30,000 / 30,000, 5,000 set-up, 2,000 a month of moderate support), 36 months from
   * January 2027, the 100 residents (none with a move date) moving {@code movesPerMonth} a month
   * from February 2027.
   */
  public static Map<String, Object> model(int institutionId, int movesPerMonth) {
    List<Integer> units = unitIds(institutionId);
    Map<String, Object> model = new HashMap<>();
    model.put("currency", "EUR");
    model.put("startOn", "2027-01-01");
    model.put("months", 36);
    model.put("residents", 100);
    model.put("fixedMonthlyCost", 200000);
    model.put("costPerResidentMonth", 1500);
    model.put("unitCosts", List.of(
        Map.of("unitId", units.get(0), "monthlyStepCost", 40000),
        Map.of("unitId", units.get(1), "monthlyStepCost", 30000),
        Map.of("unitId", units.get(2), "monthlyStepCost", 30000)));
    model.put("setUpCostPerPlace", 5000);
    model.put("communityCostLow", 1200);
    model.put("communityCostModerate", 2000);
    model.put("communityCostHigh", 3500);
    model.put("staffToTrain", 0);
    model.put("trainingCostPerStaff", 0);
    model.put("annualInflationPercent", 0);
    model.put("plannedMovesPerMonth", movesPerMonth);
    model.put("plannedMovesFrom", "2027-02-01");
    return model;
  }

  public static ValidatableResponse save(String user, int institutionId, Map<String, Object> model) {
    return as(user).body(model).put("/api/institutions/{id}/transition-model", institutionId).then();
  }

  public static ValidatableResponse addScenario(String user, int institutionId, Map<String, Object> scenario) {
    return as(user).body(scenario).post("/api/institutions/{id}/transition-model/scenarios", institutionId).then();
  }
}
