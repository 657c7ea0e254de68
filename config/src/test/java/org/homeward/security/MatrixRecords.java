package org.homeward.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.system.Api;

/**
 * The records the matrix asks about, found through the API as an administrator: North's hospital
 * (PH-N01) and what hangs off it (its oldest record of each kind: the demo data's; the oldest
 * coercive event and complaint naming someone on Fatima's caseload; the oldest staff member with
 * an application), Ana on Fatima's (focal.north) caseload for reads, and a person the matrix admits
 * itself, on Fatima's caseload too, for writes, so that a write that gets past the access check
 * changes nothing other tests read. Every caller asks about these same records;
 * what differs between the in-scope and out-of-scope columns is who asks (see the matrix file).
 */
final class MatrixRecords {

  /** An id no record has: a delete, or an action without a body, is sent to it so that nothing is removed or done. */
  static final String MISSING = "2147480000";

  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)(?:\\s*:[^}]*)?}");

  private final MatrixClient client;
  private final String admin;
  private final Map<String, String> lookups = new HashMap<>();
  final String hospital;
  final String ana;
  final String ownResident;
  final String targetUser;
  final Map<String, String> extraUsers = new LinkedHashMap<>();

  MatrixRecords(MatrixClient client, String password) {
    this.client = client;
    this.admin = Api.token("admin");
    hospital = client.get("/api/institutions?q=PH-N01", admin).path("items").get(0).path("id").asText();
    String south = client.get("/api/institutions?q=CI-S01", admin).path("items").get(0).path("id").asText();
    ana = findIn(client.get("/api/institutions/" + hospital + "/residents?size=200&q=NR-2026-0101", admin), "identifier", "NR-2026-0101");
    ownResident = admitOnFatimasCaseload();
    String suffix = Api.uniqueCode("m").toLowerCase(java.util.Locale.ROOT);
    extraUsers.put("focal.out", createUser("matrix.focal." + suffix, "FOCAL_POINT", south, password));
    extraUsers.put("finance.out", createUser("matrix.finance." + suffix, "FINANCE", south, password));
    targetUser = client.post("/api/users", admin, Map.of("username", "matrix.target." + suffix, "displayName", "Matrix target",
        "password", password, "roles", List.of("COMMITTEE"), "institutionIds", List.of(Long.parseLong(south)))).path("id").asText();
  }

  private String createUser(String username, String role, String institution, String password) {
    client.post("/api/users", admin, Map.of("username", username, "displayName", "Matrix " + role, "password", password,
        "roles", List.of(role), "institutionIds", List.of(Long.parseLong(institution))));
    return username;
  }

  private String admitOnFatimasCaseload() {
    Map<String, Object> person = new HashMap<>();
    person.put("identifier", Api.uniqueCode("MX"));
    person.put("givenName", "Matrix");
    person.put("familyName", "Probe");
    person.put("bornOn", "1970-01-01");
    person.put("sex", "FEMALE");
    person.put("admittedOn", "2001-01-01");
    JsonNode created = client.post("/api/institutions/" + hospital + "/residents", admin, person);
    String id = created.path("id").asText();
    String fatima = findIn(client.get("/api/users?size=200", admin), "username", "focal.north");
    try {
      var answer = client.send("PUT", "/api/residents/" + id + "/focal-point", admin, "application/json",
          MatrixClient.JSON.writeValueAsString(Map.of("version", created.path("version").asLong(), "workerId", Long.parseLong(fatima),
              "consent", "CHOSE", "fromOn", LocalDate.now().toString())), "application/json");
      if (answer.status() != 200) {
        throw new IllegalStateException("Cannot assign focal.north: " + answer.status() + " " + answer.body());
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  private static String findIn(JsonNode listOrPage, String field, String value) {
    for (JsonNode item : items(listOrPage)) {
      if (value.equals(item.path(field).asText())) {
        return item.path("id").asText();
      }
    }
    throw new IllegalStateException("No " + field + " " + value + " in " + listOrPage);
  }

  private static List<JsonNode> items(JsonNode listOrPage) {
    JsonNode array = listOrPage.isArray() ? listOrPage : listOrPage.path("items");
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** The operation's path with every parameter filled from these records. */
  String fill(String method, String template) {
    boolean write = !method.equals("GET");
    Matcher matcher = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    int end = 0;
    while (matcher.find()) {
      path.append(template, end, matcher.start());
      String prefix = path.toString();
      boolean last = template.indexOf('{', matcher.end()) < 0;
      boolean nothingMayBeDone = method.equals("DELETE") || template.endsWith("/choice") || template.startsWith("/api/transfers/");
      path.append(last && nothingMayBeDone && !prefix.equals("/api/residents/") && !prefix.equals("/api/institutions/")
          ? MISSING : idFor(prefix, matcher.group(1), write));
      end = matcher.end();
    }
    return path.append(template.substring(end)).toString();
  }

  private String idFor(String prefix, String parameter, boolean write) {
    String collection = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    switch (collection) {
      case "/api/institutions":
        return hospital;
      case "/api/residents":
        return write ? ownResident : ana;
      case "/api/users":
        return targetUser;
      case "/api/staff":
        collection = "/api/institutions/" + hospital + "/staff";
        break;
      case "/api/coercion-events":
        collection = "/api/institutions/" + hospital + "/coercion/events";
        break;
      case "/api/complaints":
        collection = "/api/institutions/" + hospital + "/complaints";
        break;
      default:
        break;
    }
    String list = collection;
    return lookups.computeIfAbsent(list + " " + parameter, k -> lookUp(list, parameter).orElse(MISSING));
  }

  /** The first record of the collection the parameter names, or empty when there is none. */
  private Optional<String> lookUp(String collection, String parameter) {
    if (collection.endsWith("/plan/revisions")) {
      JsonNode plan = client.get(collection.substring(0, collection.length() - "/revisions".length()), admin);
      return items(plan.path("revisions")).stream().map(r -> r.path("number").asText()).reduce((a, b) -> b);
    }
    Matcher revisionPart = Pattern.compile("(.*/plan/revisions/[0-9]+)/(actions|milestones|phases)$").matcher(collection);
    if (revisionPart.matches()) {
      return first(client.get(revisionPart.group(1), admin).path(revisionPart.group(2)), "id");
    }
    Matcher applications = Pattern.compile("(/api/staff/[0-9]+)/applications$").matcher(collection);
    if (applications.matches()) {
      return first(client.get(applications.group(1) + "/pathway", admin).path("applications"), "id");
    }
    if (collection.endsWith("/support-plan")) {
      return first(client.get(collection, admin), "number");
    }
    Matcher steps = Pattern.compile("(.*/support-plan)/([0-9]+)/steps$").matcher(collection);
    if (steps.matches()) {
      return items(client.get(steps.group(1), admin)).stream().filter(p -> p.path("number").asText().equals(steps.group(2)))
          .findFirst().flatMap(p -> first(p.path("steps"), "id"));
    }
    var answer = client.send("GET", collection, admin, null, null, "application/json");
    if (answer.status() != 200 || !answer.isJson()) {
      return Optional.empty();
    }
    if (parameter.equals("indicator")) {
      return items(answer.json()).stream().map(i -> i.path("indicator").asText()).findFirst();
    }
    if (collection.endsWith("/coercion/events") || collection.endsWith("/complaints")) {
      return items(answer.json()).stream()
          .filter(i -> fatimasCaseload().contains(i.path("residentId").asText(i.path("facts").path("residentId").asText())))
          .map(i -> i.path("id").asLong()).min(Long::compare).map(String::valueOf);
    }
    if (collection.endsWith("/staff")) {
      return items(answer.json()).stream().map(i -> i.path("id").asLong()).sorted()
          .filter(id -> client.get("/api/staff/" + id + "/pathway", admin).path("applications").size() > 0)
          .findFirst().map(String::valueOf);
    }
    return first(answer.json(), "id");
  }

  /** The ids of the people on focal.north's caseload. */
  private java.util.Set<String> fatimasCaseload() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    items(client.get("/api/caseload?size=200", Api.token("focal.north"))).forEach(r -> ids.add(r.path("id").asText()));
    return ids;
  }

  /** The lowest id in the list: the demo data's own record, whatever other tests have added since. */
  private static Optional<String> first(JsonNode listOrPage, String field) {
    return items(listOrPage).stream().map(i -> i.path(field)).filter(v -> !v.isMissingNode() && !v.isNull())
        .map(JsonNode::asLong).min(Long::compare).map(String::valueOf);
  }
}
