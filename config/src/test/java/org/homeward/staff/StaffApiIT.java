package org.homeward.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** The staff roster, its import, training and figures through the API of the running application. */
class StaffApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static Map<String, Object> added(String name) {
    return StaffApi.add("committee.north", HOSPITAL, StaffApi.nurse(name)).statusCode(201).extract().jsonPath().getMap("");
  }

  @Test
  void theCommitteeAddsAStaffMemberWhoStartsUndecidedAndNotStarted() {
    String name = Api.uniqueCode("Nurse");
    ValidatableResponse created = StaffApi.add("committee.north", HOSPITAL, StaffApi.nurse(name)).statusCode(201)
        .header("Location", containsString("/api/staff/"));
    int id = created.extract().path("id");

    Api.as("committee.north").get("/api/staff/{id}", id).then().statusCode(200)
        .body("name", equalTo(name)).body("willingness", equalTo("UNDECIDED")).body("status", equalTo("NOT_STARTED"))
        .body("qualifications", equalTo(List.of("REGISTERED_NURSE"))).body("institutionId", equalTo(HOSPITAL));
    Api.as("committee.north").queryParam("role", "NURSE").get("/api/institutions/{id}/staff", HOSPITAL).then().statusCode(200)
        .body("name", hasItem(name)).body("role", everyItem(equalTo("NURSE")));
    Api.as("admin").queryParams(Map.of("recordType", "StaffMember", "recordId", id, "action", "READ")).get("/api/audit")
        .then().body("total", greaterThanOrEqualTo(1));
  }

  @Test
  void badInputNamesEachField() {
    Map<String, Object> bad = StaffApi.nurse("Bad Input");
    bad.put("fte", 1.5);
    bad.put("yearsOfService", -1);
    problem(StaffApi.add("committee.north", HOSPITAL, bad), 400).body("errors.field", hasItems("fte", "yearsOfService"));
    Map<String, Object> unknownRole = StaffApi.nurse("Unknown Role");
    unknownRole.put("role", "ASTRONAUT");
    problem(StaffApi.add("committee.north", HOSPITAL, unknownRole), 400).body("errors.field", hasItem("role"));
    Map<String, Object> unknownQualification = StaffApi.nurse("Unknown Qualification");
    unknownQualification.put("qualifications", List.of("DEEP_SEA_DIVING"));
    problem(StaffApi.add("committee.north", HOSPITAL, unknownQualification), 400).body("errors.field", hasItem("qualifications"));
    problem(StaffApi.add("committee.north", HOSPITAL, Map.of()), 400).body("errors.field", hasItems("name", "role", "fte"));
  }

  @Test
  void aStaleEditIsRefused() {
    Map<String, Object> member = added(Api.uniqueCode("Stale"));
    Map<String, Object> first = new HashMap<>(member);
    first.put("willingness", "WILLING");
    first.put("concernCategories", List.of("JOB_SECURITY", "PAY"));
    Api.as("committee.north").body(first).put("/api/staff/{id}", member.get("id")).then().statusCode(200)
        .body("willingness", equalTo("WILLING")).body("concernCategories", equalTo(List.of("JOB_SECURITY", "PAY")));

    Map<String, Object> second = new HashMap<>(member);
    second.put("willingness", "NOT_WILLING");
    problem(Api.as("committee.north").body(second).put("/api/staff/{id}", member.get("id")).then(), 409);
    Api.as("committee.north").get("/api/staff/{id}", member.get("id")).then().body("willingness", equalTo("WILLING"));
  }

  @Test
  void theMinistryAndFinanceGetFiguresButNoNames() {
    added(Api.uniqueCode("Counted"));
    for (String user : List.of("ministry", "finance")) {
      Api.as(user).get("/api/institutions/{id}/staff/figures", HOSPITAL).then().statusCode(200)
          .body("total", greaterThanOrEqualTo(1)).body("byRole", hasKey("NURSE")).body("byWillingness", hasKey("UNDECIDED"))
          .body("byStatus", hasKey("NOT_STARTED")).body("training.course", hasItem("RECOVERY"))
          .body("acceptedByKind.SUPPORTED_LIVING", greaterThanOrEqualTo(1))
          .body("$", not(hasKey("names")));
      problem(Api.as(user).get("/api/institutions/{id}/staff", HOSPITAL).then(), 403);
    }
    problem(Api.as("committee.south").get("/api/institutions/{id}/staff", HOSPITAL).then(), 403);
  }

  @Test
  void anImportReportsEveryRowAndAddsOnlyTheGoodOnes() {
    String good = Api.uniqueCode("Imported");
    String bad = Api.uniqueCode("Refused");
    String csv = StaffApi.CSV_HEADER
        + "\"" + good + ", RN\",NURSE,REGISTERED_NURSE;PEER_SUPPORT,9,0.5,PART_TIME,North,\"Night shifts, ward B\"\n"
        + bad + ",JUGGLER,DEEP_SEA_DIVING,-1,1.5,PERMANENT,,\n";

    StaffApi.importCsv("committee.north", HOSPITAL, csv).statusCode(200)
        .body("accepted", equalTo(1)).body("refused", equalTo(1))
        .body("rows[0].line", equalTo(2)).body("rows[0].accepted", equalTo(true))
        .body("rows[1].line", equalTo(3)).body("rows[1].accepted", equalTo(false))
        .body("rows[1].errors.field", hasItems("role", "qualifications", "years_of_service", "fte"))
        .body("rows[1].errors.find { it.field == 'qualifications' }.message", equalTo("unknown qualification code: DEEP_SEA_DIVING"));
    Api.as("committee.north").get("/api/institutions/{id}/staff", HOSPITAL).then()
        .body("name", hasItem(good + ", RN")).body("name", not(hasItem(bad)));
    problem(StaffApi.importCsv("committee.north", HOSPITAL, "just,some,words\n"), 400).body("errors.field", hasItem("file"));
    problem(StaffApi.importCsv("committee.south", HOSPITAL, csv), 403);
  }

  @Test
  void aPlannedCourseStartsTrainingAndIsThenCompleted() {
    Map<String, Object> member = added(Api.uniqueCode("Trainee"));
    String trainings = "/api/staff/" + member.get("id") + "/trainings";
    problem(Api.as("committee.north").body(Map.of("course", "RECOVERY", "status", "PLANNED")).post(trainings).then(), 400)
        .body("errors.field", hasItem("plannedOn"));
    Map<String, Object> planned = Api.as("committee.north")
        .body(Map.of("course", "RECOVERY", "status", "PLANNED", "plannedOn", LocalDate.now().plusDays(7).toString()))
        .post(trainings).then().statusCode(201).extract().jsonPath().getMap("");
    Api.as("committee.north").get("/api/staff/{id}", member.get("id")).then().body("status", equalTo("IN_TRAINING"));

    Api.as("committee.north").body(Map.of("version", planned.get("version"), "status", "COMPLETED",
            "completedOn", LocalDate.now().plusDays(1).toString()))
        .put(trainings + "/" + planned.get("id")).then().statusCode(400).body("errors.field", hasItem("completedOn"));
    Api.as("committee.north").body(Map.of("version", planned.get("version"), "status", "COMPLETED", "completedOn", LocalDate.now().toString()))
        .put(trainings + "/" + planned.get("id")).then().statusCode(200).body("status", equalTo("COMPLETED"));
    problem(Api.as("committee.north").body(Map.of("course", "RECOVERY", "status", "NEEDED")).post(trainings).then(), 409);
    Api.as("committee.north").body(Map.of("heldOn", LocalDate.now().toString(), "notes", "Talked about pay in community teams."))
        .post("/api/staff/" + member.get("id") + "/discussions").then().statusCode(201);
  }

  @Test
  void onlyAnAdministratorExtendsTheCourseCatalogue() {
    String code = Api.uniqueCode("PEER").replace('-', '_');
    problem(Api.as("committee.north").body(Map.of("code", code, "label", "Peer work")).post("/api/training-courses").then(), 403);
    Api.as("admin").body(Map.of("code", code, "label", "Peer work")).post("/api/training-courses").then().statusCode(201);
    problem(Api.as("admin").body(Map.of("code", code, "label", "Again")).post("/api/training-courses").then(), 409);
    problem(Api.as("admin").body(Map.of("code", "lower case", "label", "Bad")).post("/api/training-courses").then(), 400)
        .body("errors.field", hasItem("code"));
    Api.as("admin").queryParams(Map.of("recordType", "TrainingCourse", "recordId", code, "action", "CREATE")).get("/api/audit")
        .then().body("total", equalTo(1));
    Api.as("committee.north").get("/api/training-courses").then().statusCode(200)
        .body("code", hasItems("HUMAN_RIGHTS", "PSYCHOLOGICAL_INTERVENTIONS", code)).body("find { it.code == 'RECOVERY' }.label", equalTo("Recovery approach"));
    Api.as("committee.north").get("/api/qualifications").then().statusCode(200).body("code", hasItem("SOCIAL_WORK"));
  }
}
