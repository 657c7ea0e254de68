package org.homeward.rights;

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

/** Complaints, their handling and figures through the API of the running application. */
class ComplaintsApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static Map<String, Object> complaint(String summary, LocalDate receivedOn) {
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("madeBy", "FAMILY");
    complaint.put("complainantName", "Marta Horvat");
    complaint.put("channel", "WRITTEN");
    complaint.put("categories", List.of("LIVING_CONDITIONS", "COERCION"));
    complaint.put("receivedOn", receivedOn.toString());
    complaint.put("summary", summary);
    return complaint;
  }

  private static ValidatableResponse receive(String user, Map<String, Object> complaint) {
    return Api.as(user).body(complaint).post("/api/institutions/{id}/complaints", HOSPITAL).then();
  }

  @Test
  void aComplaintIsReceivedReviewedAnsweredAndClosed() {
    String summary = Api.uniqueCode("Cold rooms");
    Map<String, Object> created = receive("committee.north", complaint(summary, LocalDate.now().minusDays(3))).statusCode(201)
        .header("Location", containsString("/api/complaints/"))
        .body("status", equalTo("RECEIVED")).body("dueOn", equalTo(LocalDate.now().plusDays(27).toString()))
        .body("ageInDays", equalTo(3)).body("overdue", equalTo(false))
        .body("categories", equalTo(List.of("COERCION", "LIVING_CONDITIONS"))).extract().jsonPath().getMap("");
    String status = "/api/complaints/" + created.get("id") + "/status";

    int version = Api.as("focal.north").body(Map.of("version", created.get("version"), "status", "UNDER_REVIEW", "on", LocalDate.now().toString()))
        .put(status).then().statusCode(200).body("status", equalTo("UNDER_REVIEW")).extract().path("version");
    problem(Api.as("focal.north").body(Map.of("version", version, "status", "ANSWERED", "on", LocalDate.now().toString())).put(status).then(), 400)
        .body("errors.field", equalTo(List.of("text")));
    problem(Api.as("focal.north").body(Map.of("version", version, "status", "CLOSED", "on", LocalDate.now().toString())).put(status).then(), 400)
        .body("errors.field", equalTo(List.of("status")));
    version = Api.as("committee.north").body(Map.of("version", version, "status", "ANSWERED", "on", LocalDate.now().toString(),
            "text", "Heating repaired on all wards.")).put(status).then().statusCode(200)
        .body("answer", equalTo("Heating repaired on all wards.")).body("ageInDays", equalTo(3)).extract().path("version");
    problem(Api.as("committee.north").body(Map.of("version", version - 1, "status", "CLOSED", "on", LocalDate.now().toString())).put(status).then(), 409);
    Api.as("committee.north").body(Map.of("version", version, "status", "CLOSED", "on", LocalDate.now().toString())).put(status).then()
        .statusCode(200).body("status", equalTo("CLOSED"));
    Api.as("admin").queryParams(Map.of("recordType", "Complaint", "recordId", created.get("id"), "action", "UPDATE")).get("/api/audit")
        .then().body("total", greaterThanOrEqualTo(3));
  }

  @Test
  void anAnswerNotGivenByItsDueDateIsOnTheOverdueList() {
    String late = Api.uniqueCode("Late");
    String fresh = Api.uniqueCode("Fresh");
    receive("committee.north", complaint(late, LocalDate.now().minusDays(40))).statusCode(201).body("overdue", equalTo(true));
    Map<String, Object> soon = complaint(fresh, LocalDate.now().minusDays(40));
    soon.put("dueOn", LocalDate.now().plusDays(5).toString());
    receive("committee.north", soon).statusCode(201).body("overdue", equalTo(false));

    Api.as("committee.north").queryParam("overdue", true).get("/api/institutions/{id}/complaints", HOSPITAL).then().statusCode(200)
        .body("summary", hasItem(late)).body("summary", not(hasItem(fresh))).body("overdue", everyItem(equalTo(true)));
  }

  @Test
  void badInputNamesEachField() {
    Map<String, Object> unknown = complaint("Unknown category", LocalDate.now());
    unknown.put("categories", List.of("WEATHER"));
    problem(receive("committee.north", unknown), 400).body("errors.field", equalTo(List.of("categories")))
        .body("errors[0].message", containsString("DISCRIMINATION"));
    Map<String, Object> future = complaint("Future", LocalDate.now().plusDays(1));
    problem(receive("committee.north", future), 400).body("errors.field", equalTo(List.of("receivedOn")));
    Map<String, Object> named = complaint("Anonymous but named", LocalDate.now());
    named.put("anonymous", true);
    named.put("dueOn", LocalDate.now().minusDays(1).toString());
    problem(receive("committee.north", named), 400).body("errors.field", hasItems("complainantName", "dueOn"));
    problem(receive("committee.north", Map.of()), 400).body("errors.field", hasItems("madeBy", "channel", "categories", "receivedOn", "summary"));
  }

  @Test
  void theMinistrySeesFiguresWithSmallCountsWithheldAndNoComplaint() {
    Map<String, Object> created = receive("committee.north", complaint(Api.uniqueCode("Counted"), LocalDate.now())).statusCode(201)
        .extract().jsonPath().getMap("");

    Api.as("committee.north").get("/api/institutions/{id}/complaints/figures", HOSPITAL).then().statusCode(200)
        .body("suppressed", equalTo(false)).body("byStatus.RECEIVED", greaterThanOrEqualTo(1));
    Api.as("ministry").get("/api/institutions/{id}/complaints/figures", HOSPITAL).then().statusCode(200)
        .body("suppressed", equalTo(true)).body("byStatus", hasKey("ESCALATED")).body("awaitingByAge", hasKey("OVER_90_DAYS"));
    problem(Api.as("ministry").get("/api/institutions/{id}/complaints", HOSPITAL).then(), 403);
    problem(Api.as("ministry").get("/api/complaints/{id}", created.get("id")).then(), 403);
    problem(Api.as("committee.south").get("/api/complaints/{id}", created.get("id")).then(), 403);
    Api.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
        .body(containsString("/api/institutions/{id}/complaints/figures"), containsString("/api/complaints/{complaintId}/status"));
  }
}
