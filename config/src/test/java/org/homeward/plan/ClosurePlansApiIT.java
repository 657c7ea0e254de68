package org.homeward.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Closure plans, committees, consultation and sites through the API of the running application. */
class ClosurePlansApiIT {

  private static final String TODAY = LocalDate.now().toString();

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  private static ValidatableResponse fieldError(ValidatableResponse response, String field) {
    return problem(response, 400).body("errors.field", hasItem(field));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCommitteeStartsAPlanWhoseFirstDraftOffersTheStandardMilestones() {
    PlanFixture f = new PlanFixture();
    Map<String, Object> first = f.createPlan();

    assertThat(first.get("status")).isEqualTo("DRAFT");
    assertThat(((List<Map<String, Object>>) first.get("milestones"))).extracting(m -> m.get("kind")).containsExactly(
        "ADMISSIONS_STOPPED", "FIRST_RESIDENTS_MOVED", "RESIDENTS_MOVED_25", "RESIDENTS_MOVED_50", "RESIDENTS_MOVED_75",
        "UNIT_CLOSED", "INSTITUTION_CLOSED", "BUILDING_REPURPOSED");
    f.asCommittee().get(f.path("/plan")).then().statusCode(200).body("draft", equalTo(1)).body("approved", nullValue());
    problem(f.asCommittee().body(Map.of("targetClosureOn", LocalDate.now().plusYears(4).toString())).post(f.path("/plan")).then(), 409);

    PlanFixture g = new PlanFixture();
    fieldError(g.asCommittee().body(Map.of("targetClosureOn", TODAY)).post(g.path("/plan")).then(), "targetClosureOn");
    fieldError(g.asCommittee().body("{}").post(g.path("/plan")).then(), "targetClosureOn");
    problem(g.asCommittee().get(g.path("/plan")).then(), 404);
  }

  @Test
  void approvalNeedsASummaryAndTheVersionReadAndFixesTheBaselines() {
    PlanFixture f = new PlanFixture();
    f.createPlan();
    int version = f.version("/plan/revisions/1");

    fieldError(f.asCommittee().body(Map.of("version", version)).post(f.path("/plan/revisions/1/approval")).then(), "changeSummary");
    problem(f.asCommittee().body(Map.of("version", version + 7, "changeSummary", "First plan"))
        .post(f.path("/plan/revisions/1/approval")).then(), 409);
    fieldError(f.asCommittee().body(Map.of("changeSummary", "First plan")).post(f.path("/plan/revisions/1/approval")).then(), "version");

    f.asCommittee().body(Map.of("version", version, "changeSummary", "First plan")).post(f.path("/plan/revisions/1/approval")).then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("approvedBy", equalTo(f.committee))
        .body("approvedAt", notNullValue())
        .body("milestones.findAll { it.baselineOn != it.plannedOn }", org.hamcrest.Matchers.empty());
    Api.as("admin").queryParams(Map.of("recordType", "PlanRevision", "action", "UPDATE", "actor", f.committee)).get("/api/audit").then()
        .statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anApprovedRevisionKeepsWhatItSaysRecordsProgressAndAReviewCopiesIt() {
    PlanFixture f = new PlanFixture();
    Map<String, Object> first = f.createPlan();
    int closedId = ((List<Map<String, Object>>) first.get("milestones")).stream()
        .filter(m -> "INSTITUTION_CLOSED".equals(m.get("kind"))).map(m -> (Integer) m.get("id")).findFirst().orElseThrow();
    Map<String, Object> body = PlanFixture.action("Secure tenancies", "HOUSING");
    body.put("milestoneId", closedId);
    Map<String, Object> action = f.asCommittee().body(body).post(f.path("/plan/revisions/1/actions")).then().statusCode(201)
        .body("milestoneId", equalTo(closedId)).extract().jsonPath().getMap("");
    f.approve(1, "First plan");

    problem(f.asCommittee().body(PlanFixture.action("Late addition", "OTHER")).post(f.path("/plan/revisions/1/actions")).then(), 409);
    Map<String, Object> retitled = new HashMap<>(action);
    retitled.put("title", "Secure some tenancies");
    problem(f.asCommittee().body(retitled).put(f.path("/plan/revisions/1/actions/" + action.get("id"))).then(), 409)
        .body("detail", containsString("review"));
    Map<String, Object> done = new HashMap<>(action);
    done.put("status", "DONE");
    done.put("doneOn", TODAY);
    f.asCommittee().body(done).put(f.path("/plan/revisions/1/actions/" + action.get("id"))).then().statusCode(200)
        .body("status", equalTo("DONE"));

    ValidatableResponse review = f.asCommittee().post(f.path("/plan/review")).then().statusCode(201)
        .body("number", equalTo(2)).body("status", equalTo("DRAFT"))
        .body("actions.title", equalTo(List.of("Secure tenancies")))
        .body("actions[0].status", equalTo("DONE"));
    int copiedAction = review.extract().path("actions[0].id");
    int copiedMilestone = review.extract().path("actions[0].milestoneId");
    assertThat(copiedAction).isNotEqualTo(action.get("id"));
    assertThat(copiedMilestone).isNotEqualTo(closedId);
    review.body("milestones.find { it.id == " + copiedMilestone + " }.kind", equalTo("INSTITUTION_CLOSED"));
    problem(f.asCommittee().post(f.path("/plan/review")).then(), 409);
    problem(f.asCommittee().body(done).put(f.path("/plan/revisions/1/actions/" + action.get("id"))).then(), 409);

    f.approve(2, "Moves delayed: tenancies came late");
    f.asCommittee().get(f.path("/plan/revisions/1")).then().statusCode(200)
        .body("status", equalTo("SUPERSEDED")).body("changeSummary", equalTo("First plan"));
    f.asCommittee().get(f.path("/plan")).then().body("approved", equalTo(2)).body("draft", nullValue());
  }

  @Test
  void actionsImproveRightsThroughPracticeAndBadInputNamesTheField() {
    PlanFixture f = new PlanFixture();
    f.createPlan();
    String actions = f.path("/plan/revisions/1/actions");

    fieldError(f.asCommittee().body(PlanFixture.action("Refurbish ward B", "INSTITUTIONAL_FACILITIES")).post(actions).then(), "category")
        .body("errors.message", hasItem(containsString("practice")));
    fieldError(f.asCommittee().body(PlanFixture.action("Rights", "RIGHTS_IN_PRACTICE")).post(actions).then(), "rightsPractice");
    fieldError(f.asCommittee().body(PlanFixture.action("Unknown", "GARDENING")).post(actions).then(), "category");
    Map<String, Object> done = PlanFixture.action("Done without date", "OTHER");
    done.put("status", "DONE");
    fieldError(f.asCommittee().body(done).post(actions).then(), "doneOn");
    Map<String, Object> backwards = PlanFixture.action("Backwards", "OTHER");
    backwards.put("dueOn", LocalDate.now().minusDays(1).toString());
    fieldError(f.asCommittee().body(backwards).post(actions).then(), "dueOn");
    fieldError(f.asCommittee().body(Map.of()).post(actions).then(), "title").body("errors.field", hasItems("owner", "dueOn", "category"));
    problem(f.asCommittee().body("{\"title\": ").post(actions).then(), 400);
    problem(f.asCommittee().post(actions).then(), 400);

    Map<String, Object> rights = PlanFixture.action("End mechanical restraint", "RIGHTS_IN_PRACTICE");
    rights.put("rightsPractice", "ENDING_RESTRAINT_AND_SECLUSION");
    Map<String, Object> stored = f.asCommittee().body(rights).post(actions).then().statusCode(201)
        .body("rightsPractice", equalTo("ENDING_RESTRAINT_AND_SECLUSION")).extract().jsonPath().getMap("");
    Map<String, Object> withoutVersion = new HashMap<>(stored);
    withoutVersion.remove("version");
    fieldError(f.asCommittee().body(withoutVersion).put(actions + "/" + stored.get("id")).then(), "version");
  }

  @Test
  void aMilestonesStatusIsComputedFromItsDates() {
    PlanFixture f = new PlanFixture();
    f.createPlan();
    String milestones = f.path("/plan/revisions/1/milestones");
    Map<String, Object> late = Map.of("kind", "CUSTOM", "title", "Peer support open", "plannedOn", LocalDate.now().minusDays(2).toString());
    f.asCommittee().body(late).post(milestones).then().statusCode(201).body("status", equalTo("OVERDUE"));
    Map<String, Object> slipping = new HashMap<>(Map.of("kind", "CUSTOM", "title", "Crisis service open",
        "plannedOn", LocalDate.now().plusMonths(6).toString(), "forecastOn", LocalDate.now().plusMonths(8).toString()));
    f.asCommittee().body(slipping).post(milestones).then().statusCode(201).body("status", equalTo("AT_RISK")).body("slipDays", notNullValue());
    Map<String, Object> achieved = new HashMap<>(slipping);
    achieved.put("title", "Day centre open");
    achieved.put("achievedOn", TODAY);
    f.asCommittee().body(achieved).post(milestones).then().statusCode(201).body("status", equalTo("ACHIEVED"));
    achieved.put("achievedOn", LocalDate.now().plusDays(3).toString());
    fieldError(f.asCommittee().body(achieved).post(milestones).then(), "achievedOn");
    fieldError(f.asCommittee().body(Map.of("kind", "UNIT_CLOSED", "title", "A unit", "plannedOn", TODAY)).post(milestones).then(), "unitId");
  }

  @Test
  void scopeAndRolesDecideWhoReadsAndWhoChanges() {
    PlanFixture mine = new PlanFixture();
    PlanFixture other = new PlanFixture();
    other.createPlan();
    Api.as("admin").body(Map.of("name", "Resident member", "constituency", "RESIDENT", "memberFrom", TODAY))
        .post(other.path("/committee/members")).then().statusCode(201);
    Api.as("admin").body(Map.of("name", "Dr Staff", "constituency", "STAFF_REPRESENTATIVE", "memberFrom", TODAY))
        .post(other.path("/committee/members")).then().statusCode(201);

    for (String rest : List.of("/plan", "/plan/revisions/1", "/committee/members", "/committee/composition", "/consultations", "/sites")) {
      problem(mine.asCommittee().get(other.path(rest)).then(), 403);
    }
    problem(mine.asCommittee().body(PlanFixture.action("Intrusion", "OTHER")).post(other.path("/plan/revisions/1/actions")).then(), 403);
    problem(mine.asCommittee().post(other.path("/plan/review")).then(), 403);

    Api.as("ministry").get(other.path("/plan/revisions/1")).then().statusCode(200);
    problem(Api.as("ministry").body(PlanFixture.action("Ministry edit", "OTHER")).post(other.path("/plan/revisions/1/actions")).then(), 403);
    problem(Api.as("ministry").body(Map.of("targetClosureOn", LocalDate.now().plusYears(2).toString())).post(mine.path("/plan")).then(), 403);
    Api.as("ministry").get(other.path("/committee/members")).then().statusCode(200)
        .body("size()", equalTo(2))
        .body("find { it.constituency == 'RESIDENT' }.name", nullValue())
        .body("find { it.constituency == 'STAFF_REPRESENTATIVE' }.name", equalTo("Dr Staff"));
    Api.as("admin").get(other.path("/committee/members")).then().body("find { it.constituency == 'RESIDENT' }.name", equalTo("Resident member"));

    int hospital = InstitutionsApi.idOf("PH-N01");
    Api.as("focal.north").get("/api/institutions/" + hospital + "/plan").then().statusCode(200);
    Api.as("finance").get("/api/institutions/" + hospital + "/plan/revisions/1").then().statusCode(200);
    problem(Api.as("focal.north").get("/api/institutions/" + hospital + "/committee/members").then(), 403);
    problem(Api.anonymous().get(other.path("/plan")).then(), 401);

    Api.as("ministry").get("/api/plans").then().statusCode(200)
        .body("find { it.institutionId == " + mine.institutionId + " }.name", containsString("Plan test home"))
        .body("find { it.institutionId == " + mine.institutionId + " }.revision", nullValue())
        .body("find { it.code == 'PH-N01' }.overdue", org.hamcrest.Matchers.greaterThan(0));
    Api.as("committee.south").get("/api/plans").then().statusCode(200).body("code", everyItem(equalTo("CI-S01")));
  }

  @Test
  void theCommitteeWarnsAboutMissingConstituenciesAndRefusesBackwardDates() {
    PlanFixture f = new PlanFixture();
    f.asCommittee().get(f.path("/committee/composition")).then().statusCode(200)
        .body("serving", equalTo(0)).body("missing.size()", equalTo(7)).body("withoutResident", equalTo(true));
    f.asCommittee().body(Map.of("name", "Ana", "constituency", "RESIDENT", "memberFrom", TODAY)).post(f.path("/committee/members"))
        .then().statusCode(201);
    f.asCommittee().get(f.path("/committee/composition")).then().body("withoutResident", equalTo(false)).body("missing.size()", equalTo(6));
    fieldError(f.asCommittee().body(Map.of("name", "Ben", "constituency", "SUPPORTER", "memberFrom", TODAY,
        "memberTo", LocalDate.now().minusDays(1).toString())).post(f.path("/committee/members")).then(), "memberTo");
    f.asCommittee().body(Map.of("heldOn", TODAY, "attendees", "Ana, Ben", "decisions", "Start the plan")).post(f.path("/committee/meetings"))
        .then().statusCode(201);
    f.asCommittee().get(f.path("/committee/meetings")).then().body("decisions", equalTo(List.of("Start the plan")));
  }

  @Test
  void consultationEventsAndSitesAreKeptWithStaleEditsRefusedAndProceedsRingFenced() {
    PlanFixture f = new PlanFixture();
    Map<String, Object> event = f.asCommittee().body(Map.of("heldOn", TODAY, "kind", "COMMUNITY_DISCUSSION", "audience", "Neighbours",
        "concerns", "Safety")).post(f.path("/consultations")).then().statusCode(201).extract().jsonPath().getMap("");
    Map<String, Object> answered = new HashMap<>(event);
    answered.put("response", "Open days with peer supporters");
    f.asCommittee().body(answered).put(f.path("/consultations/" + event.get("id"))).then().statusCode(200);
    problem(f.asCommittee().body(answered).put(f.path("/consultations/" + event.get("id"))).then(), 409);

    fieldError(f.asCommittee().body(Map.of("name", "East grounds", "kind", "LAND", "plannedUse", "SALE", "proceeds", 1000))
        .post(f.path("/sites")).then(), "currency");
    f.asCommittee().body(Map.of("name", "East grounds", "kind", "LAND", "plannedUse", "SALE", "proceeds", 1000, "currency", "eur"))
        .post(f.path("/sites")).then().statusCode(201).body("ringFenced", equalTo(true)).body("currency", equalTo("EUR"));
    f.asCommittee().get(f.path("/sites")).then().body("ringFenced", everyItem(equalTo(true)));
  }

  @Test
  void theRevisionPrintsAsAPdf() {
    PlanFixture f = new PlanFixture();
    f.createPlan();
    byte[] pdf = f.asCommittee().accept("application/pdf").get(f.path("/plan/revisions/1/print")).then().statusCode(200)
        .contentType("application/pdf").extract().asByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Api.as("admin").queryParams(Map.of("recordType", "PlanRevision", "action", "PRINT", "actor", f.committee)).get("/api/audit").then()
        .body("total", equalTo(1));
  }

  @Test
  void theOpenApiDocumentDescribesThePlanEndpoints() {
    String document = Api.anonymous().accept("application/json").get("/openapi").then().statusCode(200).extract().asString();
    assertThat(document).contains("/api/plans", "/api/institutions/{id}/plan/revisions/{number}/approval",
        "/api/institutions/{id}/plan/revisions/{number}/print", "/api/institutions/{id}/committee/members",
        "/api/institutions/{id}/consultations", "/api/institutions/{id}/sites");
  }
}
