package org.homeward.rights;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Coercive practice events, their corrections, rates and legal status through the API of the running application. */
class RightsApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");
  private static final String MONTH = YearMonth.from(RightsApi.TWO_DAYS_AGO_LATE).toString();

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static int unitOf(int institution) {
    return Api.as("committee.north").get("/api/institutions/{id}/units", institution).then().statusCode(200).extract().path("[0].id");
  }

  private static int admitted() {
    Map<String, Object> person = new HashMap<>();
    person.put("identifier", Api.uniqueCode("RT"));
    person.put("givenName", "Zoran");
    person.put("familyName", "Zupan");
    person.put("bornOn", "1968-04-02");
    person.put("sex", "MALE");
    person.put("admittedOn", "1998-09-01");
    return Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", HOSPITAL).then().statusCode(201).extract().path("id");
  }

  private static Map<String, Object> recorded(Map<String, Object> event) {
    return RightsApi.record("committee.north", HOSPITAL, event).statusCode(201).extract().jsonPath().getMap("");
  }

  @Test
  void theCommitteeRecordsARestraintAcrossMidnightInAUnitForAPerson() {
    Map<String, Object> event = RightsApi.restraint();
    int unit = unitOf(HOSPITAL);
    int person = admitted();
    event.put("unitId", unit);
    event.put("residentId", person);

    int id = RightsApi.record("committee.north", HOSPITAL, event).statusCode(201)
        .header("Location", containsString("/api/coercion-events/"))
        .body("facts.durationMinutes", equalTo(45)).body("accountChoice", equalTo("NOT_ASKED"))
        .body("recordedBy", equalTo("committee.north")).extract().path("id");

    Api.as("committee.north").get("/api/coercion-events/{id}", id).then().statusCode(200)
        .body("facts.unitId", equalTo(unit)).body("facts.residentId", equalTo(person)).body("facts.residentName", containsString("Zupan"))
        .body("facts.restraintType", equalTo("MECHANICAL")).body("corrections", hasSize(0));
    Api.as("committee.north").queryParams(Map.of("from", MONTH, "to", MONTH)).get("/api/institutions/{id}/coercion/events", HOSPITAL)
        .then().statusCode(200).body("id", hasItem(id));
    Api.as("committee.north").queryParams(Map.of("from", MONTH, "to", MONTH)).get("/api/institutions/{id}/coercion/figures", HOSPITAL)
        .then().statusCode(200).body("suppressed", equalTo(false))
        .body("months[0].events.MECHANICAL_RESTRAINT", greaterThanOrEqualTo(1)).body("months[0].residentDays", greaterThanOrEqualTo(1))
        .body("months[0].perThousand.MECHANICAL_RESTRAINT", notNullValue());
    Api.as("admin").queryParams(Map.of("recordType", "CoerciveEvent", "recordId", id, "action", "READ")).get("/api/audit")
        .then().body("total", greaterThanOrEqualTo(1));
  }

  @Test
  void badInputNamesEachField() {
    Map<String, Object> endBeforeStart = RightsApi.restraint();
    endBeforeStart.put("endedAt", RightsApi.TWO_DAYS_AGO_LATE.minusMinutes(1).toString());
    problem(RightsApi.record("committee.north", HOSPITAL, endBeforeStart), 400).body("errors.field", equalTo(List.of("endedAt")));

    Map<String, Object> untyped = RightsApi.restraint();
    untyped.remove("restraintType");
    problem(RightsApi.record("committee.north", HOSPITAL, untyped), 400).body("errors.field", equalTo(List.of("restraintType")));

    Map<String, Object> future = RightsApi.restraint();
    future.put("startedAt", LocalDateTime.now().plusDays(2).toString());
    future.put("endedAt", LocalDateTime.now().plusDays(2).plusHours(1).toString());
    problem(RightsApi.record("committee.north", HOSPITAL, future), 400).body("errors.field", hasItems("startedAt", "endedAt"));

    Map<String, Object> unknown = RightsApi.restraint();
    unknown.put("category", "ISOLATION_CELL");
    problem(RightsApi.record("committee.north", HOSPITAL, unknown), 400).body("errors.field", equalTo(List.of("category")))
        .body("errors[0].message", containsString("SECLUSION"));

    Map<String, Object> otherUnit = RightsApi.restraint();
    otherUnit.put("unitId", unitOf(InstitutionsApi.idOf("SC-N02")));
    problem(RightsApi.record("committee.north", HOSPITAL, otherUnit), 400).body("errors.field", equalTo(List.of("unitId")));

    Map<String, Object> untold = RightsApi.restraint();
    untold.remove("deEscalation");
    problem(RightsApi.record("committee.north", HOSPITAL, untold), 400).body("errors.field", equalTo(List.of("deEscalation")));

    problem(RightsApi.record("committee.north", HOSPITAL, Map.of()), 400)
        .body("errors.field", hasItems("category", "startedAt", "authorisedBy", "reason", "deEscalationTried"));
    problem(Api.as("committee.north").queryParam("from", "March").get("/api/institutions/{id}/coercion/figures", HOSPITAL).then(), 400)
        .body("errors.field", hasItem("from"));
  }

  @Test
  void aCorrectionKeepsTheOriginalWithWhoAndWhy() {
    Map<String, Object> event = recorded(RightsApi.restraint());
    Map<String, Object> facts = RightsApi.restraint();
    facts.put("restraintType", "PHYSICAL");
    facts.put("endedAt", RightsApi.TWO_DAYS_AGO_LATE.plusMinutes(20).toString());
    String path = "/api/coercion-events/" + event.get("id");

    problem(Api.as("focal.north").body(Map.of("version", event.get("version"), "facts", facts)).put(path).then(), 400)
        .body("errors.field", equalTo(List.of("why")));
    Api.as("focal.north").body(Map.of("version", event.get("version"), "why", "Ward book: held by two nurses, not belts", "facts", facts))
        .put(path).then().statusCode(200)
        .body("facts.restraintType", equalTo("PHYSICAL")).body("facts.durationMinutes", equalTo(20))
        .body("corrections", hasSize(1)).body("corrections[0].previous.restraintType", equalTo("MECHANICAL"))
        .body("corrections[0].previous.durationMinutes", equalTo(45)).body("corrections[0].correctedBy", equalTo("focal.north"))
        .body("corrections[0].why", equalTo("Ward book: held by two nurses, not belts"));
    problem(Api.as("committee.north").body(Map.of("version", event.get("version"), "why", "again", "facts", facts)).put(path).then(), 409);
  }

  @Test
  void theAccountIsThePersonsToGiveOrDecline() {
    Map<String, Object> event = recorded(RightsApi.restraint());
    String path = "/api/coercion-events/" + event.get("id") + "/account";

    problem(Api.as("committee.north").body(Map.of("version", event.get("version"), "accountChoice", "GIVEN")).put(path).then(), 400)
        .body("errors.field", equalTo(List.of("ownAccount")));
    problem(Api.as("committee.north").body(Map.of("version", event.get("version"), "accountChoice", "MAYBE")).put(path).then(), 400)
        .body("errors.field", equalTo(List.of("accountChoice")));
    Api.as("committee.north").body(Map.of("version", event.get("version"), "accountChoice", "GIVEN",
            "ownAccount", "Nobody asked me why I was upset.")).put(path).then().statusCode(200)
        .body("accountChoice", equalTo("GIVEN")).body("ownAccount", equalTo("Nobody asked me why I was upset."));
  }

  @Test
  void theMinistrySeesRatesWithSmallCountsWithheldAndNoEvent() {
    Map<String, Object> event = recorded(RightsApi.restraint());

    Api.as("ministry").queryParams(Map.of("from", MONTH, "to", MONTH)).get("/api/institutions/{id}/coercion/figures", HOSPITAL).then()
        .statusCode(200).body("suppressed", equalTo(true)).body("threshold", equalTo(4)).body("months", hasSize(1))
        .body("months[0].residentDays", greaterThanOrEqualTo(1));
    problem(Api.as("ministry").get("/api/institutions/{id}/coercion/events", HOSPITAL).then(), 403);
    problem(Api.as("ministry").get("/api/coercion-events/{id}", event.get("id")).then(), 403);
    problem(Api.as("ministry").body(RightsApi.restraint()).post("/api/institutions/{id}/coercion/events", HOSPITAL).then(), 403);
    problem(Api.as("committee.south").get("/api/coercion-events/{id}", event.get("id")).then(), 403);
    problem(Api.as("committee.south").get("/api/institutions/{id}/coercion/events", HOSPITAL).then(), 403);
    RightsApi.record("focal.north", HOSPITAL, RightsApi.restraint()).statusCode(201);
  }

  @Test
  void aResidentsLegalStatusIsKeptAsHistory() {
    int person = admitted();
    String path = "/api/residents/" + person + "/legal-status";

    problem(Api.as("committee.north").body(Map.of("status", "INVOLUNTARY", "since", "2025-02-01")).post(path).then(), 400)
        .body("errors.field", equalTo(List.of("legalBasis")));
    Api.as("committee.north").body(Map.of("status", "INVOLUNTARY", "since", "2025-02-01", "legalBasis", "Mental Health Act s. 12, court order"))
        .post(path).then().statusCode(201);
    Api.as("committee.north").body(Map.of("status", "VOLUNTARY", "since", "2026-01-15")).post(path).then().statusCode(201);

    Api.as("committee.north").get(path).then().statusCode(200).body("status", equalTo(List.of("INVOLUNTARY", "VOLUNTARY")))
        .body("[1].legalBasis", nullValue());
    problem(Api.as("ministry").get(path).then(), 403);
  }

  @Test
  void aWardBookImportRecordsTheGoodRowsAndReportsEveryOther() {
    String day = RightsApi.TWO_DAYS_AGO_LATE.toLocalDate().toString();
    String csv = "started_at,ended_at,category,restraint_type,unit,resident,authorised_by,reason,de_escalation_tried,de_escalation\n"
        + day + " 22:10," + day + " 23:40,SECLUSION,,Ward B (long stay),,\"Dr Petrova, on call\",Shouting at night,yes,Quiet talk\n"
        + day + " 22:10," + day + " 21:00,RESTRAINT,,Ward Z,NOBODY-1,Dr Petrova,Kicked a door,maybe,\n";

    Api.as("committee.north").contentType("text/csv; charset=UTF-8").body(csv)
        .post("/api/institutions/{id}/coercion/events/import", HOSPITAL).then().statusCode(200)
        .body("accepted", equalTo(1)).body("refused", equalTo(1))
        .body("rows[0].line", equalTo(2)).body("rows[0].accepted", equalTo(true)).body("rows[0].eventId", notNullValue())
        .body("rows[1].line", equalTo(3)).body("rows[1].accepted", equalTo(false))
        .body("rows[1].errors.field", hasItems("ended_at", "restraint_type", "unit", "resident", "de_escalation_tried"));
    problem(Api.as("committee.north").contentType("text/csv; charset=UTF-8").body("when,what\n")
        .post("/api/institutions/{id}/coercion/events/import", HOSPITAL).then(), 400).body("errors.field", hasItem("file"));
    problem(Api.as("committee.south").contentType("text/csv; charset=UTF-8").body(csv)
        .post("/api/institutions/{id}/coercion/events/import", HOSPITAL).then(), 403);
  }

  @Test
  void theOpenApiDocumentDescribesTheRightsEndpoints() {
    Api.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
        .body(containsString("/api/institutions/{id}/coercion/events"), containsString("/api/institutions/{id}/coercion/figures"),
            containsString("/api/coercion-events/{eventId}/account"), containsString("/api/residents/{residentId}/legal-status"));
  }
}
