package org.homeward.security;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.homeward.system.Api;

/** User administration through the API. */
final class UsersApi {

  private final String user;

  UsersApi(String user) {
    this.user = user;
  }

  Response create(String username, String password, List<String> roles, List<Integer> institutionIds) {
    return Api.as(user).body(Map.of("username", username, "displayName", "Test " + username, "password", password,
        "roles", roles, "institutionIds", institutionIds)).post("/api/users");
  }

  Response disable(Object id) {
    return Api.as(user).post("/api/users/{id}/disable", id);
  }

  Response enable(Object id) {
    return Api.as(user).post("/api/users/{id}/enable", id);
  }

  Response audit(Map<String, ?> query) {
    return Api.as(user).queryParams(query).get("/api/audit");
  }
}
