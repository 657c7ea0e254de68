package org.homeward.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests to the running server's API as a given user, with a bearer token fetched once per user
 * and reused for ten minutes (password checks are deliberately slow).
 */
public final class Api {

  /** Well inside the server's default token lifetime (15 minutes), so that a long run never sends an expired one. */
  private static final java.time.Duration TOKEN_REUSE = java.time.Duration.ofMinutes(10);

  private record Token(String value, java.time.Instant fetched) {}

  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  private Api() {}

  public static RequestSpecification anonymous() {
    return given().baseUri(RunningHomeward.get().baseUri()).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  public static RequestSpecification as(String username) {
    return anonymous().header("Authorization", "Bearer " + token(username));
  }

  public static String token(String username) {
    java.time.Instant now = java.time.Instant.now();
    return TOKENS.compute(username, (u, kept) -> kept != null && kept.fetched().plus(TOKEN_REUSE).isAfter(now) ? kept
        : new Token(freshToken(u, password(u)), now)).value();
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
