package org.homeward.plan;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.system.Api;
import org.homeward.system.RunningHomeward;

/**
 * A test's own institution, registered through the API with one unit, and a committee member whose
 * scope is that institution alone.
 */
final class PlanFixture {

  final int institutionId;
  final String committee;

  PlanFixture() {
    String code = Api.uniqueCode("CP");
    Map<String, Object> institution = new HashMap<>();
    institution.put("code", code);
    institution.put("name", "Plan test home " + code);
    institution.put("type", "SOCIAL_CARE_HOME");
    institution.put("ownership", "PUBLIC");
    institution.put("region", "East");
    institution.put("bedCapacity", 60);
    institution.put("currentResidents", 50);
    institutionId = Api.as("admin").body(institution).post("/api/institutions").then().statusCode(201).extract().path("id");
    Api.as("admin").body(Map.of("name", "House A", "beds", 30)).post("/api/institutions/{id}/units", institutionId)
        .then().statusCode(201);
    committee = ("it.committee." + code).toLowerCase(java.util.Locale.ROOT);
    Api.as("admin").body(Map.of("username", committee, "displayName", "Committee of " + code, "password", RunningHomeward.DEMO_PASSWORD,
        "roles", List.of("COMMITTEE"), "institutionIds", List.of(institutionId))).post("/api/users").then().statusCode(201);
  }

  RequestSpecification asCommittee() {
    return Api.as(committee);
  }

  String path(String rest) {
    return "/api/institutions/" + institutionId + rest;
  }

  /** Starts the plan as the committee; returns revision 1 as JSON. */
  Map<String, Object> createPlan() {
    return asCommittee().body(Map.of("targetClosureOn", LocalDate.now().plusYears(3).toString())).post(path("/plan"))
        .then().statusCode(201).body("number", equalTo(1)).extract().jsonPath().getMap("");
  }

  static Map<String, Object> action(String title, String category) {
    Map<String, Object> action = new HashMap<>();
    action.put("title", title);
    action.put("category", category);
    action.put("owner", "Committee chair");
    action.put("startsOn", LocalDate.now().toString());
    action.put("dueOn", LocalDate.now().plusMonths(6).toString());
    return action;
  }

  int version(String revisionPath) {
    return asCommittee().get(path(revisionPath)).then().statusCode(200).extract().path("version");
  }

  void approve(int number, String summary) {
    asCommittee().body(Map.of("version", version("/plan/revisions/" + number), "changeSummary", summary))
        .post(path("/plan/revisions/" + number + "/approval")).then().statusCode(200).body("status", equalTo("APPROVED"));
  }
}
