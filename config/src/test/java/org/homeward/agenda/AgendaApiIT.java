package org.homeward.agenda;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.Map;
import org.homeward.assessment.AssessmentsApi;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** What is due and overdue in cases, for the focal point's caseload and the committee, through the API. */
class AgendaApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");

  @Test
  void anAssessmentNotDoneAMonthAfterTheCaseWasTakenOnIsOverdueUntilItIsDone() {
    Map<String, Object> person = Map.of("identifier", Api.uniqueCode("NR"), "givenName", "Dora", "familyName", "Kos",
        "bornOn", "1981-06-12", "sex", "FEMALE", "admittedOn", "2010-02-01");
    Map<String, Object> created = Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", HOSPITAL).then()
        .statusCode(201).extract().jsonPath().getMap("");
    Object id = created.get("id");
    int worker = Api.as("admin").queryParams(Map.of("size", 200)).get("/api/users").then().extract()
        .path("items.find { it.username == 'focal.north' }.id");
    Api.as("committee.north").body(Map.of("version", created.get("version"), "workerId", worker, "consent", "CHOSE",
        "fromOn", LocalDate.now().minusMonths(2).toString())).put("/api/residents/{id}/focal-point", id).then().statusCode(200);

    Api.as("focal.north").get("/api/residents/{id}/agenda", id).then().statusCode(200)
        .body("overdue.kind", hasItem("NEEDS_ASSESSMENT"))
        .body("overdue[0].what", equalTo("Needs assessment"));
    Api.as("focal.north").get("/api/caseload/agenda").then().statusCode(200).body("residentId", hasItem(id));
    Api.as("committee.north").get("/api/institutions/{id}/residents/overdue", HOSPITAL).then().statusCode(200)
        .body("residentId", hasItem(id));

    AssessmentsApi.assess("focal.north", id, LocalDate.now().toString());
    Api.as("focal.north").get("/api/residents/{id}/agenda", id).then().statusCode(200).body("overdue", empty());
    Api.as("committee.north").get("/api/institutions/{id}/residents/overdue", HOSPITAL).then().statusCode(200)
        .body("residentId", not(hasItem(id)));

    Api.as("ministry").get("/api/residents/{id}/agenda", id).then().statusCode(403);
    Api.as("ministry").get("/api/institutions/{id}/residents/overdue", HOSPITAL).then().statusCode(403);
    Api.as("focal.north").get("/api/institutions/{id}/residents/overdue", HOSPITAL).then().statusCode(403);
  }
}
