package org.homeward.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A working day's mix on the national data set, as Gatling virtual users, each signed in once through
 * the sign-in form (its session cookie, as a browser keeps it) and then working in a loop with a
 * person's pauses between clicks:
 *
 * <ul>
 *   <li>70 % focal point workers: their agenda (caseload page), one person's case page and support
 *       plan page, and a status change of that person through the API (read the record for its
 *       version, then step the case between "in the institution" and "preparing");
 *   <li>20 % committee members: the institution list, an institution's page and its closure plan,
 *       and the plans overview;
 *   <li>10 % ministry officials: the dashboard for the country and for one region, and the
 *       indicators page.
 * </ul>
 *
 * <p>Run by {@link LoadBenchmark}, which prepares the users and the feeders; settings come as system
 * properties: {@code load.base}, {@code load.users}, {@code load.seconds}, {@code load.feeders}.
 */
public class HomewardLoadSimulation extends Simulation {

  static final String PASSWORD = LoadBenchmark.PASSWORD;

  private final String base = System.getProperty("load.base", "http://127.0.0.1:8630");
  private final int users = Integer.getInteger("load.users", 50);
  private final Duration working = Duration.ofSeconds(Integer.getInteger("load.seconds", 120));
  private final Duration rampUp = Duration.ofSeconds(Integer.getInteger("load.ramp", 30));
  private final String feeders = System.getProperty("load.feeders", "target/benchmark/load");
  private final String region = System.getProperty("load.region", "");

  private final HttpProtocolBuilder protocol = http.baseUrl(base)
      .acceptLanguageHeader("en")
      .userAgentHeader("Homeward load benchmark (Gatling)")
      .disableCaching();

  /** The sign-in form, as a browser posts it: its view state, the two fields and the button. */
  private static ChainBuilder signIn() {
    return exec(http("sign in: form").get("/login.xhtml")
            .check(status().is(200), css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
        .exec(http("sign in: password checked").post("/login.xhtml")
            .formParam("loginForm", "loginForm")
            .formParam("loginForm:username", "#{username}")
            .formParam("loginForm:password", PASSWORD)
            .formParam("loginForm:signIn", "")
            .formParam("jakarta.faces.ViewState", "#{viewState}")
            .check(status().is(200), substring("signOutForm")));
  }

  private static ChainBuilder page(String name, String path) {
    return exec(http(name).get(path).check(status().is(200), substring("signOutForm")));
  }

  private ScenarioBuilder focalPointWorkers() {
    String today = LocalDate.now().toString();
    return scenario("focal point workers")
        .feed(csv(feeders + "/focal-points.csv").circular())
        .exec(signIn())
        .exitHereIfFailed()
        .exec(http("API token").post("/api/auth/token").asJson()
            .body(StringBody("{\"username\":\"#{username}\",\"password\":\"" + PASSWORD + "\"}"))
            .check(status().is(200), jsonPath("$.accessToken").saveAs("token")))
        .exitHereIfFailed()
        .during(working).on(
            page("focal: agenda (caseload)", "/caseload.xhtml").pause(2, 6)
                .exec(page("focal: case page", "/residents/view.xhtml?id=#{residentId}")).pause(2, 6)
                .exec(page("focal: support plan page", "/residents/support-plan.xhtml?id=#{residentId}")).pause(2, 6)
                .exec(http("focal: read record (API)").get("/api/residents/#{residentId}")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200), jsonPath("$.version").saveAs("version"), jsonPath("$.status").saveAs("status")))
                .exec(session -> session.set("next", "PREPARING".equals(session.getString("status")) ? "IN_INSTITUTION" : "PREPARING"))
                .exec(http("focal: status change (API)").post("/api/residents/#{residentId}/status").asJson()
                    .header("Authorization", "Bearer #{token}")
                    .body(StringBody("{\"version\":#{version},\"status\":\"#{next}\",\"effectiveOn\":\"" + today
                        + "\",\"reason\":\"Load benchmark: the person changed their mind about the timing\"}"))
                    .check(status().is(200)))
                .pause(2, 6));
  }

  private ScenarioBuilder committeeMembers() {
    return scenario("committee members")
        .feed(csv(feeders + "/committee.csv").circular())
        .exec(signIn())
        .exitHereIfFailed()
        .during(working).on(
            page("committee: institution list", "/institutions/list.xhtml").pause(2, 6)
                .exec(page("committee: institution page", "/institutions/view.xhtml?id=#{institutionId}")).pause(2, 6)
                .exec(page("committee: closure plan page", "/institutions/plan.xhtml?id=#{institutionId}")).pause(2, 6)
                .exec(page("committee: plans overview", "/plans/list.xhtml")).pause(2, 6));
  }

  private ScenarioBuilder ministryOfficials() {
    return scenario("ministry officials")
        .feed(csv(feeders + "/ministry.csv").circular())
        .exec(signIn())
        .exitHereIfFailed()
        .during(working).on(
            page("ministry: dashboard, a region", "/monitoring/dashboard.xhtml?region="
                + java.net.URLEncoder.encode(region, java.nio.charset.StandardCharsets.UTF_8)).pause(3, 8)
                .exec(page("ministry: dashboard, the country", "/monitoring/dashboard.xhtml")).pause(3, 8)
                .exec(page("ministry: indicators page", "/monitoring/indicators.xhtml")).pause(3, 8));
  }

  {
    int ministry = Math.max(1, Math.round(users * 0.1f));
    int committee = Math.max(1, Math.round(users * 0.2f));
    int focal = users - ministry - committee;
    setUp(
        focalPointWorkers().injectOpen(rampUsers(focal).during(rampUp)),
        committeeMembers().injectOpen(rampUsers(committee).during(rampUp)),
        ministryOfficials().injectOpen(rampUsers(ministry).during(rampUp)))
        .protocols(protocol)
        .maxDuration(working.plus(rampUp).plusSeconds(90));
  }
}
