package org.homeward.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.homeward.security.SignInPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Two nodes joined through Payara's data grid behind HAProxy, on one PostgreSQL ({@link
 * TwoNodeCluster}). Not in the default suite (it needs HAProxy and starts two servers): {@code mvn
 * verify -pl config -Pcluster}, see README "Several nodes (cluster)". The node-killing test runs last,
 * since it leaves one node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static TwoNodeCluster cluster;

  @BeforeAll
  static void startTheCluster() throws Exception {
    cluster = TwoNodeCluster.start();
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void bothNodesJoinedOneDataGrid() throws Exception {
    String logs = cluster.log(0) + cluster.log(1);
    assertThat(logs.contains("Members {size:2") || logs.contains("DG Size: 2")).as("a data grid of two members in the logs").isTrue();
  }

  @Test
  @Order(2)
  void startUpWorkRanOnceThoughBothNodesStartedTogether() throws SQLException {
    try (Connection c = cluster.homewardDatabase(); Statement s = c.createStatement()) {
      assertThat(count(s, "select count(*) from flyway_schema_history where version is not null"))
          .isEqualTo(count(s, "select count(distinct version) from flyway_schema_history where version is not null and success"))
          .isPositive();
      assertThat(count(s, "select count(*) from user_account where username = 'admin'")).isEqualTo(1);
      assertThat(count(s, "select count(*) from audit_entry where actor = 'system' and details like '%first start%'")).isEqualTo(1);
      assertThat(count(s, "select count(*) from institution where code = 'PH-N01'")).isEqualTo(1);
      assertThat(count(s, "select count(*) from audit_entry where actor = 'system' and record_type = 'DemoData'")).isEqualTo(1);
      assertThat(count(s, "select count(*) from app_secret")).isEqualTo(count(s, "select count(distinct name) from app_secret"));
    }
  }

  @Test
  @Order(3)
  void anEditOnOneNodeIsNeverServedStaleByTheOther() {
    String code = Api.uniqueCode("CL");
    Map<String, Object> body = Map.of("code", code, "name", "Cluster test", "type", "SOCIAL_CARE_HOME",
        "ownership", "NGO", "region", "South", "bedCapacity", 30, "currentResidents", 12);
    int id = api(0).body(body).post("/api/institutions").then().statusCode(201).extract().path("id");
    Map<String, Object> read = api(1).get("/api/institutions/{id}", id).then().statusCode(200).extract().jsonPath().getMap("");

    for (int round = 1; round <= 5; round++) {
      int writer = round % 2;
      int reader = 1 - writer;
      Map<String, Object> current = api(writer).get("/api/institutions/{id}", id).then().statusCode(200)
          .extract().jsonPath().getMap("");
      Map<String, Object> edit = new HashMap<>(current);
      edit.put("currentResidents", 12 - round);
      api(writer).body(edit).put("/api/institutions/{id}", id).then().statusCode(200);
      api(reader).get("/api/institutions/{id}", id).then().statusCode(200)
          .body("currentResidents", equalTo(12 - round))
          .body("version", equalTo(((Number) current.get("version")).intValue() + 1));
    }

    Map<String, Object> stale = new HashMap<>(read);
    stale.put("currentResidents", 1);
    api(1).body(stale).put("/api/institutions/{id}", id).then().statusCode(409);
  }

  @Test
  @Order(4)
  void aSignedInUserKeepsWorkingWhenTheNodeServingThemIsKilled() throws Exception {
    try (Browser browser = new Browser()) {
      browser.driver().get(cluster.balancerUri() + "/login.xhtml");
      browser.awaitVisible(By.id("loginForm:username"));
      new SignInPage(browser).signIn("committee.north", RunningHomeward.DEMO_PASSWORD);
      browser.driver().get(cluster.balancerUri() + "/institutions/list.xhtml");
      browser.awaitVisible(By.id("institutionsForm:institutions"));
      Cookie node = browser.driver().manage().getCookieNamed("HOMEWARD_NODE");
      assertThat(node).as("HAProxy's node cookie").isNotNull();
      int serving = TwoNodeCluster.nodeNamed(node.getValue());

      cluster.kill(serving);
      assertThat(cluster.alive(serving)).isFalse();

      // an Ajax request of the page already open: the other node finds the session and the view
      browser.driver().findElement(By.id("institutionsForm:institutions:globalFilter")).sendKeys("SC-N02");
      browser.await().until(d -> d.findElements(By.cssSelector("#institutionsForm\\:institutions_data tr")).size() == 1
          && d.findElement(By.cssSelector("#institutionsForm\\:institutions_data tr")).getText().contains("SC-N02"));
      // and a new page, still signed in
      browser.driver().get(cluster.balancerUri() + "/institutions/list.xhtml");
      browser.awaitVisible(By.id("signOutForm:signOut"));
      assertThat(browser.driver().getCurrentUrl()).doesNotContain("login");
      assertThat(TwoNodeCluster.nodeNamed(browser.driver().manage().getCookieNamed("HOMEWARD_NODE").getValue()))
          .isNotEqualTo(serving);
    }
  }

  private static RequestSpecification api(int node) {
    return given().baseUri(cluster.nodeUri(node)).contentType(ContentType.JSON).accept(ContentType.JSON)
        .auth().preemptive().basic("admin", RunningHomeward.ADMIN_PASSWORD);
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
