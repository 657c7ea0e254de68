package org.homeward.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/** Who may call the API, and how: tokens, HTTP Basic, refusals, disabling, headers, audit. */
class AuthenticationIT {

  private final UsersApi admin = new UsersApi("admin");

  @Test
  void withoutCredentialsTheApiAnswers401WithAChallengeAndAProblem() {
    Api.anonymous().get("/api/institutions").then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }

  @Test
  void aForgedOrGarbageTokenIsRefused() {
    Api.anonymous().header("Authorization", "Bearer not.a.token").get("/api/institutions").then().statusCode(401);
    String token = Api.token("ministry");
    String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
    Api.anonymous().header("Authorization", "Bearer " + tampered).get("/api/institutions").then().statusCode(401);
  }

  @Test
  void wrongCredentialsGetNoToken() {
    Api.anonymous().body(Map.of("username", "ministry", "password", "not-the-password")).post("/api/auth/token").then()
        .statusCode(401).contentType("application/problem+json");
    Api.anonymous().body(Map.of("username", "nobody-" + System.nanoTime(), "password", "whatever-password")).post("/api/auth/token").then()
        .statusCode(401);
    Api.anonymous().body(Map.of("username", "ministry")).post("/api/auth/token").then()
        .statusCode(400).body("errors.field", equalTo(List.of("password")));
  }

  @Test
  void httpBasicWorksForScriptsAndAWrongPasswordIsRefused() {
    Api.anonymous().auth().preemptive().basic("finance", Api.password("finance")).get("/api/institutions").then()
        .statusCode(200).body("total", greaterThan(0));
    Api.anonymous().auth().preemptive().basic("finance", "wrong-password-1").get("/api/institutions").then()
        .statusCode(401);
  }

  @Test
  void theApiNeverSetsASessionCookieAndEveryAnswerCarriesSecurityHeaders() {
    Api.as("ministry").get("/api/institutions").then()
        .statusCode(200)
        .header("Set-Cookie", nullValue())
        .header("Content-Security-Policy", containsString("object-src 'none'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Referrer-Policy", notNullValue())
        .header("Cache-Control", containsString("no-store"));
    Api.anonymous().get("/api/institutions").then().header("X-Content-Type-Options", equalTo("nosniff"));
  }

  @Test
  void onlyAdministratorsManageUsersOrReadTheAuditTrail() {
    new UsersApi("ministry").create("x" + System.nanoTime(), "a-good-long-password", List.of("ADMIN"), List.of()).then().statusCode(403);
    new UsersApi("committee.north").audit(Map.of()).then().statusCode(403);
  }

  @Test
  void aDisabledUsersTokenStopsWorkingAtOnceAndTheirSignInIsRefused() {
    String username = "temp." + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    String password = "a-good-long-password";
    int id = admin.create(username, password, List.of("FINANCE"), List.of()).then().statusCode(201)
        .body("username", equalTo(username)).body("password", nullValue()).extract().path("id");
    String token = Api.freshToken(username, password);
    Api.anonymous().header("Authorization", "Bearer " + token).get("/api/institutions").then().statusCode(200);

    admin.disable(id).then().statusCode(200).body("enabled", equalTo(false));
    Api.anonymous().header("Authorization", "Bearer " + token).get("/api/institutions").then().statusCode(401);
    Api.anonymous().body(Map.of("username", username, "password", password)).post("/api/auth/token").then().statusCode(401);

    admin.enable(id).then().statusCode(200);
    // a token issued before the account was disabled stays dead
    Api.anonymous().header("Authorization", "Bearer " + token).get("/api/institutions").then().statusCode(401);
  }

  @Test
  void aShortPasswordIsRefusedWithAFieldError() {
    admin.create("short." + System.nanoTime(), "too-short", List.of("FINANCE"), List.of()).then()
        .statusCode(400).body("errors.field", equalTo(List.of("password")));
  }

  @Test
  void signInsAndDenialsAreInTheAuditTrail() {
    Api.token("committee.south");
    new org.homeward.institution.AuditProbe().deniedRead("committee.south");
    admin.audit(Map.of("actor", "committee.south", "action", "DENIED")).then().statusCode(200)
        .body("total", greaterThan(0)).body("items[0].recordType", equalTo("Institution"));
    admin.audit(Map.of("actor", "committee.south", "action", "LOGIN")).then().body("items.action", hasItem("LOGIN"));
  }
}
