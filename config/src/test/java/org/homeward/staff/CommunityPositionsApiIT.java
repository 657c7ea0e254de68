package org.homeward.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Community positions, matching, applications and appraisals through the API of the running application. */
class CommunityPositionsApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  /** A willing nurse of North's hospital who would work in {@code region}. */
  private static Map<String, Object> willingNurse(String region) {
    Map<String, Object> nurse = StaffApi.nurse(Api.uniqueCode("Nurse"));
    nurse.put("region", region);
    nurse.put("willingness", "WILLING");
    return StaffApi.add("committee.north", HOSPITAL, nurse).statusCode(201).extract().jsonPath().getMap("");
  }

  @Test
  void theMinistryKeepsPositionsAndBadInputNamesEachField() {
    String region = Api.uniqueCode("Region");
    Map<String, Object> created = StaffApi.addPosition("ministry", StaffApi.position(Api.uniqueCode("Team"), region, 2)).statusCode(201)
        .body("openingsLeft", equalTo(2)).body("requiredCourses", equalTo(List.of("RECOVERY"))).extract().jsonPath().getMap("");
    problem(StaffApi.addPosition("committee.north", StaffApi.position("Not mine to add", region, 1)), 403);
    Api.as("committee.north").queryParam("region", region).get("/api/community-positions").then().statusCode(200)
        .body("id", equalTo(List.of(created.get("id"))));

    Map<String, Object> bad = StaffApi.position("", region, 0);
    bad.put("kind", "SPACESHIP");
    bad.put("requiredCourses", List.of("JUGGLING"));
    bad.remove("availableFrom");
    problem(StaffApi.addPosition("ministry", bad), 400).body("errors.field", hasItems("kind"));
    bad.put("kind", "OUTREACH");
    problem(StaffApi.addPosition("ministry", bad), 400)
        .body("errors.field", hasItems("serviceName", "openings", "requiredCourses", "availableFrom"));

    Map<String, Object> edit = new HashMap<>(created);
    edit.put("openings", 3);
    Api.as("ministry").body(edit).put("/api/community-positions/{id}", created.get("id")).then().statusCode(200).body("openings", equalTo(3));
    problem(Api.as("ministry").body(edit).put("/api/community-positions/{id}", created.get("id")).then(), 409);
  }

  @Test
  void aNurseIsSuggestedAFittingPositionAppliesIsAcceptedAndIsRedeployed() {
    String region = Api.uniqueCode("Region");
    Map<String, Object> nurse = willingNurse(region);
    Object staffId = nurse.get("id");
    Map<String, Object> position = StaffApi.addPosition("ministry", StaffApi.position(Api.uniqueCode("Outreach"), region, 1))
        .statusCode(201).extract().jsonPath().getMap("");
    Object positionId = position.get("id");

    Api.as("committee.north").get("/api/staff/{id}/pathway", staffId).then().statusCode(200)
        .body("status", equalTo("NOT_STARTED")).body("history.cause", equalTo(List.of("ADDED")))
        .body("suggestions[0].position.id", equalTo(positionId))
        .body("suggestions[0].fit.score", equalTo(35 + 0 + 15 + 15 + 10))
        .body("suggestions[0].fit.reasons.find { it.criterion == 'TRAINING' }.missing", equalTo(List.of("RECOVERY")));
    Api.as("committee.north").get("/api/community-positions/{id}/candidates", positionId).then().statusCode(200)
        .body("staffId", hasItem(staffId));
    Api.as("committee.south").get("/api/community-positions/{id}/candidates", positionId).then().statusCode(200)
        .body("staffId", not(hasItem(staffId)));
    problem(Api.as("ministry").get("/api/community-positions/{id}/candidates", positionId).then(), 403);
    problem(Api.as("ministry").get("/api/staff/{id}/pathway", staffId).then(), 403);

    String applications = "/api/staff/" + staffId + "/applications";
    problem(Api.as("committee.north").body(Map.of("positionId", positionId, "appliedOn", LocalDate.now().plusDays(3).toString()))
        .post(applications).then(), 400).body("errors.field", hasItem("appliedOn"));
    problem(Api.as("committee.north").body(Map.of("appliedOn", LocalDate.now().toString())).post(applications).then(), 400)
        .body("errors.field", hasItem("positionId"));
    Map<String, Object> application = StaffApi.apply("committee.north", staffId, positionId);
    Object applicationId = application.get("id");
    Object version = application.get("version");
    problem(Api.as("committee.north").body(Map.of("positionId", positionId, "appliedOn", LocalDate.now().toString()))
        .post(applications).then(), 409);
    Api.as("committee.north").get("/api/staff/{id}", staffId).then().body("status", equalTo("APPLIED"));

    String appraisal = applications + "/" + applicationId + "/appraisal";
    Map<String, Object> declined = StaffApi.appraisal(version, "DECLINED");
    problem(Api.as("committee.north").body(declined).put(appraisal).then(), 400).body("errors.field", hasItem("declineReason"));
    problem(Api.as("committee.north").body(Map.of("version", version)).put(appraisal).then(), 400)
        .body("errors.field", hasItems("workRecord", "willingToTrain", "commitment", "decision"));
    problem(Api.as("committee.north").body(StaffApi.appraisal(version, "PROMOTED")).put(appraisal).then(), 400)
        .body("errors.field", hasItem("decision"));
    Api.as("committee.north").body(StaffApi.appraisal(version, "ACCEPTED")).put(appraisal).then().statusCode(200)
        .body("decision", equalTo("ACCEPTED")).body("decidedBy", equalTo("committee.north"));
    Map<String, Object> again = StaffApi.appraisal(((Number) version).intValue() + 1, "DECLINED");
    again.put("declineReason", "Changed our minds");
    problem(Api.as("committee.north").body(again).put(appraisal).then(), 409).body("detail", containsString("already been decided"));

    Api.as("ministry").get("/api/community-positions/{id}", positionId).then().body("filled", equalTo(1)).body("openingsLeft", equalTo(0));
    Api.as("committee.north").get("/api/staff/{id}/pathway", staffId).then()
        .body("status", equalTo("REDEPLOYED")).body("history.status", equalTo(List.of("NOT_STARTED", "APPLIED", "REDEPLOYED")))
        .body("suggestions", equalTo(List.of()));
    Api.as("committee.north").get("/api/community-positions/{id}/applications", positionId).then()
        .body("staffId", equalTo(List.of(staffId)));
    Api.as("admin").queryParams(Map.of("recordType", "StaffApplication", "recordId", applicationId, "action", "UPDATE")).get("/api/audit")
        .then().body("total", greaterThanOrEqualTo(1));

    Object other = willingNurse(region).get("id");
    problem(Api.as("committee.north").body(Map.of("positionId", positionId, "appliedOn", LocalDate.now().toString()))
        .post("/api/staff/{id}/applications", other).then(), 409).body("title", notNullValue());
  }

  @Test
  void acceptedAfterTrainingPutsTheMissingCoursesOnTheListAndRedeploysWhenTheyAreDone() {
    String region = Api.uniqueCode("Region");
    Object staffId = willingNurse(region).get("id");
    Object positionId = StaffApi.addPosition("ministry", StaffApi.position(Api.uniqueCode("Crisis"), region, 2)).statusCode(201)
        .extract().path("id");
    Map<String, Object> application = StaffApi.apply("committee.north", staffId, positionId);
    Api.as("committee.north").body(StaffApi.appraisal(application.get("version"), "ACCEPTED_AFTER_TRAINING"))
        .put("/api/staff/{id}/applications/{a}/appraisal", staffId, application.get("id")).then().statusCode(200);

    Map<String, Object> recovery = Api.as("committee.north").get("/api/staff/{id}/trainings", staffId).then()
        .body("find { it.course == 'RECOVERY' }.status", equalTo("NEEDED")).extract().path("find { it.course == 'RECOVERY' }");
    Api.as("committee.north").get("/api/staff/{id}", staffId).then().body("status", equalTo("APPLIED"));
    Api.as("committee.north").body(Map.of("version", recovery.get("version"), "status", "COMPLETED", "completedOn", LocalDate.now().toString()))
        .put("/api/staff/{id}/trainings/{t}", staffId, recovery.get("id")).then().statusCode(200);
    Api.as("committee.north").get("/api/staff/{id}", staffId).then().body("status", equalTo("REDEPLOYED"));
  }

  @Test
  void onlyRetiredOrLeftIsRecordedByHandAndTheMinistrySeesNumbers() {
    Map<String, Object> nurse = willingNurse("North");
    Map<String, Object> redeployed = new HashMap<>(nurse);
    redeployed.put("status", "REDEPLOYED");
    problem(Api.as("committee.north").body(redeployed).put("/api/staff/{id}", nurse.get("id")).then(), 400)
        .body("errors.field", hasItem("status"));
    Map<String, Object> retired = new HashMap<>(nurse);
    retired.put("status", "RETIRED");
    Api.as("committee.north").body(retired).put("/api/staff/{id}", nurse.get("id")).then().statusCode(200).body("status", equalTo("RETIRED"));
    Api.as("committee.north").get("/api/staff/{id}/pathway", nurse.get("id")).then().body("history.cause", equalTo(List.of("ADDED", "EXIT")));

    Api.as("ministry").get("/api/community-positions/figures").then().statusCode(200)
        .body("staff", greaterThanOrEqualTo(1)).body("byStatus", hasKey("REDEPLOYED")).body("byStatus.RETIRED", greaterThanOrEqualTo(1))
        .body("byWillingness", hasKey("UNDECIDED")).body("$", not(hasKey("names")));
  }
}
