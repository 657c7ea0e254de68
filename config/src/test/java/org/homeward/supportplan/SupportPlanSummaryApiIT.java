package org.homeward.supportplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** The plain-language summary the person keeps: a PDF of their plan, printed only where there is a plan, for those who may see the person. */
class SupportPlanSummaryApiIT {

  @Test
  void thePlanIsPrintedInPlainLanguageOnceThereIsOneAndThePrintIsAudited() {
    Map<String, Object> person = Map.of("identifier", Api.uniqueCode("NR"), "givenName", "Dragica", "familyName", "Kos",
        "bornOn", "1958-12-01", "sex", "FEMALE", "admittedOn", "1990-06-15");
    Object id = Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", InstitutionsApi.idOf("PH-N01"))
        .then().statusCode(201).extract().path("id");
    String base = "/api/residents/" + id + "/support-plan";

    Api.as("committee.north").accept("application/pdf").get(base + "/summary.pdf").then().statusCode(409)
        .contentType("application/problem+json").body("detail", equalTo("There is no support plan yet. Write the plan with the person first; then print it for them."));

    int version = Api.as("committee.north").post(base).then().statusCode(201).extract().path("version");
    Api.as("committee.north").body(Map.of("version", version, "ownWords", "I want a garden.", "participationOn", LocalDate.now().toString()))
        .put(base + "/1").then().statusCode(200);
    byte[] pdf = Api.as("committee.north").accept("application/pdf").get(base + "/summary.pdf").then().statusCode(200)
        .contentType("application/pdf").extract().asByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Api.as("admin").queryParams(Map.of("recordType", "SupportPlanRevision", "action", "PRINT", "actor", "committee.north")).get("/api/audit")
        .then().body("total", greaterThanOrEqualTo(1));

    for (String user : new String[] {"ministry", "finance"}) {
      Api.as(user).accept("application/pdf").get(base + "/summary.pdf").then().statusCode(403);
    }
  }
}
