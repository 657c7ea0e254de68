package org.homeward.resident;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.homeward.resident.CaseTransfersApi.HOSPITAL;
import static org.homeward.resident.CaseTransfersApi.accept;
import static org.homeward.resident.CaseTransfersApi.admittedWith;
import static org.homeward.resident.CaseTransfersApi.decline;
import static org.homeward.resident.CaseTransfersApi.newWorker;
import static org.homeward.resident.CaseTransfersApi.offer;
import static org.homeward.resident.CaseTransfersApi.reassign;
import static org.homeward.resident.CaseTransfersApi.resident;
import static org.homeward.resident.CaseTransfersApi.userId;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Case transfers and bulk reassignment through the API of the running application: the answers, bad input, and who may do what. */
class CaseTransferApiIT {

  private static final int SOUTH = InstitutionsApi.idOf("CI-S01");
  private static final String REASON = "Fatima moves to the crisis team";

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  @Test
  void aCaseOfferedToAnotherWorkerIsAcceptedWithThePersonsConsentAndTheFirstWorkerKeepsNone() {
    int fatima = userId("focal.north");
    int goran = userId("focal.north2");
    int id = admittedWith(fatima);

    ValidatableResponse created = offer("focal.north", id, Map.of("toWorkerId", goran, "reason", REASON)).statusCode(201)
        .body("status", equalTo("PENDING")).body("kind", equalTo("WORKER")).body("toWorkerName", equalTo("Goran Focal Point (demo)"));
    Map<String, Object> offered = created.extract().jsonPath().getMap("");
    created.header("Location", endsWith("/api/transfers/" + offered.get("id")));
    problem(offer("committee.north", id, Map.of("toWorkerId", goran, "reason", "Again")), 409);
    resident("focal.north", id).statusCode(200).body("focalPointId", equalTo(fatima));
    Api.as("focal.north2").get("/api/transfers/offered").then().statusCode(200).body("id", hasItem(offered.get("id")));

    problem(accept("focal.north2", offered.get("id"), Map.of("version", offered.get("version"))), 400)
        .body("errors.field", hasItem("consent"));
    problem(accept("focal.north2", offered.get("id"), Map.of("consent", "AGREED")), 400).body("errors.field", hasItem("version"));
    accept("focal.north2", offered.get("id"), Map.of("version", offered.get("version"), "consent", "AGREED")).statusCode(200)
        .body("status", equalTo("ACCEPTED")).body("consent", equalTo("AGREED"));

    resident("focal.north2", id).statusCode(200).body("focalPointId", equalTo(goran)).body("focalPointConsent", equalTo("AGREED"));
    Api.as("focal.north2").get("/api/residents/{id}/focal-point", id).then().body("workerId", equalTo(List.of(fatima, goran)));
    problem(resident("focal.north", id), 403);
    problem(accept("focal.north2", offered.get("id"), Map.of("version", offered.get("version"), "consent", "AGREED")), 409);
    Api.as("focal.north2").get("/api/transfers/offered").then().body("id", not(hasItem(offered.get("id"))));
  }

  @Test
  void aDeclineSaysWhyAndTheCaseStaysWithItsWorker() {
    int fatima = userId("focal.north");
    int id = admittedWith(fatima);
    Map<String, Object> offered = offer("committee.north", id, Map.of("kind", "WORKER", "toWorkerId", userId("focal.north2"), "reason", REASON))
        .statusCode(201).extract().jsonPath().getMap("");

    problem(decline("focal.north2", offered.get("id"), Map.of("version", offered.get("version"))), 400).body("errors.field", hasItem("reason"));
    problem(decline("focal.north2", offered.get("id"), Map.of("version", offered.get("version"), "reason", "  ")), 400)
        .body("errors.field", hasItem("reason"));
    problem(decline("focal.north", offered.get("id"), Map.of("version", offered.get("version"), "reason", "Not mine to answer")), 403);
    problem(decline("focal.north2", offered.get("id"), Map.of("version", 99, "reason", "My caseload is full")), 409);
    decline("focal.north2", offered.get("id"), Map.of("version", offered.get("version"), "reason", "My caseload is full")).statusCode(200)
        .body("status", equalTo("DECLINED")).body("answerReason", equalTo("My caseload is full"));
    problem(accept("focal.north2", offered.get("id"), Map.of("version", offered.get("version"), "consent", "CHOSE")), 409);

    resident("focal.north", id).statusCode(200).body("focalPointId", equalTo(fatima)).body("focalPointConsent", equalTo("CHOSE"));
    Api.as("focal.north").get("/api/residents/{id}/transfers", id).then().statusCode(200).body("status", equalTo(List.of("DECLINED")));
  }

  @Test
  void anotherInstitutionsCommitteeAcceptsThePersonAndTheirRecordMovesThere() {
    int id = admittedWith(userId("focal.north"));
    problem(offer("focal.north", id, Map.of("kind", "INSTITUTION", "toInstitutionId", SOUTH, "reason", "Near her family")), 403);
    problem(offer("committee.north", id, Map.of("toInstitutionId", HOSPITAL, "reason", "Near her family")), 400)
        .body("errors.field", hasItem("toInstitutionId"));
    Map<String, Object> offered = offer("committee.north", id, Map.of("toInstitutionId", SOUTH, "reason", "Near her family")).statusCode(201)
        .body("kind", equalTo("INSTITUTION")).body("toInstitutionId", equalTo(SOUTH)).extract().jsonPath().getMap("");

    Api.as("committee.north").get("/api/transfers/offered").then().statusCode(200).body("id", not(hasItem(offered.get("id"))));
    problem(accept("committee.north", offered.get("id"), Map.of("version", offered.get("version"))), 403);
    problem(resident("committee.south", id), 403);
    Api.as("committee.south").get("/api/transfers/offered").then().statusCode(200).body("id", hasItem(offered.get("id")));
    accept("committee.south", offered.get("id"), Map.of("version", offered.get("version"))).statusCode(200).body("status", equalTo("ACCEPTED"));

    resident("committee.south", id).statusCode(200).body("institutionId", equalTo(SOUTH)).body("unitId", nullValue());
    problem(resident("committee.north", id), 403);
    resident("focal.north", id).statusCode(200).body("institutionId", equalTo(SOUTH));
  }

  @Test
  void badInputIsNamedAndTheMinistryFinanceAndOutsidersAreRefused() {
    int goran = userId("focal.north2");
    int id = admittedWith(userId("focal.north"));
    problem(Api.as("focal.north").post("/api/residents/{id}/transfers", id).then(), 400);
    problem(offer("focal.north", id, Map.of("reason", REASON)), 400).body("errors.field", hasItem("toWorkerId"));
    problem(offer("focal.north", id, Map.of("toWorkerId", goran)), 400).body("errors.field", hasItem("reason"));
    problem(offer("focal.north", id, Map.of("kind", "SIDEWAYS", "toWorkerId", goran, "reason", REASON)), 400).body("errors.field", hasItem("kind"));
    problem(offer("focal.north", id, Map.of("toWorkerId", userId("committee.north"), "reason", REASON)), 400)
        .body("errors.field", hasItem("toWorkerId"));
    problem(offer("focal.north", id, Map.of("toWorkerId", newWorker(List.of(SOUTH)), "reason", REASON)), 400)
        .body("errors.field", hasItem("toWorkerId"));
    problem(offer("committee.south", id, Map.of("toWorkerId", goran, "reason", REASON)), 403);
    problem(offer("focal.north2", id, Map.of("toWorkerId", goran, "reason", REASON)), 403);
    problem(accept("focal.north2", 987654321, Map.of("version", 1, "consent", "CHOSE")), 404);
    problem(Api.anonymous().get("/api/transfers/offered").then(), 401);

    for (String official : List.of("ministry", "finance")) {
      problem(offer(official, id, Map.of("toWorkerId", goran, "reason", REASON)), 403);
      problem(Api.as(official).get("/api/residents/{id}/transfers", id).then(), 403);
      problem(Api.as(official).get("/api/transfers/offered").then(), 403);
      problem(accept(official, 1, Map.of("version", 1, "consent", "CHOSE")), 403);
      problem(decline(official, 1, Map.of("version", 1, "reason", "No")), 403);
      problem(Api.as(official).get("/api/institutions/{id}/focal-points", HOSPITAL).then(), 403);
      problem(reassign(official, Map.of("fromWorkerId", goran, "toWorkerId", goran, "reason", REASON)), 403);
    }
    problem(reassign("focal.north", Map.of("fromWorkerId", goran, "toWorkerId", goran, "reason", REASON)), 403);
    problem(Api.as("committee.south").get("/api/institutions/{id}/focal-points", HOSPITAL).then(), 403);
  }

  @Test
  void aLeavingWorkersCasesAreReassignedAllOrNothingAndEachPersonIsAskedAgain() {
    int leaver = newWorker(List.of(HOSPITAL));
    int fatima = userId("focal.north");
    int goran = userId("focal.north2");
    int first = admittedWith(leaver);
    int second = admittedWith(leaver);
    Api.as("committee.north").get("/api/institutions/{id}/focal-points", HOSPITAL).then().statusCode(200)
        .body("find { it.workerId == " + leaver + " }.activeCases", equalTo(2));

    problem(reassign("committee.north", Map.of("fromWorkerId", leaver, "toWorkerId", goran, "reason", REASON,
        "cases", List.of(Map.of("residentId", second, "toWorkerId", newWorker(List.of(SOUTH)))))), 400)
        .body("errors.field", equalTo(List.of("cases[0].toWorkerId")));
    problem(reassign("committee.north", Map.of("fromWorkerId", leaver, "toWorkerId", goran)), 400).body("errors.field", hasItem("reason"));
    problem(reassign("committee.north", Map.of("fromWorkerId", leaver, "reason", REASON)), 400).body("errors.field", hasItem("cases"));
    problem(reassign("committee.north", Map.of("fromWorkerId", leaver, "toWorkerId", leaver, "reason", REASON)), 400)
        .body("errors.field", hasItem("toWorkerId"));
    resident("committee.north", first).body("focalPointId", equalTo(leaver));
    offer("committee.north", first, Map.of("toWorkerId", fatima, "reason", "Offered before the worker left")).statusCode(201);

    reassign("committee.north", Map.of("fromWorkerId", leaver, "toWorkerId", goran, "reason", "The worker left the service",
        "cases", List.of(Map.of("residentId", second, "toWorkerId", fatima)))).statusCode(200)
        .body("reassigned", equalTo(2)).body("cases", hasSize(2));

    int version = resident("focal.north2", first).statusCode(200).body("focalPointId", equalTo(goran))
        .body("focalPointConsent", equalTo("TO_BE_ASKED")).extract().path("version");
    resident("focal.north", second).statusCode(200).body("focalPointId", equalTo(fatima)).body("focalPointConsent", equalTo("TO_BE_ASKED"));
    Api.as("focal.north2").get("/api/residents/{id}/readiness", first).then().body("missing", hasItem(containsString("focal point")));
    Api.as("committee.north").get("/api/institutions/{id}/focal-points", HOSPITAL).then()
        .body("find { it.workerId == " + leaver + " }.activeCases", equalTo(0));
    Api.as("committee.north").get("/api/residents/{id}/transfers", first).then().body("status", equalTo(List.of("WITHDRAWN")));

    problem(Api.as("focal.north2").body(Map.of("version", version, "consent", "TO_BE_ASKED")).post("/api/residents/{id}/focal-point/consent", first)
        .then(), 400).body("errors.field", hasItem("consent"));
    Api.as("focal.north2").body(Map.of("version", version, "consent", "CHOSE")).post("/api/residents/{id}/focal-point/consent", first)
        .then().statusCode(200).body("focalPointConsent", equalTo("CHOSE")).body("focalPointId", equalTo(goran));
  }

  @Test
  void theOpenApiDocumentDescribesTheTransferEndpoints() {
    Api.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
        .body(containsString("/api/residents/{residentId}/transfers"), containsString("/api/transfers/{id}/accept"),
            containsString("/api/transfers/offered"), containsString("/api/institutions/{id}/focal-points/reassignments"));
  }
}
