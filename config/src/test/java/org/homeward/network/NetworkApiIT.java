package org.homeward.network;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** A person's family and social network, and residents who want to live together, through the API of the running application. */
class NetworkApiIT {

  private static final int HOSPITAL = InstitutionsApi.idOf("PH-N01");

  private final NetworkApi committee = new NetworkApi("committee.north");

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
  }

  @Test
  void aContactIsKeptWithThePersonsWishAndAWishForNoContactStands() {
    int person = NetworkApi.admittedTo("PH-N01");
    Map<String, Object> sister = NetworkApi.contact("Maja Maric", "WANTS_MORE_CONTACT", "NOT_STARTED");
    sister.put("howToReach", "+385 91 555 0101");
    sister.put("familySupport", "Travel costs for a monthly visit");
    Map<String, Object> stored = committee.addContact(person, sister).then().statusCode(201)
        .header("Location", containsString("/contacts/")).body("wish", equalTo("WANTS_MORE_CONTACT"))
        .extract().jsonPath().getMap("");

    Map<String, Object> progressed = new HashMap<>(stored);
    progressed.put("progress", "FIRST_CONTACT_MADE");
    int version = committee.updateContact(person, stored.get("id"), progressed).then().statusCode(200)
        .body("progress", equalTo("FIRST_CONTACT_MADE")).extract().path("version");
    problem(committee.updateContact(person, stored.get("id"), progressed).then(), 409).body("type", containsString("stale"));

    Map<String, Object> refused = new HashMap<>(progressed);
    refused.put("version", version);
    refused.put("wish", "NO_CONTACT");
    problem(committee.updateContact(person, stored.get("id"), refused).then(), 400).body("errors.field", equalTo(List.of("progress")));
    refused.put("progress", "PAUSED_AT_PERSONS_WISH");
    committee.updateContact(person, stored.get("id"), refused).then().statusCode(200).body("wish", equalTo("NO_CONTACT"));
    problem(committee.addContact(person, NetworkApi.contact("Ante Maric", "NO_CONTACT", "IN_REGULAR_CONTACT")).then(), 400)
        .body("errors.field", equalTo(List.of("progress")));

    committee.contacts(person).then().statusCode(200).body("name", equalTo(List.of("Maja Maric")));
    Api.as("admin").queryParams(Map.of("recordType", "Contact", "recordId", stored.get("id"))).get("/api/audit").then().statusCode(200)
        .body("total", equalTo(3)).body(not(containsString("555 0101")));
  }

  @Test
  void badInputNamesEachField() {
    int person = NetworkApi.admittedTo("PH-N01");
    Map<String, Object> nameless = NetworkApi.contact(" ", "WANTS_CONTACT", "NOT_STARTED");
    nameless.remove("relationship");
    problem(committee.addContact(person, nameless).then(), 400).body("errors.field", equalTo(List.of("name", "relationship")));
    Map<String, Object> unknown = NetworkApi.contact("Ben", "WANTS_CAKE", "NOT_STARTED");
    unknown.put("relationship", "COUSIN");
    problem(committee.addContact(person, unknown).then(), 400).body("errors.field", equalTo(List.of("relationship", "wish")));
    Map<String, Object> versionless = NetworkApi.contact("Ben", "WANTS_CONTACT", "NOT_STARTED");
    int contact = committee.addContact(person, versionless).then().statusCode(201).extract().path("id");
    problem(committee.updateContact(person, contact, versionless).then(), 400);
    problem(committee.updateContact(person, 999_999_999, Map.of("version", 0, "name", "x")).then(), 404);
  }

  @Test
  void onlyWhoeverMaySeeThePersonReadsOrChangesTheirNetwork() {
    int person = NetworkApi.admittedTo("PH-N01");
    int contact = committee.addContact(person, NetworkApi.contact("Maja Maric", "WANTS_CONTACT", "NOT_STARTED")).then().statusCode(201)
        .extract().path("id");
    for (String user : List.of("ministry", "finance", "focal.north", "committee.south")) {
      NetworkApi other = new NetworkApi(user);
      problem(other.contacts(person).then(), 403);
      problem(other.addContact(person, NetworkApi.contact("Ben", "WANTS_CONTACT", "NOT_STARTED")).then(), 403);
      problem(other.updateContact(person, contact, Map.of("version", 0)).then(), 403);
      problem(other.links(person).then(), 403);
    }
    for (String user : List.of("ministry", "finance", "focal.north", "committee.south")) {
      problem(new NetworkApi(user).pairs(HOSPITAL).then(), 403);
    }
    problem(Api.anonymous().get("/api/residents/{id}/contacts", person).then(), 401);
  }

  @Test
  void twoResidentsAreLinkedOnceFromEitherSideAndOnlyWithinOneInstitution() {
    int one = NetworkApi.admittedTo("PH-N01");
    int other = NetworkApi.admittedTo("PH-N01");
    int link = committee.link(one, other).then().statusCode(201).body("partnerId", equalTo(other))
        .body("arrangementsDiffer", equalTo(false)).body("difference", nullValue()).extract().path("id");
    committee.links(other).then().statusCode(200).body("id", equalTo(List.of(link))).body("partnerId", equalTo(List.of(one)));
    problem(committee.link(other, one).then(), 409).body("errors.field", hasItem("partnerId"));
    problem(committee.link(one, one).then(), 400).body("errors.field", equalTo(List.of("partnerId")));
    problem(committee.link(one, NetworkApi.admittedTo("SC-N02")).then(), 400).body("errors.field", equalTo(List.of("partnerId")));
    problem(committee.link(one, 999_999_999).then(), 400).body("errors.field", equalTo(List.of("partnerId")));
    committee.pairs(HOSPITAL).then().statusCode(200).body("id", hasItem(link));

    problem(new NetworkApi("focal.north").end(one, link).then(), 403);
    committee.end(other, link).then().statusCode(204);
    committee.links(one).then().statusCode(200).body("$", empty());
    problem(committee.end(one, link).then(), 404);
    committee.link(other, one).then().statusCode(201);
  }

  @Test
  void linkingNeedsAccessToBothPeople() {
    int milan = Api.as("committee.north").queryParams(Map.of("q", "NR-2026-0102")).get("/api/institutions/{id}/residents", HOSPITAL)
        .then().extract().path("items[0].id");
    int stranger = NetworkApi.admittedTo("PH-N01");
    problem(new NetworkApi("focal.north").link(milan, stranger).then(), 403);
    new NetworkApi("focal.north").links(milan).then().statusCode(200).body("partnerId", not(hasItem(stranger)));
  }

  @Test
  void thePairIsFlaggedWhileTheirChosenOrSecuredHomesDiffer() {
    int one = NetworkApi.admittedTo("PH-N01");
    int other = NetworkApi.admittedTo("PH-N01");
    int link = committee.link(one, other).then().statusCode(201).extract().path("id");

    committee.choose(one, "SHARED_HOUSING", "Two-bedroom flat, 9 Mill Street");
    assertDifference(one, link, "ONLY_ONE_CHOSE");
    committee.choose(other, "SUPPORTED_HOUSING", "Group home, Eastbrook");
    assertDifference(other, link, "DIFFERENT_CHOICES");
    committee.choose(other, "SHARED_HOUSING", "two-bedroom flat,  9 Mill Street");
    assertDifference(one, link, null);
    committee.secure(one, "9 Mill Street, Riverside");
    assertDifference(other, link, "ONLY_ONE_SECURED");
    committee.secure(other, "4 Eastbrook Road");
    assertDifference(one, link, "DIFFERENT_ADDRESSES");
    committee.secure(other, "9 MILL STREET, Riverside");
    assertDifference(one, link, null);
  }

  private void assertDifference(int person, int link, String difference) {
    committee.links(person).then().statusCode(200).body("find { it.id == " + link + " }.arrangementsDiffer", equalTo(difference != null))
        .body("find { it.id == " + link + " }.difference", equalTo(difference));
    committee.pairs(HOSPITAL).then().statusCode(200).body("find { it.id == " + link + " }.arrangementsDiffer", equalTo(difference != null))
        .body("find { it.id == " + link + " }.difference", equalTo(difference));
    if (difference != null) {
      committee.links(person).then().body("find { it.id == " + link + " }.differenceMessage", not(nullValue()));
    }
  }
}
