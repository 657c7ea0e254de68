package org.homeward.rights;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Reports of abuse, neglect and violence, and deaths, through the API of the running application. */
class IncidentsApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");
  private static final String TODAY = LocalDate.now().toString();
  private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static ValidatableResponse post(String user, String path, Map<String, Object> body) {
    return Api.as(user).body(body).post("/api/institutions/{id}/" + path, HOSPITAL).then();
  }

  @Test
  void aReportAndADeathAreRecordedAndCounted() {
    String description = Api.uniqueCode("Left without food");
    post("focal.north", "incidents", Map.of("kind", "NEGLECT", "occurredOn", YESTERDAY, "reportedOn", TODAY, "description", description))
        .statusCode(201).body("kind", equalTo("NEGLECT")).body("recordedBy", equalTo("focal.north"));
    post("committee.north", "incidents/deaths", Map.of("diedOn", YESTERDAY, "causeAsRecorded", "Heart failure",
        "independentlyReviewed", true, "reviewedBy", "Regional coroner")).statusCode(201).body("reviewedBy", equalTo("Regional coroner"));

    Api.as("committee.north").get("/api/institutions/{id}/incidents", HOSPITAL).then().statusCode(200).body("description", hasItem(description));
    Api.as("committee.north").get("/api/institutions/{id}/incidents/figures", HOSPITAL).then().statusCode(200)
        .body("suppressed", equalTo(false)).body("reportsByKind.NEGLECT", greaterThanOrEqualTo(1)).body("deaths", greaterThanOrEqualTo(1));
  }

  @Test
  void badInputNamesEachField() {
    problem(post("committee.north", "incidents", Map.of("kind", "THEFT", "occurredOn", YESTERDAY, "reportedOn", TODAY, "description", "x")), 400)
        .body("errors.field", equalTo(List.of("kind")));
    problem(post("committee.north", "incidents", Map.of("kind", "ABUSE", "occurredOn", TODAY, "reportedOn", YESTERDAY, "description", "x")), 400)
        .body("errors.field", equalTo(List.of("reportedOn")));
    problem(post("committee.north", "incidents", Map.of()), 400).body("errors.field", hasItems("kind", "occurredOn", "reportedOn", "description"));
    problem(post("committee.north", "incidents/deaths", Map.of("diedOn", LocalDate.now().plusDays(1).toString(), "causeAsRecorded", "x",
        "independentlyReviewed", true)), 400).body("errors.field", hasItems("diedOn", "reviewedBy"));
    problem(post("committee.north", "incidents/deaths", Map.of("diedOn", YESTERDAY, "causeAsRecorded", "x", "residentId", 999999)), 400)
        .body("errors.field", equalTo(List.of("residentId")));
  }

  @Test
  void theMinistryGetsCountsWithSmallOnesWithheldAndNoRecord() {
    Api.as("ministry").get("/api/institutions/{id}/incidents/figures", HOSPITAL).then().statusCode(200).body("suppressed", equalTo(true));
    problem(Api.as("ministry").get("/api/institutions/{id}/incidents", HOSPITAL).then(), 403);
    problem(Api.as("ministry").get("/api/institutions/{id}/incidents/deaths", HOSPITAL).then(), 403);
    problem(Api.as("committee.south").get("/api/institutions/{id}/incidents/deaths", HOSPITAL).then(), 403);
    problem(post("committee.south", "incidents", Map.of("kind", "ABUSE", "occurredOn", YESTERDAY, "reportedOn", TODAY, "description", "x")), 403);
    Api.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
        .body(containsString("/api/institutions/{id}/incidents/deaths"), containsString("/api/institutions/{id}/incidents/figures"));
  }
}
