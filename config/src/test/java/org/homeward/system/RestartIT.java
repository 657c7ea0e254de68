package org.homeward.system;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What was saved is still there after the server is stopped (SIGTERM) and started on the same data. */
class RestartIT {

  @Test
  void dataSurvivesARestart() {
    String code = Api.uniqueCode("RS");
    Map<String, Object> body = Map.of("code", code, "name", "Restart test", "type", "SOCIAL_CARE_HOME",
        "ownership", "NGO", "region", "South", "bedCapacity", 30, "currentResidents", 12);
    int id = Api.as("admin").body(body).post("/api/institutions").then().statusCode(201).extract().path("id");

    RunningHomeward.get().restart();

    Api.as("admin").get("/api/institutions/{id}", id).then()
        .statusCode(200)
        .body("code", equalTo(code))
        .body("currentResidents", equalTo(12));
    Api.anonymous().body(Map.of("username", "ministry", "password", RunningHomeward.DEMO_PASSWORD))
        .post("/api/auth/token").then().statusCode(200);
  }
}
