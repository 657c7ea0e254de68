package org.homeward.rights;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** WHO QualityRights assessments through the API of the running application. */
class QualityRightsApiIT {

  private static final int HOME = InstitutionsApi.idOf("SC-N02");

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static ValidatableResponse record(String user, Map<String, Object> body) {
    return Api.as(user).body(body).post("/api/institutions/{id}/quality-rights", HOME).then();
  }

  @Test
  void anAssessmentIsScoredByStandardAndComparedByTheme() {
    String assessors = Api.uniqueCode("Assessors");
    record("committee.north", Map.of("assessedOn", LocalDate.now().minusDays(2).toString(), "assessors", assessors,
        "scores", Map.of("4.2", "ACHIEVED_PARTIALLY", "4.1", "INITIATED", "4.4", "NOT_APPLICABLE", "5.2", "NOT_INITIATED")))
        .statusCode(201).body("themeShares.FREEDOM_FROM_ILL_TREATMENT", equalTo(50)).body("themeShares.LIVING_IN_THE_COMMUNITY", equalTo(0))
        .body("scores.'4.2'", equalTo("ACHIEVED_PARTIALLY"));

    Api.as("ministry").get("/api/institutions/{id}/quality-rights", HOME).then().statusCode(200)
        .body("assessors", hasItem(assessors)).body("size()", greaterThanOrEqualTo(1));
    Api.as("finance").get("/api/quality-rights/standards").then().statusCode(200).body("$", hasSize(25))
        .body("find { it.code == '4.2' }.theme", equalTo("FREEDOM_FROM_ILL_TREATMENT"));
  }

  @Test
  void badInputNamesEachField() {
    problem(record("committee.north", Map.of("assessedOn", LocalDate.now().toString(), "assessors", "x", "scores", Map.of("9.9", "INITIATED"))), 400)
        .body("errors.field", equalTo(List.of("scores"))).body("errors[0].message", containsString("9.9"));
    problem(record("committee.north", Map.of("assessedOn", LocalDate.now().toString(), "assessors", "x", "scores", Map.of("1.1", "GREAT"))), 400)
        .body("errors.field", equalTo(List.of("scores")));
    problem(record("committee.north", Map.of("assessedOn", LocalDate.now().plusDays(3).toString(), "scores", Map.of())), 400)
        .body("errors.field", equalTo(List.of("assessedOn", "assessors", "scores")));
    problem(record("committee.south", Map.of("assessedOn", LocalDate.now().toString(), "assessors", "x", "scores", Map.of("1.1", "INITIATED"))), 403);
    problem(record("ministry", Map.of("assessedOn", LocalDate.now().toString(), "assessors", "x", "scores", Map.of("1.1", "INITIATED"))), 403);
  }
}
