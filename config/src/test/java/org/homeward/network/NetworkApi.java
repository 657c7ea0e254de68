package org.homeward.network;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.homeward.assessment.AssessmentsApi;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;

/** The family and social network API as a client uses it, and fresh residents to use it on. */
final class NetworkApi {

  private final String user;

  NetworkApi(String user) {
    this.user = user;
  }

  /** A resident the committee of {@code institutionCode} just admitted, with no focal point yet; its id. */
  static int admittedTo(String institutionCode) {
    Map<String, Object> person = new HashMap<>();
    person.put("identifier", Api.uniqueCode("NW"));
    person.put("givenName", "Vesna");
    person.put("familyName", "Maric");
    person.put("bornOn", "1979-02-11");
    person.put("sex", "FEMALE");
    person.put("admittedOn", "2004-05-01");
    return Api.as("committee.north").body(person).post("/api/institutions/{id}/residents", InstitutionsApi.idOf(institutionCode))
        .then().statusCode(201).extract().path("id");
  }

  static Map<String, Object> contact(String name, String wish, String progress) {
    Map<String, Object> contact = new HashMap<>();
    contact.put("name", name);
    contact.put("relationship", "FAMILY_MEMBER");
    contact.put("wish", wish);
    contact.put("progress", progress);
    return contact;
  }

  Response contacts(Object residentId) {
    return Api.as(user).get("/api/residents/{id}/contacts", residentId);
  }

  Response addContact(Object residentId, Map<String, Object> body) {
    return Api.as(user).body(body).post("/api/residents/{id}/contacts", residentId);
  }

  Response updateContact(Object residentId, Object contactId, Map<String, Object> body) {
    return Api.as(user).body(body).put("/api/residents/{id}/contacts/{contactId}", residentId, contactId);
  }

  Response links(Object residentId) {
    return Api.as(user).get("/api/residents/{id}/live-together", residentId);
  }

  Response link(Object residentId, Object partnerId) {
    Map<String, Object> body = new HashMap<>();
    body.put("partnerId", partnerId);
    body.put("recordedOn", LocalDate.now().toString());
    body.put("personsWords", "We want to live together.");
    return Api.as(user).body(body).post("/api/residents/{id}/live-together", residentId);
  }

  Response end(Object residentId, Object linkId) {
    return Api.as(user).delete("/api/residents/{id}/live-together/{linkId}", residentId, linkId);
  }

  Response pairs(Object institutionId) {
    return Api.as(user).get("/api/institutions/{id}/live-together", institutionId);
  }

  /** Adds a living option for the person and records it as their choice. */
  void choose(Object residentId, String arrangement, String description) {
    int option = Api.as(user).body(Map.of("arrangement", arrangement, "description", description))
        .post("/api/residents/{id}/living-options", residentId).then().statusCode(201).extract().path("id");
    Api.as(user).post("/api/residents/{id}/living-options/{option}/choice", residentId, option).then().statusCode(200);
  }

  /** Secures a home for the person at {@code address}, with a move-in date next month (after assessing their needs, if not yet). */
  void secure(Object residentId, String address) {
    if (Api.as(user).get("/api/residents/{id}/assessments", residentId).then().statusCode(200).extract().jsonPath().getList("$").isEmpty()) {
      AssessmentsApi.assess(user, residentId, LocalDate.now().toString());
    }
    Map<String, Object> home = new HashMap<>(Map.of("arrangement", "SHARED_HOUSING", "address", address, "tenancyHolder", "PERSON",
        "unrelatedResidents", 2, "moveInOn", LocalDate.now().plusMonths(1).toString()));
    Response stored = Api.as(user).get("/api/residents/{id}/placement", residentId);
    if (stored.statusCode() == 200) {
      home.put("version", stored.path("version"));
    }
    Api.as(user).body(home).put("/api/residents/{id}/placement", residentId).then().statusCode(200);
  }
}
