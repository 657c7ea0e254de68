package org.homeward.qol;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Quality-of-life checks through the API: recorded at their time, compared side by side, the next one due, and no one else's business. */
class QualityOfLifeApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");
  private static final String TODAY = LocalDate.now().toString();

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static Map<String, Object> admitted() {
    Map<String, Object> person = Map.of("identifier", Api.uniqueCode("NR"), "givenName", "Tomislav", "familyName", "Vukovic",
        "bornOn", "1966-09-02", "sex", "MALE", "admittedOn", "1995-01-10");
    return Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", HOSPITAL).then().statusCode(201)
        .extract().jsonPath().getMap("");
  }

  private static Map<String, Object> check(String timepoint, int livingSituation) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("livingSituation", Map.of("rating", livingSituation, "ownWords", "Too many people in my room."));
    answers.put("choiceAndControl", Map.of("rating", 2));
    answers.put("health", new HashMap<>());
    return new HashMap<>(Map.of("askedOn", TODAY, "timepoint", timepoint, "askedBy", "Fatima, his focal point",
        "howAnswered", "With Easy Read cards; his brother beside him", "answers", answers));
  }

  @Test
  void aCheckBeforeTheMoveIsRecordedAndComparedDomainByDomain() {
    Object id = admitted().get("id");
    String base = "/api/residents/" + id + "/quality-of-life";

    Api.as("committee.north").body(check("BEFORE_MOVE", 1)).post(base).then().statusCode(201)
        .body("timepoint", equalTo("BEFORE_MOVE"))
        .body("answers.livingSituation.rating", equalTo(1))
        .body("answers.livingSituation.ownWords", equalTo("Too many people in my room."))
        .body("answers.health.rating", nullValue());

    Api.as("committee.north").get(base).then().statusCode(200)
        .body("checks", hasSize(1))
        .body("nextCheckDue", nullValue())
        .body("comparison.columns[0].timepoint", equalTo("BEFORE_MOVE"))
        .body("comparison.rows.domain", equalTo(List.of("livingSituation", "choiceAndControl", "personalSupport", "respectAndDignity",
            "communityInclusion", "satisfaction", "health")))
        .body("comparison.rows[0].ratings", equalTo(List.of(1)))
        .body("comparison.rows[1].ratings", equalTo(List.of(2)));
    Api.as("admin").queryParams(Map.of("recordType", "QualityOfLifeCheck", "action", "SEARCH")).get("/api/audit")
        .then().body("total", greaterThanOrEqualTo(1));
  }

  @Test
  void whileThePersonPreparesToMoveTheCheckBeforeTheMoveIsDue() {
    Map<String, Object> created = admitted();
    String base = "/api/residents/" + created.get("id");
    Api.as("committee.north").body(Map.of("version", created.get("version"), "status", "PREPARING", "effectiveOn", TODAY))
        .post(base + "/status").then().statusCode(200);

    Api.as("committee.north").get(base + "/quality-of-life").then().statusCode(200)
        .body("nextCheckDue", equalTo(TODAY)).body("nextTimepoint", equalTo("BEFORE_MOVE"));
    Api.as("committee.north").body(check("BEFORE_MOVE", 3)).post(base + "/quality-of-life").then().statusCode(201);
    Api.as("committee.north").get(base + "/quality-of-life").then().body("nextCheckDue", nullValue());
  }

  @Test
  void aRatingOutsideOneToFiveOrACheckAfterAMoveThatHasNotHappenedIsRefusedNamingTheField() {
    String base = "/api/residents/" + admitted().get("id") + "/quality-of-life";

    problem(Api.as("committee.north").body(check("BEFORE_MOVE", 6)).post(base).then(), 400)
        .body("errors.field", hasItem("livingSituation"));
    problem(Api.as("committee.north").body(check("ABOUT_ONE_YEAR", 4)).post(base).then(), 400)
        .body("errors.field", hasItem("timepoint"));
    problem(Api.as("committee.north").body(check("NEXT_WEEK", 4)).post(base).then(), 400)
        .body("errors.field", hasItem("timepoint"));
    Map<String, Object> unknownDomain = check("BEFORE_MOVE", 4);
    unknownDomain.put("answers", Map.of("weather", Map.of("rating", 5)));
    problem(Api.as("committee.north").body(unknownDomain).post(base).then(), 400).body("errors.field", hasItem("answers"));
    Map<String, Object> missing = check("BEFORE_MOVE", 4);
    missing.remove("askedBy");
    problem(Api.as("committee.north").body(missing).post(base).then(), 400).body("errors.field", hasItem("askedBy"));
    Api.as("committee.north").get(base).then().body("checks", hasSize(0));
  }

  @Test
  void theMinistryAndFinanceReadAndRecordNoChecks() {
    String base = "/api/residents/" + admitted().get("id") + "/quality-of-life";
    for (String user : List.of("ministry", "finance")) {
      problem(Api.as(user).get(base).then(), 403);
      problem(Api.as(user).body(check("BEFORE_MOVE", 4)).post(base).then(), 403);
    }
    problem(Api.as("focal.north").get(base).then(), 403);
  }
}
