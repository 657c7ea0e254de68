package org.homeward.personsrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.Map;
import org.homeward.assessment.AssessmentsApi;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** The person's own record, whole, as JSON and PDF: for those who may see the person, and every export audited. */
class PersonsRecordApiIT {

  @Test
  void thePersonsRecordHoldsEveryPartAndEachExportIsAudited() {
    Map<String, Object> person = Map.of("identifier", Api.uniqueCode("NR"), "givenName", "Mira", "familyName", "Novak",
        "bornOn", "1975-04-02", "sex", "FEMALE", "admittedOn", "2002-09-01");
    Object id = Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", InstitutionsApi.idOf("PH-N01")).then()
        .statusCode(201).extract().path("id");
    AssessmentsApi.assess("committee.north", id, LocalDate.now().toString());
    Api.as("committee.north").body(Map.of("name", "Jana", "relationship", "Friend", "chosenOn", LocalDate.now().toString()))
        .post("/api/residents/{id}/supporters", id).then().statusCode(201);

    Api.as("committee.north").get("/api/residents/{id}/record", id).then().statusCode(200)
        .body("person.givenName", equalTo("Mira"))
        .body("statusHistory", hasSize(1))
        .body("supporters[0].name", equalTo("Jana"))
        .body("needsAssessments[0].domains[0].strengths", equalTo("Manages her money well"))
        .body("exportedBy", equalTo("committee.north"));
    byte[] pdf = Api.as("committee.north").accept("application/pdf").get("/api/residents/{id}/record/pdf", id).then().statusCode(200)
        .contentType("application/pdf").extract().asByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    Api.as("admin").queryParams(Map.of("recordType", "Resident", "recordId", id, "action", "EXPORT")).get("/api/audit").then()
        .body("total", greaterThanOrEqualTo(2));
    Api.as("ministry").get("/api/residents/{id}/record", id).then().statusCode(403);
    Api.as("focal.north").accept("application/pdf").get("/api/residents/{id}/record/pdf", id).then().statusCode(403);
    Api.as("committee.south").get("/api/residents/{id}/record", id).then().statusCode(403);
  }
}
