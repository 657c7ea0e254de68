package org.homeward.resident;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.homeward.system.RunningHomeward;

/** Case transfers and reassignments through the API: the people, workers and requests the tests need. */
final class CaseTransfersApi {

  static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");

  private CaseTransfersApi() {}

  static int userId(String username) {
    return Api.as("admin").queryParams(Map.of("size", 200)).get("/api/users").then().statusCode(200).extract()
        .path("items.find { it.username == '" + username + "' }.id");
  }

  /** A new focal point worker whose scope is {@code institutionIds}; returns their id. */
  static int newWorker(List<Integer> institutionIds) {
    String username = Api.uniqueCode("fp").toLowerCase(java.util.Locale.ROOT);
    return Api.as("admin").body(Map.of("username", username, "displayName", "Worker " + username, "password", RunningHomeward.DEMO_PASSWORD,
        "roles", List.of("FOCAL_POINT"), "institutionIds", institutionIds)).post("/api/users").then().statusCode(201).extract().path("id");
  }

  /** A person admitted to North's hospital by its committee, who chose worker {@code workerId}; returns their id. */
  static int admittedWith(int workerId) {
    return admittedWith(workerId, "Goran", "Babic");
  }

  static int admittedWith(int workerId, String givenName, String familyName) {
    Map<String, Object> person = new HashMap<>(Map.of("identifier", Api.uniqueCode("NR"), "givenName", givenName, "familyName", familyName,
        "bornOn", "1966-09-09", "sex", "MALE", "admittedOn", "2002-03-04"));
    Map<String, Object> created = Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", HOSPITAL).then()
        .statusCode(201).extract().jsonPath().getMap("");
    Api.as("committee.north").body(Map.of("version", created.get("version"), "workerId", workerId, "consent", "CHOSE",
        "fromOn", LocalDate.now().toString())).put("/api/residents/{id}/focal-point", created.get("id")).then().statusCode(200);
    return (Integer) created.get("id");
  }

  static ValidatableResponse offer(String as, Object residentId, Map<String, ?> body) {
    return Api.as(as).body(body).post("/api/residents/{id}/transfers", residentId).then();
  }

  static ValidatableResponse accept(String as, Object transferId, Map<String, ?> body) {
    return Api.as(as).body(body).post("/api/transfers/{id}/accept", transferId).then();
  }

  static ValidatableResponse decline(String as, Object transferId, Map<String, ?> body) {
    return Api.as(as).body(body).post("/api/transfers/{id}/decline", transferId).then();
  }

  static ValidatableResponse reassign(String as, Map<String, ?> body) {
    return Api.as(as).body(body).post("/api/institutions/{id}/focal-points/reassignments", HOSPITAL).then();
  }

  static ValidatableResponse resident(String as, Object residentId) {
    return Api.as(as).get("/api/residents/{id}", residentId).then();
  }
}
