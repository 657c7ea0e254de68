package org.homeward.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** The institution registry through the API of the running application: happy paths and every refusal. */
class InstitutionsApiIT {

  private final InstitutionsApi admin = new InstitutionsApi("admin");
  private final InstitutionsApi committeeNorth = new InstitutionsApi("committee.north");

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response.statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("type", notNullValue())
        .body("title", notNullValue());
  }

  @Test
  void anAdministratorRegistersAnInstitutionAndGetsItBackWithIdVersionAndLocation() {
    String code = Api.uniqueCode("PH");
    ValidatableResponse created = admin.create(InstitutionsApi.body(code)).then()
        .statusCode(201)
        .body("code", equalTo(code));
    int id = created.extract().path("id");
    created.header("Location", endsWith("/api/institutions/" + id))
        .body("version", notNullValue())
        .body("status", equalTo("OPERATING"))
        .body("bedCapacity", equalTo(120));
    admin.get(id).then().statusCode(200).body("code", equalTo(code)).body("name", equalTo("Test institution " + code));
  }

  @Test
  void theListIsPagedSortedAndFiltered() {
    String prefix = Api.uniqueCode("LS");
    for (String suffix : List.of("C", "A", "B")) {
      Map<String, Object> body = InstitutionsApi.body(prefix + suffix);
      body.put("name", prefix + " " + suffix);
      body.put("region", "Listland " + prefix);
      admin.create(body).then().statusCode(201);
    }
    admin.list(Map.of("region", "Listland " + prefix, "sort", "name", "order", "desc", "size", 2)).then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("size", equalTo(2))
        .body("items.name", equalTo(List.of(prefix + " C", prefix + " B")));
    admin.list(Map.of("region", "Listland " + prefix, "sort", "name", "first", 2, "size", 2)).then()
        .body("items.name", equalTo(List.of(prefix + " C")));
    admin.list(Map.of("q", prefix.toLowerCase() + "a")).then().body("items.code", equalTo(List.of(prefix + "A")));
  }

  @Test
  void aCommitteeMemberUpdatesTheirInstitutionAndAStaleVersionIsRefused() {
    int id = InstitutionsApi.idOf("SC-N02");
    Map<String, Object> read = committeeNorth.get(id).then().statusCode(200).extract().jsonPath().getMap("");
    Map<String, Object> first = new HashMap<>(read);
    first.put("district", "Hillview " + Api.uniqueCode("D"));
    committeeNorth.update(id, first).then().statusCode(200).body("district", equalTo(first.get("district")));
    Api.as("admin").queryParams(Map.of("recordType", "Institution", "recordId", id, "action", "UPDATE", "actor", "committee.north"))
        .get("/api/audit").then().statusCode(200)
        .body("items[0].details", containsString("\"district\""))
        .body("items[0].details", containsString(first.get("district").toString()));

    Map<String, Object> stale = new HashMap<>(read);
    stale.put("district", "Overwritten");
    problem(committeeNorth.update(id, stale).then(), 409).body("type", endsWith("stale"));
    committeeNorth.get(id).then().body("district", equalTo(first.get("district")));
  }

  @Test
  void anUpdateWithoutAVersionIsRefused() {
    Map<String, Object> created = admin.created(Api.uniqueCode("NV"));
    Map<String, Object> body = new HashMap<>(created);
    body.remove("version");
    problem(admin.update(created.get("id"), body).then(), 400).body("errors.field", hasItem("version"));
  }

  @Test
  void aDuplicateCodeIsAConflictNamingTheField() {
    String code = Api.uniqueCode("DUP");
    admin.created(code);
    problem(admin.create(InstitutionsApi.body(code)).then(), 409)
        .body("errors.field", equalTo(List.of("code")))
        .body("errors[0].message", containsString("already"));
  }

  @Test
  void missingAndOutOfRangeFieldsAreEachNamed() {
    Map<String, Object> body = InstitutionsApi.body(Api.uniqueCode("BAD"));
    body.remove("name");
    body.put("bedCapacity", -1);
    problem(admin.create(body).then(), 400)
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("bedCapacity"))
        .body("errors.find { it.field == 'bedCapacity' }.message", containsString("0"));
  }

  @Test
  void anUnknownEnumValueNamesTheFieldAndTheValuesAllowed() {
    Map<String, Object> body = InstitutionsApi.body(Api.uniqueCode("ENUM"));
    body.put("type", "PRISON");
    problem(admin.create(body).then(), 400)
        .body("errors[0].field", equalTo("type"))
        .body("errors[0].message", containsString("PSYCHIATRIC_HOSPITAL"));
  }

  @Test
  void malformedJsonAndTextForANumberAreBadRequests() {
    problem(admin.createRaw("{\"code\": \"X-1\", ").then(), 400);
    problem(admin.createRaw("{\"code\":\"X-2\",\"bedCapacity\":\"many\"}").then(), 400)
        .body("errors[0].field", equalTo("bedCapacity"));
    problem(admin.createRaw("").then(), 400);
  }

  @Test
  void aRuleOfTheDomainIsAConflictThatExplainsItself() {
    Map<String, Object> created = admin.created(Api.uniqueCode("CL"));
    Map<String, Object> body = new HashMap<>(created);
    body.put("status", "CLOSED");
    problem(admin.update(created.get("id"), body).then(), 409)
        .body("type", endsWith("rule-violated"))
        .body("detail", containsString("nobody lives there"));
  }

  @Test
  void anUnknownInstitutionIsNotFound() {
    problem(admin.get(987654321).then(), 404);
    problem(Api.as("admin").get("/api/no-such-thing").then(), 404);
  }

  @Test
  void aCommitteeMemberSeesOnlyTheirInstitutionsAndCannotReachOthers() {
    committeeNorth.list(Map.of("size", 200)).then().statusCode(200)
        .body("items.code", everyItem(is(org.hamcrest.Matchers.oneOf("PH-N01", "SC-N02"))))
        .body("items.code", not(hasItem("CI-S01")));
    problem(committeeNorth.get(InstitutionsApi.idOf("CI-S01")).then(), 403);
    problem(committeeNorth.create(InstitutionsApi.body(Api.uniqueCode("NO"))).then(), 403);
  }

  @Test
  void theMinistrySeesEveryInstitutionButChangesNone() {
    InstitutionsApi ministry = new InstitutionsApi("ministry");
    ministry.list(Map.of("size", 200)).then().statusCode(200).body("items.code", hasItem("CI-S01")).body("items.code", hasItem("PH-N01"));
    int id = InstitutionsApi.idOf("CI-S01");
    Map<String, Object> read = ministry.get(id).then().statusCode(200).extract().jsonPath().getMap("");
    problem(ministry.update(id, read).then(), 403);
  }

  @Test
  void unitsAreAddedChangedAndRemoved() {
    Map<String, Object> institution = admin.created(Api.uniqueCode("UN"));
    Object id = institution.get("id");
    Map<String, Object> unit = new HashMap<>(Map.of("name", "Ward A", "beds", 30, "plannedClosureOn", "2027-06-30"));
    int unitId = admin.addUnit(id, unit).then().statusCode(201)
        .header("Location", containsString("/units/")).body("name", equalTo("Ward A")).extract().path("id");
    problem(admin.addUnit(id, unit).then(), 409).body("errors.field", equalTo(List.of("name")));
    problem(admin.addUnit(id, Map.of("name", "Ward B", "beds", -3)).then(), 400).body("errors.field", equalTo(List.of("beds")));

    Map<String, Object> read = admin.units(id).then().statusCode(200).extract().jsonPath().getMap("[0]");
    Map<String, Object> changed = new HashMap<>(read);
    changed.put("beds", 25);
    admin.updateUnit(id, unitId, changed).then().statusCode(200).body("beds", equalTo(25));
    problem(admin.updateUnit(id, unitId, read).then(), 409);

    admin.removeUnit(id, unitId).then().statusCode(204);
    admin.units(id).then().body("size()", equalTo(0));
    assertThat(admin.get(id).then().extract().<Integer>path("unitCount")).isZero();
  }
}
