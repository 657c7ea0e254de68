package org.homeward.rights;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/**
 * A closure plan's rights improvement names the indicator it should move (issue 8, point 5), through
 * the plan's API, with bad input refused field by field; the rights API shows the indicator month by
 * month before and after the action's date, to the committee and never to the ministry.
 */
class PlanIndicatorsApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");
  private static final String BELTS = "End mechanical restraint on Ward B";

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static int currentRevision() {
    JsonPath plan = Api.as("committee.north").get("/api/institutions/{id}/plan", HOSPITAL).then().statusCode(200).extract().jsonPath();
    Integer draft = plan.get("draft");
    return draft != null ? draft : plan.getInt("approved");
  }

  /** The demo action ending mechanical restraint on Ward B, as the API gives it. */
  private static Map<String, Object> belts(int revision) {
    List<Map<String, Object>> actions = Api.as("committee.north").get("/api/institutions/{id}/plan/revisions/{n}", HOSPITAL, revision)
        .then().statusCode(200).extract().jsonPath().getList("actions");
    return new HashMap<>(actions.stream().filter(a -> BELTS.equals(a.get("title"))).findFirst().orElseThrow());
  }

  private static ValidatableResponse put(int revision, Map<String, Object> action) {
    return Api.as("committee.north").body(action).put("/api/institutions/{id}/plan/revisions/{n}/actions/{a}", HOSPITAL, revision,
        action.get("id")).then();
  }

  private static int wardB() {
    List<Map<String, Object>> units = Api.as("committee.north").get("/api/institutions/{id}/units", HOSPITAL).then().statusCode(200)
        .extract().jsonPath().getList("");
    return (Integer) units.stream().filter(u -> "Ward B (long stay)".equals(u.get("name"))).findFirst().orElseThrow().get("id");
  }

  @Test
  void anIndicatorIsNamedOnTheActionAndRefusedFieldByFieldWhenWrong() {
    int revision = currentRevision();
    Map<String, Object> action = belts(revision);

    Map<String, Object> deathsInAUnit = new HashMap<>(action);
    deathsInAUnit.put("indicator", "DEATHS");
    deathsInAUnit.put("indicatorUnitId", wardB());
    problem(put(revision, deathsInAUnit), 400).body("errors.field", hasItem("indicatorUnitId"));

    Map<String, Object> themeMissing = new HashMap<>(action);
    themeMissing.put("indicator", "QUALITY_RIGHTS_THEME");
    themeMissing.put("indicatorUnitId", null);
    problem(put(revision, themeMissing), 400).body("errors.field", hasItem("indicatorTheme"));

    Map<String, Object> unknown = new HashMap<>(action);
    unknown.put("indicator", "FEWER_BELTS");
    problem(put(revision, unknown), 400).body("errors.field", hasItem("indicator"));

    Map<String, Object> otherInstitutionsUnit = new HashMap<>(action);
    otherInstitutionsUnit.put("indicatorUnitId", Api.as("committee.south").get("/api/institutions/{id}/units", InstitutionsApi.idOf("CI-S01"))
        .then().statusCode(200).extract().path("[0].id"));
    problem(put(revision, otherInstitutionsUnit), 400).body("errors.field", hasItem("indicatorUnitId"));

    Map<String, Object> theme = new HashMap<>(action);
    theme.put("indicator", "QUALITY_RIGHTS_THEME");
    theme.put("indicatorTheme", "FREEDOM_FROM_ILL_TREATMENT");
    theme.put("indicatorUnitId", null);
    Map<String, Object> saved = new HashMap<>(put(revision, theme).statusCode(200).body("indicator", equalTo("QUALITY_RIGHTS_THEME"))
        .body("indicatorTheme", equalTo("FREEDOM_FROM_ILL_TREATMENT")).extract().jsonPath().getMap(""));

    saved.put("indicator", "MECHANICAL_RESTRAINT");
    saved.put("indicatorTheme", null);
    saved.put("indicatorUnitId", wardB());
    put(revision, saved).statusCode(200).body("indicator", equalTo("MECHANICAL_RESTRAINT")).body("indicatorUnitId", equalTo(wardB()));
    problem(put(revision, saved), 409);
  }

  @Test
  void theRightsViewShowsTheIndicatorBeforeAndAfterTheActionToTheCommitteeOnly() {
    Api.as("committee.north").get("/api/institutions/{id}/rights/plan-actions", HOSPITAL).then().statusCode(200)
        .body("find { it.title == '" + BELTS + "' }.indicator", equalTo("MECHANICAL_RESTRAINT"))
        .body("find { it.title == '" + BELTS + "' }.unit", equalTo("Ward B (long stay)"))
        .body("find { it.title == '" + BELTS + "' }.months.size()", equalTo(10))
        .body("find { it.title == '" + BELTS + "' }.months.findAll { !it.after }.size()", equalTo(6))
        .body("find { it.title == '" + BELTS + "' }.direction", oneOf("BETTER", "WORSE", "UNCHANGED"))
        .body("find { it.title == '" + BELTS + "' }.before", notNullValue())
        .body("find { it.title == '" + BELTS + "' }", hasKey("dueOn"));
    problem(Api.as("ministry").get("/api/institutions/{id}/rights/plan-actions", HOSPITAL).then(), 403);
    problem(Api.as("committee.south").get("/api/institutions/{id}/rights/plan-actions", HOSPITAL).then(), 403);
  }
}
