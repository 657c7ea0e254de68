package org.homeward.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests to the running server's API as a given user, with a bearer token fetched once per user
 * (password checks are deliberately slow).
 */
public final class Api {

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private Api() {}

  public static RequestSpecification anonymous() {
    return given().baseUri(RunningHomeward.get().baseUri()).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  public static RequestSpecification as(String username) {
    return anonymous().header("Authorization", "Bearer " + token(username));
  }

  public static String token(String username) {
    return TOKENS.computeIfAbsent(username, u -> freshToken(u, password(u)));
  }

  public static String freshToken(String username, String password) {
    return anonymous()
        .body(Map.of("username", username, "password", password))
        .post("/api/auth/token")
        .then().statusCode(200)
        .extract().path("accessToken");
  }

  public static String password(String username) {
    return "admin".equals(username) ? RunningHomeward.ADMIN_PASSWORD : RunningHomeward.DEMO_PASSWORD;
  }

  /** A code no other test uses. */
  public static String uniqueCode(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
  }
}
