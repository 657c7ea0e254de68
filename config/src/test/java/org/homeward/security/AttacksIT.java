package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.system.Api;
import org.homeward.system.Browser;
import org.homeward.system.RunningHomeward;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Attacks on loopback that do not depend on a record's fields: guessing passwords, fixing a
 * session, forging a form post, and bodies too large or too deep; and scripts stored through the
 * API, then shown in pages.
 */
class AttacksIT {

  private static final String SESSION_COOKIE = "HOMEWARD_SESSION";
  private static final int LOCK_AFTER = 5;
  private static final String PASSWORD = "a-good-long-password";

  private final UsersApi admin = new UsersApi("admin");

  @Test
  void wrongPasswordsForATokenLockTheAccountSoThatEvenTheRightOneIsRefused() {
    String username = freshUser();
    for (int i = 0; i < LOCK_AFTER; i++) {
      token(username, "wrong-password-" + i).then().statusCode(401);
    }
    token(username, PASSWORD).then().statusCode(401).contentType("application/problem+json");
    Api.anonymous().auth().preemptive().basic(username, PASSWORD).get("/api/institutions").then().statusCode(401);
    admin.audit(Map.of("actor", username, "action", "LOGIN_FAILED")).then().statusCode(200)
        .body("total", greaterThanOrEqualTo(LOCK_AFTER + 2));
    admin.audit(Map.of("actor", username, "action", "LOGIN")).then().body("total", equalTo(0));
  }

  @Test
  void wrongPasswordsAtTheSignInFormLockTheAccountForTheFormAndTheApiAlike() {
    String username = freshUser();
    try (Browser browser = new Browser()) {
      SignInPage signIn = new SignInPage(browser);
      for (int i = 0; i < LOCK_AFTER; i++) {
        signIn.attempt(username, "wrong-password-" + i);
      }
      signIn.attempt(username, PASSWORD);
      assertThat(browser.driver().findElements(By.id("signOutForm:signOut"))).isEmpty();
      assertThat(signIn.message()).contains("Wrong user name or password");
    }
    token(username, PASSWORD).then().statusCode(401);
  }

  @Test
  void credentialsFullOfPayloadsAreRefusedLikeAnyWrongPassword() {
    for (String payload : InjectionIT.PAYLOADS) {
      if (payload.indexOf('\0') >= 0) {
        // text no account can hold is refused at its field before anyone looks for the account
        token(payload, payload).then().statusCode(400).body("errors.field", containsInAnyOrder("username", "password"));
        continue;
      }
      token(payload, payload).then().statusCode(401);
      token("ministry", payload).then().statusCode(401);
    }
    token("admin' --", RunningHomeward.ADMIN_PASSWORD).then().statusCode(401);
    token("admin\u0000", RunningHomeward.ADMIN_PASSWORD).then().statusCode(400);
    Api.anonymous().auth().preemptive().basic("admin\u0000", RunningHomeward.ADMIN_PASSWORD).get("/api/institutions").then().statusCode(401);
  }

  @Test
  void signingInGivesTheBrowserANewSessionAndTheOldOneSignsNobodyIn() {
    try (Browser browser = new Browser(); Browser attacker = new Browser()) {
      SignInPage signIn = new SignInPage(browser).open();
      Cookie before = browser.driver().manage().getCookieNamed(SESSION_COOKIE);
      assertThat(before).as("the sign-in page's session").isNotNull();
      assertThat(before.isHttpOnly()).isTrue();
      signIn.signIn("committee.north", Api.password("committee.north"));
      Cookie after = browser.driver().manage().getCookieNamed(SESSION_COOKIE);
      assertThat(after.getValue()).isNotEqualTo(before.getValue());

      // someone who planted or read the id before the sign-in gets nothing with it
      attacker.open("/login.xhtml");
      attacker.driver().manage().deleteAllCookies();
      attacker.driver().manage().addCookie(new Cookie(SESSION_COOKIE, before.getValue(), "/"));
      attacker.open("/institutions/list.xhtml");
      attacker.awaitVisible(By.id("loginForm:username"));
    }
  }

  @Test
  void aFormPostWithoutItsViewStateOrWithAnotherSessionsIsRefusedAndChangesNothing() {
    int id = institution("Forged post target");
    String edit = "/institutions/edit.xhtml?id=" + id;
    try (Browser victim = new Browser(); Browser other = new Browser()) {
      new SignInPage(victim).open().signIn("admin", Api.password("admin"));
      new SignInPage(other).open().signIn("admin", Api.password("admin"));
      other.open(edit);
      other.awaitVisible(By.id("institutionForm:name"));
      String stolen = viewState(other);
      victim.open(edit);
      victim.awaitVisible(By.id("institutionForm:name"));

      post(victim, "Renamed without a view state", "none");
      assertThat(name(id)).isEqualTo("Forged post target");
      post(victim, "Renamed with another session's view state", stolen);
      assertThat(name(id)).isEqualTo("Forged post target");
      post(victim, "Renamed with an invented view state", "-1234567890:987654321");
      assertThat(name(id)).isEqualTo("Forged post target");

      // the same post with the page's own view state goes through: the others failed for theirs alone
      victim.open(edit);
      victim.awaitVisible(By.id("institutionForm:name"));
      post(victim, "Renamed by its own form", "own");
      assertThat(name(id)).isEqualTo("Renamed by its own form");
    }
  }

  @Test
  void scriptsStoredThroughTheApiAreShownAsTextAndNeverRun() {
    String script = "<script>window.__xss=1</script>";
    String image = "\"><img src=x onerror=\"window.__xss=1\">";
    int id = institution("Ward " + script);
    Api.as("admin").get("/api/institutions/{id}", id).then().body("name", equalTo("Ward " + script));
    Map<String, Object> changed = new HashMap<>(Api.as("admin").get("/api/institutions/{id}", id).jsonPath().getMap(""));
    changed.put("district", image);
    changed.put("address", script + image);
    Api.as("admin").body(changed).put("/api/institutions/{id}", id).then().statusCode(200).body("district", equalTo(image));

    try (Browser browser = new Browser()) {
      new SignInPage(browser).open().signIn("admin", Api.password("admin"));
      browser.open("/institutions/view.xhtml?id=" + id);
      browser.awaitVisible(By.tagName("h1"));
      assertThat(scriptRan(browser)).isFalse();
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Ward " + script).contains(image);
      browser.check("stored-script-institution");

      // the list is paged and the suite has registered many institutions: search for it, as a user would
      browser.open("/institutions/list.xhtml");
      browser.awaitVisible(By.id("institutionsForm:institutions:globalFilter"));
      browser.type("institutionsForm:institutions:globalFilter", "Ward " + script);
      browser.await().until(d -> d.findElement(By.id("institutionsForm:institutions")).getText().contains("Ward " + script));
      assertThat(scriptRan(browser)).isFalse();

      // typed into a form, the same
      browser.open("/institutions/edit.xhtml?id=" + id);
      browser.awaitVisible(By.id("institutionForm:district"));
      browser.type("institutionForm:district", "<svg onload=\"window.__xss=1\">" + script);
      browser.driver().findElement(By.id("institutionForm:save")).click();
      browser.await().until(d -> d.getCurrentUrl().contains("view.xhtml"));
      assertThat(scriptRan(browser)).isFalse();
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("<svg onload=\"window.__xss=1\">" + script);
    }
    Api.as("admin").get("/api/institutions/{id}", id).then().body("district", equalTo("<svg onload=\"window.__xss=1\">" + script));
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrItComesInChunks() throws Exception {
    byte[] big = ("{\"username\":\"" + "a".repeat(3 * 1024 * 1024) + "\",\"password\":\"x\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> declared = send(HttpRequest.newBuilder(uri("/api/auth/token"))
        .header("Content-Type", "application/json").expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.body()).contains("\"status\":413");

    HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/institutions"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + Api.token("admin"))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded").expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
    assertThat(form.statusCode()).isEqualTo(413);
    Api.as("admin").get("/api/institutions").then().statusCode(200);
  }

  @Test
  void deeplyNestedJsonIsRefusedWith400NamingTheBody() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Map<String, Object> body = institutionBody("Deep");
    String inName = "{\"code\":\"" + Api.uniqueCode("DEEP") + "\",\"name\":" + deep + "}";
    Api.as("admin").body(inName).post("/api/institutions").then().statusCode(400)
        .contentType("application/problem+json").body("errors.field", equalTo(List.of("body")));
    // JSON-B skips a property it does not know without looking inside: the depth is checked before
    String inUnknownField = "{\"extra\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + ","
        + bodyFields(body) + "}";
    Api.as("admin").body(inUnknownField).post("/api/institutions").then().statusCode(400)
        .body("errors.field", equalTo(List.of("body")));
    Api.anonymous().body(deep).post("/api/auth/token").then().statusCode(400);
  }

  @Test
  void anotherContentTypeOrAnUnservedMethodIsRefusedWithoutAServerError() {
    Api.as("admin").contentType("application/xml").body("<institution><name>x</name></institution>")
        .post("/api/institutions").then().statusCode(415).contentType("application/problem+json");
    Api.as("admin").request("TRACE", "/api/institutions").then().statusCode(405);
    Api.as("admin").request("TRACE", "/login.xhtml").then().statusCode(405);
    Api.as("admin").delete("/api/institutions").then().statusCode(405);
  }

  private String freshUser() {
    String username = "attack." + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    admin.create(username, PASSWORD, List.of("FINANCE"), List.of()).then().statusCode(201);
    return username;
  }

  private static io.restassured.response.Response token(String username, String password) {
    return Api.anonymous().body(Map.of("username", username, "password", password)).post("/api/auth/token");
  }

  static Map<String, Object> institutionBody(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", Api.uniqueCode("ATK"));
    body.put("name", name);
    body.put("type", "PSYCHIATRIC_HOSPITAL");
    body.put("ownership", "PUBLIC");
    body.put("region", "North");
    body.put("bedCapacity", 40);
    body.put("currentResidents", 20);
    return body;
  }

  private static int institution(String name) {
    return Api.as("admin").body(institutionBody(name)).post("/api/institutions").then().statusCode(201).extract().path("id");
  }

  private static String name(int id) {
    return Api.as("admin").get("/api/institutions/{id}", id).then().statusCode(200).extract().path("name");
  }

  private static String bodyFields(Map<String, Object> body) {
    StringBuilder json = new StringBuilder();
    body.forEach((k, v) -> json.append(json.isEmpty() ? "" : ",").append('"').append(k).append("\":")
        .append(v instanceof String ? "\"" + v + "\"" : v));
    return json.toString();
  }

  private static String viewState(Browser browser) {
    return (String) ((JavascriptExecutor) browser.driver())
        .executeScript("return document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value");
  }

  /**
   * Posts the edit form from inside the page, as a forged page would, with the name changed and
   * the view state left out ({@code none}), kept ({@code own}) or replaced.
   */
  private static void post(Browser browser, String name, String viewState) {
    Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const form = document.getElementById('institutionForm');"
            + "const data = new FormData(form);"
            + "data.set('institutionForm:name', arguments[0]);"
            + "data.set('institutionForm:save', '');"
            + "if (arguments[1] === 'none') { data.delete('jakarta.faces.ViewState'); }"
            + "else if (arguments[1] !== 'own') { data.set('jakarta.faces.ViewState', arguments[1]); }"
            + "fetch(form.action, {method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin', redirect: 'manual'})"
            + ".then(r => done(String(r.status))).catch(e => done('failed ' + e));",
        name, viewState);
    // a forged or foreign view state gets the "page expired" page as a bad request (without one, the
    // post is no postback at all and the page is only shown again); the test checks that nothing changed
    assertThat(String.valueOf(answer)).doesNotStartWith("failed");
    if (!viewState.equals("own") && !viewState.equals("none")) {
      assertThat(String.valueOf(answer)).as("status of a post with view state " + viewState).isEqualTo("400");
    }
  }

  private static boolean scriptRan(Browser browser) {
    return !"undefined".equals(((JavascriptExecutor) browser.driver()).executeScript("return typeof window.__xss"));
  }

  private static URI uri(String path) {
    return URI.create(RunningHomeward.get().baseUri() + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
