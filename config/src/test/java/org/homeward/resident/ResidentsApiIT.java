package org.homeward.resident;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.assessment.AssessmentsApi;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Transition cases through the API of the running application: records, status and its safeguards, focal points, scope. */
class ResidentsApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static Map<String, Object> person() {
    Map<String, Object> person = new HashMap<>();
    person.put("identifier", Api.uniqueCode("NR"));
    person.put("givenName", "Vesna");
    person.put("familyName", "Maric");
    person.put("bornOn", "1979-02-11");
    person.put("sex", "FEMALE");
    person.put("admittedOn", "2004-05-01");
    person.put("complexSupportNeeds", true);
    return person;
  }

  private static Map<String, Object> admitted() {
    return Api.as("committee.north").body(person()).post("/api/institutions/{id}/residents", HOSPITAL).then().statusCode(201)
        .extract().jsonPath().getMap("");
  }

  @Test
  void theCommitteeAdmitsAPersonAndTheRecordKeepsTheFirstStepOfItsHistory() {
    Map<String, Object> created = admitted();
    Api.as("committee.north").get("/api/residents/{id}", created.get("id")).then().statusCode(200)
        .body("status", equalTo("IN_INSTITUTION")).body("complexSupportNeeds", equalTo(true)).body("institutionId", equalTo(HOSPITAL));
    Api.as("committee.north").get("/api/residents/{id}/status", created.get("id")).then().statusCode(200)
        .body("status", equalTo(List.of("IN_INSTITUTION")));
    Api.as("admin").queryParams(Map.of("recordType", "Resident", "recordId", created.get("id"), "action", "READ")).get("/api/audit")
        .then().body("total", greaterThanOrEqualTo(1));
  }

  @Test
  void badInputNamesEachField() {
    Map<String, Object> future = person();
    future.put("bornOn", LocalDate.now().plusDays(1).toString());
    problem(Api.as("committee.north").body(future).post("/api/institutions/{id}/residents", HOSPITAL).then(), 400)
        .body("errors.field", hasItem("bornOn"));
    Map<String, Object> late = person();
    late.put("admittedOn", LocalDate.now().toString());
    problem(Api.as("committee.north").body(late).post("/api/institutions/{id}/residents", HOSPITAL).then(), 400)
        .body("errors.field", hasItem("admittedAfterStopReason"));
    Map<String, Object> unknown = person();
    unknown.put("sex", "OTHERWISE");
    problem(Api.as("committee.north").body(unknown).post("/api/institutions/{id}/residents", HOSPITAL).then(), 400)
        .body("errors.field", hasItem("sex"));
    problem(Api.as("committee.north").body(Map.of()).post("/api/institutions/{id}/residents", HOSPITAL).then(), 400)
        .body("errors.field", hasItem("identifier")).body("errors.field", hasItem("bornOn"));
    Map<String, Object> first = admitted();
    Map<String, Object> duplicate = person();
    duplicate.put("identifier", first.get("identifier"));
    problem(Api.as("committee.north").body(duplicate).post("/api/institutions/{id}/residents", HOSPITAL).then(), 409);
  }

  @Test
  void aStatusJumpThatSkipsTheReadinessCheckIsRefusedAndReadyToMoveNamesWhatIsMissing() {
    Map<String, Object> created = admitted();
    Object id = created.get("id");
    problem(Api.as("committee.north").body(Map.of("version", created.get("version"), "status", "MOVED", "effectiveOn", LocalDate.now().toString()))
        .post("/api/residents/{id}/status", id).then(), 409);
    int version = Api.as("committee.north").body(Map.of("version", created.get("version"), "status", "PREPARING",
            "effectiveOn", LocalDate.now().toString())).post("/api/residents/{id}/status", id).then().statusCode(200)
        .body("status", equalTo("PREPARING")).extract().path("version");
    problem(Api.as("committee.north").body(Map.of("version", version, "status", "READY_TO_MOVE", "effectiveOn", LocalDate.now().toString()))
        .post("/api/residents/{id}/status", id).then(), 409)
        .body("errors.message", hasItem(containsString("focal point")))
        .body("errors.message", hasItem(containsString("support plan")));
    Api.as("committee.north").get("/api/residents/{id}/readiness", id).then().statusCode(200)
        .body("ready", equalTo(false)).body("missing", hasSize(4));
    problem(Api.as("committee.north").body(Map.of("version", version, "status", "DIED", "effectiveOn", LocalDate.now().toString()))
        .post("/api/residents/{id}/status", id).then(), 400).body("errors.field", hasItem("reason"));
    problem(Api.as("committee.north").body(Map.of("version", version - 1, "status", "IN_INSTITUTION", "reason", "x",
        "effectiveOn", LocalDate.now().toString())).post("/api/residents/{id}/status", id).then(), 409);
  }

  @Test
  void aFocalPointWorksOnlyOnTheirCaseloadAndTheMinistryReadsNoPerson() {
    Map<String, Object> created = admitted();
    Object id = created.get("id");
    problem(Api.as("focal.north").get("/api/residents/{id}", id).then(), 403);
    int worker = Api.as("admin").queryParams(Map.of("size", 200)).get("/api/users").then().extract()
        .path("items.find { it.username == 'focal.north' }.id");
    problem(Api.as("committee.north").body(Map.of("version", created.get("version"), "workerId", worker, "fromOn", LocalDate.now().toString()))
        .put("/api/residents/{id}/focal-point", id).then(), 400).body("errors.field", hasItem("consent"));
    Api.as("committee.north").body(Map.of("version", created.get("version"), "workerId", worker, "consent", "CHOSE",
            "fromOn", LocalDate.now().toString())).put("/api/residents/{id}/focal-point", id).then().statusCode(200)
        .body("focalPointName", equalTo("Fatima Focal Point (demo)")).body("focalPointConsent", equalTo("CHOSE"));
    Api.as("focal.north").get("/api/residents/{id}", id).then().statusCode(200);
    Api.as("focal.north").get("/api/caseload").then().statusCode(200).body("items.id", hasItem(id));
    problem(Api.as("focal.north").body(Map.of("version", 0, "workerId", worker, "consent", "CHOSE", "fromOn", LocalDate.now().toString()))
        .put("/api/residents/{id}/focal-point", id).then(), 403);

    for (String path : List.of("/api/residents/" + id, "/api/residents/" + id + "/status", "/api/residents/" + id + "/readiness",
        "/api/residents/" + id + "/focal-point", "/api/institutions/" + HOSPITAL + "/residents", "/api/caseload")) {
      problem(Api.as("ministry").get(path).then(), 403);
      problem(Api.as("finance").get(path).then(), 403);
    }
    problem(Api.as("ministry").body(person()).post("/api/institutions/{id}/residents", HOSPITAL).then(), 403);
    Api.as("ministry").get("/api/institutions/{id}/residents/figures", HOSPITAL).then().statusCode(200)
        .body("total", greaterThanOrEqualTo(6)).body("admittedAfterStop", greaterThanOrEqualTo(1))
        .body("keySet()", not(hasItem("items")));
    problem(Api.anonymous().get("/api/residents/{id}", id).then(), 401);
    problem(Api.as("committee.south").get("/api/residents/{id}", id).then(), 403);
    Api.as("committee.south").get("/api/institutions/{id}/residents", InstitutionsApi.idOf("CI-S01")).then().statusCode(200)
        .body("items.institutionId", everyItem(equalTo(InstitutionsApi.idOf("CI-S01"))));
    problem(Api.as("committee.south").get("/api/institutions/{id}/residents", HOSPITAL).then(), 403);
  }

  @Test
  void theFocalPointsListHoldsOnlyThePeopleTheyAccompany() {
    Api.as("focal.north").get("/api/institutions/{id}/residents", HOSPITAL).then().statusCode(200)
        .body("items.focalPointName", everyItem(equalTo("Fatima Focal Point (demo)")))
        .body("items", not(empty()));
  }

  @Test
  void aSecuredHomeAndConfirmedServicesLeaveOnlyTheSupportPlanMissing() {
    Object id = admitted().get("id");
    String base = "/api/residents/" + id;
    int option = Api.as("committee.north").body(Map.of("arrangement", "SHARED_HOUSING", "description", "Flat share in Eastbrook",
        "personsView", "Too many people")).post(base + "/living-options").then().statusCode(201).extract().path("id");
    Api.as("committee.north").body(Map.of("arrangement", "INDEPENDENT_LIVING", "description", "Own flat, Riverside",
        "personsView", "I want a balcony")).post(base + "/living-options").then().statusCode(201);
    Api.as("committee.north").post(base + "/living-options/" + option + "/choice").then().statusCode(200).body("chosen", equalTo(true));
    problem(Api.as("committee.north").body(Map.of("arrangement", "GARDEN")).post(base + "/living-options").then(), 400)
        .body("errors.field", hasItem("arrangement"));

    AssessmentsApi.assess("committee.north", id, LocalDate.now().toString());
    Map<String, Object> home = new HashMap<>(Map.of("arrangement", "SHARED_HOUSING", "address", "4 Eastbrook Road",
        "tenancyHolder", "PROVIDER", "unrelatedResidents", 6, "moveInOn", LocalDate.now().plusMonths(1).toString()));
    problem(Api.as("committee.north").body(home).put(base + "/placement").then(), 400).body("errors.field", hasItem("justification"));
    home.put("moveInOn", "2003-01-01");
    home.put("justification", "Temporary while her flat is adapted; she agreed.");
    problem(Api.as("committee.north").body(home).put(base + "/placement").then(), 400).body("errors.field", hasItem("moveInOn"));
    home.put("moveInOn", LocalDate.now().plusMonths(1).toString());
    Api.as("committee.north").body(home).put(base + "/placement").then().statusCode(200)
        .body("miniInstitutionRisk", equalTo(true)).body("secured", equalTo(true));

    Map<String, Object> discussion = new HashMap<>(Map.of("heldOn", LocalDate.now().toString(), "participants", "Vesna, her sister, the provider",
        "services", List.of(Map.of("service", "Personal assistance", "provider", "City service", "formal", true, "confirmed", true),
            Map.of("service", "Sunday lunch", "provider", "Her sister", "formal", false, "confirmed", false))));
    Map<String, Object> stored = Api.as("committee.north").body(discussion).post(base + "/pre-move-discussions").then().statusCode(201)
        .body("allConfirmed", equalTo(false)).extract().jsonPath().getMap("");
    Api.as("committee.north").get(base + "/readiness").then().body("missing", hasItem(containsString("pre-move discussion")));
    problem(Api.as("committee.north").body(Map.of("heldOn", LocalDate.now().toString(), "participants", "x", "services", List.of()))
        .post(base + "/pre-move-discussions").then(), 400).body("errors.field", hasItem("services"));
    problem(Api.as("committee.north").body(Map.of("heldOn", LocalDate.now().toString(), "participants", "x",
        "services", java.util.Arrays.asList((Object) null))).post(base + "/pre-move-discussions").then(), 400)
        .body("errors.field", hasItem("services[0].service"));

    discussion.put("version", stored.get("version"));
    discussion.put("services", List.of(Map.of("service", "Personal assistance", "provider", "City service", "formal", true, "confirmed", true),
        Map.of("service", "Sunday lunch", "provider", "Her sister", "formal", false, "confirmed", true)));
    Api.as("committee.north").body(discussion).put(base + "/pre-move-discussions/" + stored.get("id")).then().statusCode(200)
        .body("allConfirmed", equalTo(true));
    Api.as("committee.north").get(base + "/readiness").then()
        .body("missing", hasSize(2))
        .body("missing", hasItem(containsString("support plan")))
        .body("missing", hasItem(containsString("focal point")));
    for (String path : List.of("/living-options", "/placement", "/pre-move-discussions")) {
      problem(Api.as("ministry").get(base + path).then(), 403);
      problem(Api.as("focal.north").get(base + path).then(), 403);
    }
  }

  @Test
  void aPersonIsWalkedFromAdmissionToSettledWithEverySafeguardRecorded() {
    Map<String, Object> created = admitted();
    Object id = created.get("id");
    String base = "/api/residents/" + id;
    String today = LocalDate.now().toString();
    int worker = Api.as("admin").queryParams(Map.of("size", 200)).get("/api/users").then().extract()
        .path("items.find { it.username == 'focal.north' }.id");
    Api.as("committee.north").body(Map.of("version", created.get("version"), "workerId", worker, "consent", "AGREED", "fromOn", today))
        .put(base + "/focal-point").then().statusCode(200);
    AssessmentsApi.assess("focal.north", id, today);

    Map<String, Object> draft = Api.as("focal.north").post(base + "/support-plan").then().statusCode(201)
        .body("status", equalTo("DRAFT")).extract().jsonPath().getMap("");
    problem(Api.as("focal.north").body(Map.of("version", draft.get("version"), "agreedOn", today))
        .post(base + "/support-plan/1/agreement").then(), 400)
        .body("errors.field", hasItem("participationHow")).body("errors.field", hasItem("participationSupportedBy"));
    Map<String, Object> words = new HashMap<>(Map.of("version", draft.get("version"), "ownWords", "I want my own key.",
        "hopesAndGoals", "A flat near my sister; a job in a bakery", "participationHow", "Three meetings with Easy Read pictures",
        "participationSupportedBy", "Her sister Maja", "participationOn", today));
    int version = Api.as("focal.north").body(words).put(base + "/support-plan/1").then().statusCode(200).extract().path("version");
    Api.as("focal.north").body(Map.of("goal", "Work in a bakery", "step", "Visit the supported employment service", "who", "Vesna and Fatima"))
        .post(base + "/support-plan/1/steps").then().statusCode(201);
    version = Api.as("focal.north").get(base + "/support-plan").then().extract().path("[0].version");
    Api.as("focal.north").body(Map.of("version", version, "agreedOn", today)).post(base + "/support-plan/1/agreement").then()
        .statusCode(200).body("status", equalTo("AGREED"));
    problem(Api.as("focal.north").body(words).put(base + "/support-plan/1").then(), 409);

    Api.as("focal.north").body(Map.of("arrangement", "INDEPENDENT_LIVING", "address", "7 Riverside Lane", "tenancyHolder", "PERSON",
        "unrelatedResidents", 1, "moveInOn", today)).put(base + "/placement").then().statusCode(200).body("miniInstitutionRisk", equalTo(false));
    Api.as("focal.north").body(Map.of("heldOn", today, "participants", "Vesna, Maja, the assistance service",
        "services", List.of(Map.of("service", "Personal assistance", "provider", "City service", "formal", true, "confirmed", true))))
        .post(base + "/pre-move-discussions").then().statusCode(201);
    Api.as("focal.north").get(base + "/readiness").then().body("ready", equalTo(true)).body("missing", empty());

    int v = Api.as("focal.north").get(base).then().extract().path("version");
    problem(Api.as("focal.north").body(Map.of("heldOn", today, "visitedOn", today, "whereLiving", "7 Riverside Lane", "servicesInPlace", true,
        "outcome", "SETTLED")).post(base + "/follow-ups").then(), 400).body("errors.field", hasItem("visitedOn"));
    for (String next : List.of("PREPARING", "READY_TO_MOVE", "MOVED")) {
      v = Api.as("focal.north").body(Map.of("version", v, "status", next, "effectiveOn", today)).post(base + "/status").then()
          .statusCode(200).body("status", equalTo(next)).extract().path("version");
    }
    Map<String, Object> plan = Api.as("committee.north").get("/api/institutions/{id}/plan", HOSPITAL).then().extract().jsonPath().getMap("");
    Object inForce = plan.get("draft") != null ? plan.get("draft") : plan.get("approved");
    Api.as("committee.north").get("/api/institutions/{id}/plan/revisions/{n}", HOSPITAL, inForce).then()
        .body("milestones.find { it.kind == 'FIRST_RESIDENTS_MOVED' }.achievedOn", org.hamcrest.Matchers.notNullValue());
    problem(Api.as("focal.north").body(Map.of("version", v, "status", "SETTLED", "effectiveOn", today)).post(base + "/status").then(), 409)
        .body("errors.message", hasItem(containsString("follow-up")));
    problem(Api.as("focal.north").body(Map.of("visitedOn", today, "whereLiving", "7 Riverside Lane", "servicesInPlace", false,
        "outcome", "SETTLED")).post(base + "/follow-ups").then(), 400).body("errors.field", hasItem("servicesInPlace"));
    Api.as("focal.north").body(Map.of("visitedOn", today, "whereLiving", "7 Riverside Lane", "servicesInPlace", true, "outcome", "SETTLED",
        "personsWords", "I have my own key.")).post(base + "/follow-ups").then().statusCode(201);
    Api.as("focal.north").body(Map.of("version", v, "status", "SETTLED", "effectiveOn", today)).post(base + "/status").then()
        .statusCode(200).body("status", equalTo("SETTLED"));
    Api.as("focal.north").get(base + "/status").then()
        .body("status", equalTo(List.of("IN_INSTITUTION", "PREPARING", "READY_TO_MOVE", "MOVED", "SETTLED")));
    Api.as("focal.north").get(base + "/support-plan/reviews").then().statusCode(200)
        .body("movedOn", equalTo(today)).body("reviews.monthsAfterMove", equalTo(List.of(1, 3, 6, 12)));
    for (String path : List.of("/support-plan", "/follow-ups")) {
      problem(Api.as("ministry").get(base + path).then(), 403);
    }
  }

  @Test
  void supportersAndInformationGivenAreKeptInThePersonsOwnTerms() {
    Object id = admitted().get("id");
    String base = "/api/residents/" + id;
    String today = LocalDate.now().toString();
    Map<String, Object> sister = Api.as("committee.north").body(Map.of("name", "Maja Maric", "relationship", "Sister", "chosenOn", today))
        .post(base + "/supporters").then().statusCode(201).extract().jsonPath().getMap("");
    problem(Api.as("committee.north").body(Map.of("name", "Ben", "relationship", "Friend", "chosenOn", today,
        "untilOn", LocalDate.now().minusDays(1).toString())).post(base + "/supporters").then(), 400).body("errors.field", hasItem("untilOn"));
    Map<String, Object> ended = new HashMap<>(sister);
    ended.put("untilOn", today);
    Api.as("committee.north").body(ended).put(base + "/supporters/" + sister.get("id")).then().statusCode(200).body("untilOn", equalTo(today));
    problem(Api.as("committee.north").body(ended).put(base + "/supporters/" + sister.get("id")).then(), 409);

    Api.as("committee.north").body(Map.of("givenOn", today, "topic", "Housing options", "format", "EASY_READ")).post(base + "/information")
        .then().statusCode(201);
    problem(Api.as("committee.north").body(Map.of("givenOn", today, "topic", "Visit", "format", "SPOKEN", "visit", true))
        .post(base + "/information").then(), 400).body("errors.field", hasItem("place"));
    problem(Api.as("committee.north").body(Map.of("givenOn", today, "topic", "x", "format", "SMOKE_SIGNALS")).post(base + "/information").then(), 400)
        .body("errors.field", hasItem("format"));
    Api.as("committee.north").get(base + "/information").then().body("topic", equalTo(List.of("Housing options")));
    for (String path : List.of("/supporters", "/information")) {
      problem(Api.as("ministry").get(base + path).then(), 403);
    }
  }
}
