package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.homeward.security.AuthorizationMatrix.Answer;
import org.homeward.security.AuthorizationMatrix.Row;
import org.homeward.system.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nobody sees or changes what their role and scope do not allow. Every {@code /api} operation in
 * the server's OpenAPI document is called by every kind of caller about the same records, and the
 * answer must be the one {@code authorization-matrix.txt} declares; an operation without a row, or
 * a row without an operation, fails. The ministry's answers carry no person-level field, no caller
 * receives the name of a person outside their scope, and a JSF page asked for a record outside the
 * caller's scope shows the not-found page and is audited. How to read and extend the table: its
 * header, and README's "Authorization matrix".
 */
class AuthorizationMatrixIT {

  private static final String PASSWORD = "Matrix-password-2026!";
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  /**
   * The names of person-level fields in the API's JSON records (ResidentJson, ContactJson,
   * LiveTogetherJson, PairJson, LivingOptionJson, PlacementJson, the plans' and rights' records
   * about one person); none may reach the ministry.
   */
  static final Set<String> PERSON_LEVEL_FIELDS = Set.of("identifier", "givenName", "familyName", "preferredName", "bornOn",
      "dateOfBirth", "firstName", "lastName", "gender", "disability", "languages", "guardianship", "legalCapacity",
      "advanceDirectiveOn", "advanceDirectiveKept", "admittedAfterStopReason", "complexSupportNotes", "residentId", "residentName",
      "personId", "partnerId", "partnerName", "firstId", "secondId", "secondName", "personsWords", "personsView", "howToReach",
      "phone", "focalPointName", "focalPointConsent", "supporterName", "wishes");

  /**
   * Bodies for the operations whose resource refuses the least body before the use case (and so
   * before the access check) runs: each names a version or an id no record has, so that a call let
   * through is refused as stale or not found and stores nothing.
   */
  private static final Map<String, String> BODIES = Map.of(
      "PUT /api/coercion-events/{eventId}", "{\"version\":0,\"facts\":{}}",
      "POST /api/residents/{residentId}/assessments", "{\"framework\":\"WHO\"}",
      "PUT /api/residents/{residentId}/assessments/{assessmentId}", "{\"version\":0,\"framework\":\"WHO\"}",
      "POST /api/residents/{residentId}/status", "{\"version\":0,\"status\":\"PREPARING\"}",
      "POST /api/staff/{staffId}/applications", "{\"positionId\":" + MatrixRecords.MISSING + "}");

  /** Queries for the operations that refuse a call without them before the use case runs. */
  private static final Map<String, String> QUERIES = Map.of(
      "GET /api/residents/{residentId}/assessments/compare", "?from=" + MatrixRecords.MISSING + "&to=" + MatrixRecords.MISSING);

  /**
   * The writes the matrix may carry out when the caller is let through, all on records it made:
   * the first draft of its own resident's support plan, and its own user disabled and enabled
   * again. Any other write the matrix sees succeed means a body no longer keeps the matrix from
   * changing data other tests read.
   */
  private static final Set<String> WRITES_ALLOWED_TO_SUCCEED = Set.of("POST /api/residents/{residentId}/support-plan",
      "POST /api/users/{id}/disable", "POST /api/users/{id}/enable");

  private static MatrixClient client;
  private static AuthorizationMatrix matrix;
  private static MatrixRecords records;
  private static JsonNode document;
  private static Map<String, String> tokens;

  @BeforeAll
  static void findTheRecordsAndSignEveryoneIn() {
    client = new MatrixClient();
    matrix = AuthorizationMatrix.load();
    records = new MatrixRecords(client, PASSWORD);
    document = client.get("/openapi", null);
    Map<String, String> users = new LinkedHashMap<>();
    users.put("admin", "admin");
    users.put("ministry", "ministry");
    users.put("committee", "committee.north");
    users.put("committee.out", "committee.south");
    users.put("focal", "focal.north");
    users.put("focal.other", "focal.north2");
    users.put("finance", "finance");
    tokens = new LinkedHashMap<>();
    for (String caller : matrix.callers()) {
      if (users.containsKey(caller)) {
        tokens.put(caller, Api.token(users.get(caller)));
      } else if (records.extraUsers.containsKey(caller)) {
        tokens.put(caller, Api.freshToken(records.extraUsers.get(caller), PASSWORD));
      } else if (!caller.equals("anon")) {
        throw new IllegalStateException("The matrix names a caller the test does not know: " + caller);
      }
    }
  }

  /** Every operation of the document, "METHOD /path". */
  private static Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
      var path = paths.next();
      if (!path.getKey().startsWith("/api")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
        var op = ops.next();
        if (METHODS.contains(op.getKey())) {
          String template = path.getKey().replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
          operations.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + template, op.getValue());
        }
      }
    }
    return operations;
  }

  @Test
  void everyOperationOfTheApiHasARowAndEveryRowAnOperation() {
    Set<String> withoutRow = new TreeSet<>(operations().keySet());
    withoutRow.removeAll(matrix.rows().keySet());
    Set<String> withoutOperation = new TreeSet<>(matrix.rows().keySet());
    withoutOperation.removeAll(operations().keySet());
    assertThat(withoutRow).as("operations in /openapi without a row in authorization-matrix.txt").isEmpty();
    assertThat(withoutOperation).as("rows in authorization-matrix.txt whose operation is gone from /openapi").isEmpty();
  }

  @Test
  void everyCallerGetsTheAnswerTheMatrixDeclares() {
    Map<String, JsonNode> operations = operations();
    List<String> wrong = new ArrayList<>();
    List<Row> asFound = new ArrayList<>();
    Set<String> written = new TreeSet<>();
    for (Row row : matrix.rows().values()) {
      JsonNode operation = operations.get(row.operation());
      if (operation == null) {
        continue;
      }
      String path = records.fill(row.method(), row.path()) + QUERIES.getOrDefault(row.operation(), "");
      Map<String, Answer> found = new LinkedHashMap<>();
      boolean rowWrong = false;
      for (String caller : matrix.callers()) {
        MatrixClient.Answer answer = call(row.operation(), path, operation, tokens.get(caller));
        if (!row.method().equals("GET") && answer.status() / 100 == 2 && !WRITES_ALLOWED_TO_SUCCEED.contains(row.operation())) {
          written.add(row.operation() + " as " + caller);
        }
        Answer expected = row.answers().get(caller);
        found.put(caller, closest(answer.status()));
        if (answer.status() >= 500 || !expected.matches(answer.status())) {
          rowWrong = true;
          wrong.add(String.format("line %d: %s as %s (%s): expected %s, got %d %s", row.line(), row.operation(), caller, path,
              expected, answer.status(), abbreviate(answer.body())));
        }
      }
      if (rowWrong) {
        asFound.add(new Row(row.method(), row.path(), found, row.line()));
      }
    }
    assertThat(wrong).as("answers that differ from authorization-matrix.txt; the rows as the server answered:\n"
        + matrix.format(asFound) + "\n").isEmpty();
    assertThat(written).as("writes the matrix carried out on records other tests may read").isEmpty();
  }

  @Test
  void theMinistryNeverReceivesAPersonLevelField() {
    Map<String, JsonNode> operations = operations();
    Set<String> names = personalValues();
    List<String> leaks = new ArrayList<>();
    for (Row row : matrix.rows().values()) {
      if (!row.method().equals("GET") || row.answers().get("ministry") != Answer.OK || !operations.containsKey(row.operation())) {
        continue;
      }
      String path = records.fill("GET", row.path());
      MatrixClient.Answer answer = call(row.operation(), path + QUERIES.getOrDefault(row.operation(), ""),
          operations.get(row.operation()), tokens.get("ministry"));
      if (answer.status() != 200) {
        continue;
      }
      if (answer.isJson()) {
        Set<String> fields = new TreeSet<>();
        collectFields(answer.json(), fields);
        fields.retainAll(PERSON_LEVEL_FIELDS);
        if (!fields.isEmpty()) {
          leaks.add(row.operation() + " gives the ministry " + fields);
        }
      }
      if (answer.contentType() != null && (answer.isJson() || answer.contentType().startsWith("text/"))) {
        names.stream().filter(answer.body()::contains).findFirst()
            .ifPresent(name -> leaks.add(row.operation() + " gives the ministry the name or identifier '" + name + "'"));
      }
    }
    assertThat(leaks).isEmpty();
  }

  /**
   * Callers who may see no one living in North's hospital: the ministry and finance (no personal
   * records at all), a committee member of another institution, and focal points whose caseload
   * holds none of them. Every GET they may call is read for the residents' names and identifiers.
   */
  @Test
  void noCallerReceivesTheNameOfAPersonOutsideTheirScope() {
    Map<String, JsonNode> operations = operations();
    Set<String> names = new TreeSet<>();
    String admin = Api.token("admin");
    for (JsonNode resident : client.get("/api/institutions/" + records.hospital + "/residents?size=500", admin).path("items")) {
      if (!resident.path("id").asText().equals(records.ownResident)) {
        names.add(resident.path("identifier").asText());
        names.add(resident.path("givenName").asText() + " " + resident.path("familyName").asText());
      }
    }
    List<String> leaks = new ArrayList<>();
    for (String caller : List.of("ministry", "committee.out", "focal.other", "focal.out", "finance", "finance.out")) {
      for (Row row : matrix.rows().values()) {
        if (!row.method().equals("GET") || row.answers().get(caller) != Answer.OK || !operations.containsKey(row.operation())) {
          continue;
        }
        String path = records.fill("GET", row.path()) + QUERIES.getOrDefault(row.operation(), "");
        MatrixClient.Answer answer = call(row.operation(), path, operations.get(row.operation()), tokens.get(caller));
        if (answer.status() == 200 && answer.contentType() != null && (answer.isJson() || answer.contentType().startsWith("text/"))) {
          names.stream().filter(answer.body()::contains).findFirst()
              .ifPresent(name -> leaks.add(row.operation() + " gives " + caller + " '" + name + "'"));
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  /**
   * Full names and identifiers of the residents and staff of every institution, read as an
   * administrator (full names: a family name alone also belongs to committee members, whose names
   * are public).
   */
  private static Set<String> personalValues() {
    Set<String> values = new TreeSet<>();
    String admin = Api.token("admin");
    for (JsonNode institution : client.get("/api/institutions?size=200", admin).path("items")) {
      String id = institution.path("id").asText();
      for (JsonNode resident : client.get("/api/institutions/" + id + "/residents?size=500", admin).path("items")) {
        values.add(resident.path("identifier").asText());
        values.add(resident.path("givenName").asText() + " " + resident.path("familyName").asText());
      }
      for (JsonNode member : client.get("/api/institutions/" + id + "/staff", admin)) {
        values.add(member.path("name").asText());
      }
    }
    values.removeIf(v -> v.length() < 4);
    return values;
  }

  private static void collectFields(JsonNode node, Set<String> fields) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        fields.add(field.getKey());
        collectFields(field.getValue(), fields);
      });
    } else if (node.isArray()) {
      node.forEach(item -> collectFields(item, fields));
    }
  }

  /**
   * One call with the least body that gets past the resource to the access check: a JSON object
   * naming a version no record has (so a write that is let through is refused as stale or as bad
   * input, and stores nothing), an empty CSV file, or no body.
   */
  private static MatrixClient.Answer call(String key, String path, JsonNode operation, String token) {
    String method = key.substring(0, key.indexOf(' '));
    String accept = "*/*";
    JsonNode ok = operation.path("responses");
    for (Iterator<JsonNode> responses = ok.elements(); responses.hasNext();) {
      Iterator<String> types = responses.next().path("content").fieldNames();
      if (types.hasNext()) {
        accept = types.next() + ", application/problem+json, */*;q=0.1";
        break;
      }
    }
    JsonNode content = operation.path("requestBody").path("content");
    if (BODIES.containsKey(key)) {
      return client.send(method, path, token, "application/json", BODIES.get(key), accept);
    }
    if (content.has("application/json")) {
      return client.send(method, path, token, "application/json", "{\"version\":0}", accept);
    }
    Iterator<String> types = content.fieldNames();
    if (types.hasNext()) {
      return client.send(method, path, token, types.next(), "", accept);
    }
    return client.send(method, path, token, null, method.equals("GET") ? null : "", accept);
  }

  @Test
  void aPageAskedForARecordOutsideTheCallersScopeShowsNotFoundAndIsAudited() {
    String hospital = records.hospital;
    String ana = records.ana;
    String staff = lastSegment(records.fill("GET", "/api/staff/{staffId}"));
    String complaint = lastSegment(records.fill("GET", "/api/complaints/{complaintId}"));
    String event = lastSegment(records.fill("GET", "/api/coercion-events/{eventId}"));
    String appraisal = records.fill("PUT", "/api/staff/{staffId}/applications/{applicationId}");
    Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
    List<String> southCommittee = new ArrayList<>();
    for (String page : List.of("view", "edit", "staff", "residents", "committee", "quality-rights", "complaints", "sites",
        "incidents", "plan", "consultations", "reassign", "rights")) {
      southCommittee.add("/institutions/" + page + ".xhtml?id=" + hospital);
    }
    southCommittee.addAll(List.of("/budget/model.xhtml?id=" + hospital, "/budget/lines.xhtml?id=" + hospital,
        "/rights/complaint.xhtml?id=" + complaint, "/rights/event.xhtml?id=" + event, "/staff/view.xhtml?id=" + staff,
        "/staff/appraisal.xhtml?staff=" + staff + "&application=" + lastSegment(appraisal), "/admin/user.xhtml?id=" + records.targetUser));
    List<String> residentPages = new ArrayList<>();
    for (String page : List.of("view", "edit", "assessments", "follow-up", "quality-of-life", "legal-status", "home",
        "support-plan", "voice", "network")) {
      residentPages.add("/residents/" + page + ".xhtml?id=" + ana);
    }
    southCommittee.addAll(residentPages);
    pagesByUser.put("committee.south", southCommittee);
    pagesByUser.put("focal.north2", residentPages);
    pagesByUser.put("ministry", residentPages);

    List<String> wrong = new ArrayList<>();
    String admin = Api.token("admin");
    for (var entry : pagesByUser.entrySet()) {
      String user = entry.getKey();
      PageSession session = PageSession.signedIn(user, Api.password(user));
      for (String page : entry.getValue()) {
        long deniedBefore = denials(user, admin);
        PageSession.Page answer = session.open(page);
        long deniedAfter = denials(user, admin);
        if (answer.status() != 403 && answer.status() != 404 || !answer.heading().equals("Not found")) {
          wrong.add(page + " as " + user + ": " + answer.status() + " '" + answer.heading() + "'");
        } else if (answer.html().contains("Kovac") || answer.html().contains("North Regional Psychiatric Hospital")) {
          wrong.add(page + " as " + user + " shows the record on the not-found page");
        } else if (deniedAfter <= deniedBefore) {
          wrong.add(page + " as " + user + ": no audit row of the refusal");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static long denials(String user, String admin) {
    return client.get("/api/audit?action=DENIED&size=1&actor=" + user, admin).path("total").asLong();
  }

  private static String lastSegment(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static Answer closest(int status) {
    return switch (status) {
      case 401 -> Answer.UNAUTHENTICATED;
      case 403 -> Answer.FORBIDDEN;
      case 404 -> Answer.NOT_FOUND;
      default -> Answer.OK;
    };
  }

  private static String abbreviate(String body) {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
    return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
  }
}
