package org.homeward.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Needs assessments through the API of the running application: frameworks, ratings, comparison, safeguards and scope. */
class NeedsAssessmentsApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static Object admitted() {
    Map<String, Object> person = Map.of("identifier", Api.uniqueCode("NR"), "givenName", "Nada", "familyName", "Babic",
        "bornOn", "1968-07-30", "sex", "FEMALE", "admittedOn", "1999-03-01");
    return Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", HOSPITAL).then().statusCode(201)
        .extract().path("id");
  }

  private static Map<String, Object> can(String on, int personNeed) {
    Map<String, Object> body = new HashMap<>(Map.of("framework", "CAN", "assessedOn", on, "assessedBy", "Fatima and Nada"));
    body.put("domains", List.of(Map.of("code", 1, "personNeed", personNeed, "staffNeed", 2), Map.of("code", 22, "personNeed", 1)));
    return body;
  }

  @Test
  void theFrameworksAreReferenceDataWithStableCodes() {
    Api.as("ministry").get("/api/assessment-frameworks").then().statusCode(200)
        .body("code", equalTo(List.of("WHO", "CAN")))
        .body("find { it.code == 'WHO' }.domains", hasSize(9))
        .body("find { it.code == 'CAN' }.domains", hasSize(22))
        .body("find { it.code == 'CAN' }.domains.find { it.code == 22 }.label", equalTo("Benefits"));
  }

  @Test
  void anAssessmentShowsEachPointOfViewSideBySideAndTwoCanBeCompared() {
    Object id = admitted();
    String base = "/api/residents/" + id + "/assessments";
    int first = Api.as("committee.north").body(can("2026-01-15", 2)).post(base).then().statusCode(201)
        .body("totals.person.unmet", equalTo(1)).body("totals.person.met", equalTo(1)).body("totals.staff.unmet", equalTo(1))
        .body("domains[0].label", equalTo("Accommodation")).body("domains[0].viewsDiffer", equalTo(false))
        .extract().path("id");
    Map<String, Object> later = can(LocalDate.now().toString(), 1);
    int second = Api.as("committee.north").body(later).post(base).then().statusCode(201)
        .body("domains[0].viewsDiffer", equalTo(true)).extract().path("id");

    Api.as("committee.north").queryParams(Map.of("from", second, "to", first)).get(base + "/compare").then().statusCode(200)
        .body("earlier.id", equalTo(first)).body("later.totals.person.met", equalTo(2))
        .body("changes", hasSize(1)).body("changes[0].code", equalTo(1)).body("changes[0].improvedForPerson", equalTo(true));
    Api.as("committee.north").get(base).then().statusCode(200).body("id", equalTo(List.of(second, first)));
    Api.as("admin").queryParams(Map.of("recordType", "NeedsAssessment", "action", "SEARCH", "size", 200)).get("/api/audit")
        .then().body("items.details", hasItem(org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.containsString("NeedsAssessments.assessments"),
            org.hamcrest.Matchers.containsString(String.valueOf(second)))));
  }

  @Test
  void badInputNamesTheFieldAndWritesNothing() {
    Object id = admitted();
    String base = "/api/residents/" + id + "/assessments";
    Map<String, Object> unknownDomain = can("2026-01-15", 2);
    unknownDomain.put("domains", List.of(Map.of("code", 23, "personNeed", 1)));
    problem(Api.as("committee.north").body(unknownDomain).post(base).then(), 400).body("errors.field", hasItem("domains[0].code"));
    problem(Api.as("committee.north").body(can("2026-01-15", 3)).post(base).then(), 400)
        .body("errors.field", hasItem("domains[0].personNeed"))
        .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("0 (no need)")));
    Map<String, Object> unknownFramework = can("2026-01-15", 1);
    unknownFramework.put("framework", "ICD");
    problem(Api.as("committee.north").body(unknownFramework).post(base).then(), 400).body("errors.field", hasItem("framework"));
    problem(Api.as("committee.north").body(can(LocalDate.now().plusDays(1).toString(), 1)).post(base).then(), 400)
        .body("errors.field", hasItem("assessedOn"));
    Api.as("committee.north").get(base).then().statusCode(200).body("$", hasSize(0));
  }

  @Test
  void noMoveInDateBeforeTheFirstNeedsAssessment() {
    Object id = admitted();
    Map<String, Object> home = new HashMap<>(Map.of("arrangement", "INDEPENDENT_LIVING", "address", "9 Linden Street",
        "tenancyHolder", "PERSON", "unrelatedResidents", 1, "moveInOn", LocalDate.now().plusMonths(2).toString()));
    problem(Api.as("committee.north").body(home).put("/api/residents/{id}/placement", id).then(), 400)
        .body("errors.field", hasItem("moveInOn"))
        .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("Assess the person's needs")));
    AssessmentsApi.assess("committee.north", id, LocalDate.now().toString());
    home.put("moveInOn", LocalDate.now().minusDays(1).toString());
    problem(Api.as("committee.north").body(home).put("/api/residents/{id}/placement", id).then(), 400)
        .body("errors.field", hasItem("moveInOn"));
    home.put("moveInOn", LocalDate.now().plusMonths(2).toString());
    Api.as("committee.north").body(home).put("/api/residents/{id}/placement", id).then().statusCode(200).body("secured", equalTo(true));
  }

  @Test
  void aStaleEditIsRefusedAndTheAssessmentIsOnlyForThoseWhoMaySeeThePerson() {
    Object id = admitted();
    String base = "/api/residents/" + id + "/assessments";
    Map<String, Object> stored = Api.as("committee.north").body(can("2026-01-15", 2)).post(base).then().statusCode(201)
        .extract().jsonPath().getMap("");
    Map<String, Object> edit = can("2026-01-15", 1);
    edit.put("version", stored.get("version"));
    Api.as("committee.north").body(edit).put(base + "/" + stored.get("id")).then().statusCode(200)
        .body("domains[0].personNeed", equalTo(1));
    problem(Api.as("committee.north").body(edit).put(base + "/" + stored.get("id")).then(), 409);

    problem(Api.as("ministry").get(base).then(), 403);
    problem(Api.as("finance").get(base).then(), 403);
    problem(Api.as("focal.north").get(base).then(), 403);
    problem(Api.as("committee.south").get(base + "/" + stored.get("id")).then(), 403);
  }
}
