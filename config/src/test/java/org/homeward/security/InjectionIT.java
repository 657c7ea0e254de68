package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.homeward.security.OpenApiDocument.Write;
import org.homeward.system.Api;
import org.junit.jupiter.api.Test;

/**
 * SQL injection and script payloads in every text field of every JSON body the API takes, found
 * from the OpenAPI document and aimed at real demo records: the answer is never a server error;
 * the text is stored exactly as sent or refused by its field; and afterwards the database still
 * holds what it held.
 */
class InjectionIT {

  /** SQL, markup breaking out of an attribute and of text, template syntax, and a NUL character. */
  static final List<String> PAYLOADS = List.of(
      "x' OR '1'='1'; DROP TABLE institution; --",
      "\"><img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>{{7*7}}#{7*7}",
      "nul \u0000 byte");

  /**
   * Writes whose every text field must have been tried on a body the operation accepts (its
   * unchanged body answered 2xx), so that the refusals seen are the payloads' and not the body's.
   */
  private static final Set<String> MAIN = Set.of(
      "POST /api/institutions", "PUT /api/institutions/{id}",
      "POST /api/institutions/{id}/residents", "PUT /api/residents/{residentId}",
      "PUT /api/institutions/{id}/plan/revisions/{number}",
      "POST /api/budget/national/lines", "PUT /api/budget/national/lines/{lineId}",
      "POST /api/institutions/{id}/incidents",
      "POST /api/community-positions", "PUT /api/community-positions/{id}");

  /** Writes that end a resident's stay or change a status run last, so the others find the records as they were. */
  private static final List<String> LAST = List.of("/deaths", "/status", "/transfers", "/password");

  private final OpenApiDocument openApi = OpenApiDocument.read();
  private final AttackTargets targets = new AttackTargets();
  private final Map<String, Optional<Map<String, Object>>> newRecords = new java.util.HashMap<>();

  @Test
  void everyTextFieldOfEveryJsonBodyStoresPayloadsVerbatimOrRefusesThemByField() {
    Map<String, Integer> counted = counts();
    List<String> failures = new ArrayList<>();
    Set<String> exercised = new TreeSet<>();
    Set<String> tried = new TreeSet<>();
    List<Write> writes = new ArrayList<>(openApi.jsonWrites());
    writes.sort(java.util.Comparator.comparing(w -> LAST.stream().anyMatch(w.path()::contains)));
    for (Write write : writes) {
      if (write.path().equals("/api/auth/token")) {
        continue; // AttacksIT sends payloads as credentials
      }
      Optional<String> path = targets.path(write.path());
      if (path.isEmpty()) {
        continue;
      }
      Map<String, Object> clean = body(write, path.get());
      Set<String> fields = new TreeSet<>(openApi.textProperties(write.schema()));
      clean.forEach((name, value) -> {
        if (value instanceof String && !name.equals("id")) {
          fields.add(name);
        }
      });
      if (fields.isEmpty()) {
        continue;
      }
      tried.add(write.toString());
      String writer = writer(write, path.get());
      Map<String, Object> sent = body(write, path.get());
      Response cleanAnswer = send(write, path.get(), writer, sent);
      Set<String> serverSet = new TreeSet<>();
      if (isSuccess(cleanAnswer.statusCode())) {
        exercised.add(write.toString());
        // a field the server fills in itself (who recorded it, a name read from the record named)
        Map<String, Object> stored = cleanAnswer.contentType().contains("json")
            ? OpenApiDocument.map(cleanAnswer.jsonPath().get("")) : Map.of();
        fields.stream().filter(f -> stored.containsKey(f) && !java.util.Objects.equals(stored.get(f), sent.get(f)))
            .forEach(serverSet::add);
      }
      for (String field : fields) {
        for (String payload : PAYLOADS) {
          Map<String, Object> attack = AttackTargets.fresh(body(write, path.get()), field);
          Object before = attack.put(field, payload);
          Response response = send(write, path.get(), writer, attack);
          check(write, field, payload, before, exercised.contains(write.toString()), serverSet.contains(field), response)
              .ifPresent(failures::add);
        }
      }
    }
    System.out.println("Injection: writes tried on an accepted body: " + exercised + "; tried: " + tried);
    assertThat(failures).as("answers to payloads").isEmpty();
    assertThat(exercised).as("writes tried on an accepted body, of %s", tried).containsAll(MAIN);
    Map<String, Integer> after = counts();
    counted.forEach((what, count) -> assertThat(after.get(what)).as(what).isGreaterThanOrEqualTo(count));
    // the demo accounts still sign in: no payload changed a password or an account
    assertThat(Api.freshToken("ministry", Api.password("ministry"))).isNotBlank();
    assertThat(Api.freshToken("admin", Api.password("admin"))).isNotBlank();
  }

  @Test
  void textInQueryParametersNeverBreaksASearchNorWidensIt() {
    List<String> failures = new ArrayList<>();
    for (OpenApiDocument.Search search : openApi.searches()) {
      Optional<String> path = targets.path(search.path());
      if (path.isEmpty()) {
        continue;
      }
      for (String parameter : search.textParameters()) {
        for (String payload : List.of(PAYLOADS.get(0), PAYLOADS.get(2))) {
          int status = Api.as("admin").queryParam(parameter, payload).get(path.get()).statusCode();
          if (status >= 500) {
            failures.add("GET " + search.path() + "?" + parameter + "=" + payload + " answered " + status);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    Api.as("admin").queryParam("q", "' OR '1'='1").get("/api/institutions").then().statusCode(200).body("total", equalTo(0));
    Api.as("admin").queryParam("q", "%").get("/api/institutions").then().statusCode(200).body("total", equalTo(0));
  }

  /** The record to change, or a new one like the demo data's, or one built from the schema. */
  private Map<String, Object> body(Write write, String path) {
    Optional<Map<String, Object>> record = "PUT".equals(write.method())
        ? targets.current(path, write.readable())
        : newRecords.computeIfAbsent(path, p -> targets.newRecord(p, targets.demo(p)));
    @SuppressWarnings("unchecked")
    Map<String, Object> body = new LinkedHashMap<>(record.orElseGet(() -> (Map<String, Object>) openApi.example(write.schema(), 0)));
    return AttackTargets.fresh(body, null);
  }

  private String writer(Write write, String path) {
    for (String writer : targets.writers) {
      int status = send(write, path, writer, body(write, path)).statusCode();
      if (status != 401 && status != 403) {
        return writer;
      }
    }
    return targets.writers.get(0);
  }

  private static Response send(Write write, String path, String writer, Map<String, Object> body) {
    return Api.as(writer).body(body).request(write.method(), path);
  }

  /**
   * Never a server error; a write that succeeds keeps the text exactly, or ignores the field (a
   * value the server sets itself, or one the record keeps); a refusal names fields, and on a body
   * otherwise accepted, this one.
   */
  private static Optional<String> check(Write write, String field, String payload, Object before, boolean accepted,
      boolean serverSet, Response response) {
    int status = response.statusCode();
    String where = write + " " + field + "=" + payload.replace("\u0000", "\\u0000");
    if (status >= 500) {
      return Optional.of(where + ": " + status + " " + response.asString());
    }
    if (isSuccess(status)) {
      Object stored = response.contentType().contains("json") ? OpenApiDocument.map(response.jsonPath().get("")).get(field) : null;
      return stored == null || serverSet || payload.equals(stored) || stored.equals(before)
          ? Optional.empty() : Optional.of(where + ": stored as " + stored);
    }
    if (status == 400) {
      List<String> fields = response.jsonPath().getList("errors.field");
      if (fields == null || fields.isEmpty()) {
        return Optional.of(where + ": 400 without field errors " + response.asString());
      }
      // text in a field that was empty may bring in a rule about its partner (a directive's date)
      if (accepted && before != null && !fields.contains(field)) {
        return Optional.of(where + ": refused by other fields " + fields);
      }
    }
    return Optional.empty();
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  private static Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("institutions", Api.as("admin").get("/api/institutions").then().statusCode(200).extract().path("total"));
    counts.put("users", Api.as("admin").get("/api/users").then().statusCode(200).extract().path("total"));
    counts.put("residents", Api.as("admin").get("/api/institutions/{id}/residents", org.homeward.institution.InstitutionsApi.idOf("PH-N01"))
        .then().statusCode(200).extract().path("total"));
    return counts;
  }
}
