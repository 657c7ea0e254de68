package org.homeward.institution;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.homeward.system.Api;

/** The institution registry's API, as a client uses it. */
public final class InstitutionsApi {

  private final String user;

  InstitutionsApi(String user) {
    this.user = user;
  }

  static Map<String, Object> body(String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Test institution " + code);
    body.put("type", "PSYCHIATRIC_HOSPITAL");
    body.put("ownership", "PUBLIC");
    body.put("region", "North");
    body.put("district", "Riverside");
    body.put("bedCapacity", 120);
    body.put("currentResidents", 80);
    return body;
  }

  Response create(Map<String, Object> body) {
    return Api.as(user).body(body).post("/api/institutions");
  }

  Response createRaw(String json) {
    return Api.as(user).body(json).post("/api/institutions");
  }

  /** Registers a valid institution and returns its stored JSON. */
  Map<String, Object> created(String code) {
    return create(body(code)).then().statusCode(201).extract().jsonPath().getMap("");
  }

  Response get(Object id) {
    return Api.as(user).get("/api/institutions/{id}", id);
  }

  Response update(Object id, Map<String, Object> body) {
    return Api.as(user).body(body).put("/api/institutions/{id}", id);
  }

  Response list(Map<String, ?> query) {
    return Api.as(user).queryParams(query).get("/api/institutions");
  }

  /** The id of the institution with this code, looked up as an administrator. */
  public static int idOf(String code) {
    return new InstitutionsApi("admin").list(Map.of("q", code)).then().statusCode(200)
        .extract().path("items.find { it.code == '" + code + "' }.id");
  }

  Response units(Object id) {
    return Api.as(user).get("/api/institutions/{id}/units", id);
  }

  Response addUnit(Object id, Map<String, Object> unit) {
    return Api.as(user).body(unit).post("/api/institutions/{id}/units", id);
  }

  Response updateUnit(Object id, Object unitId, Map<String, Object> unit) {
    return Api.as(user).body(unit).put("/api/institutions/{id}/units/{unitId}", id, unitId);
  }

  Response removeUnit(Object id, Object unitId) {
    return Api.as(user).delete("/api/institutions/{id}/units/{unitId}", id, unitId);
  }
}
