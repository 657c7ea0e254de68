package org.homeward.security;

import static org.homeward.security.OpenApiDocument.list;
import static org.homeward.security.OpenApiDocument.map;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.institution.InstitutionsApi;
import org.homeward.system.Api;

/**
 * Records of the attacker's own to aim writes at, so that no other test finds a demo record
 * changed: an institution with a resident and a staff member, a committee member and a focal point
 * worker for it, and a user to change. Every other record a path names is made the first time it
 * is needed, as a copy of the demo institution's first record of the same kind (the bodies the
 * demo data shows are valid ones).
 */
final class AttackTargets {

  /**
   * Shared records the attacker cannot make their own: transfers offered to someone, and the
   * administrators' DHIS2 code mapping.
   */
  private static final java.util.Set<String> NOT_OURS = java.util.Set.of("/api/transfers", "/api/indicators/dhis2/mapping");

  /** Who tries each write: the first of them the operation does not refuse by role or scope. */
  final List<String> writers;

  private final String institution;
  private final String demoInstitution;
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, String> demoIds = new HashMap<>();
  private final Map<String, String> collections = new HashMap<>();
  private final Map<String, String> demoPaths = new HashMap<>();
  private final java.util.Set<String> resolving = new java.util.HashSet<>();

  AttackTargets() {
    demoInstitution = String.valueOf(InstitutionsApi.idOf("PH-N01"));
    institution = String.valueOf(Api.as("admin").body(AttacksIT.institutionBody("Attack target")).post("/api/institutions")
        .then().statusCode(201).extract().<Integer>path("id"));
    String committee = user("COMMITTEE", List.of(Integer.valueOf(institution)));
    String focal = user("FOCAL_POINT", List.of(Integer.valueOf(institution)));
    writers = List.of("admin", committee, focal, "finance");
    ids.put("/api/institutions", institution);
    demoIds.put("/api/institutions", demoInstitution);
    ids.put("/api/users", String.valueOf(Api.as("admin").get("/api/users?size=500").then().statusCode(200).extract()
        .<Integer>path("items.find { it.username == '" + user("FINANCE", List.of()) + "' }.id")));
    collections.put("/api/residents", "/api/institutions/{institution}/residents");
    collections.put("/api/staff", "/api/institutions/{institution}/staff");
    collections.put("/api/coercion-events", "/api/institutions/{institution}/coercion/events");
    collections.put("/api/complaints", "/api/institutions/{institution}/complaints");
  }

  /** The template's path on the attacker's records, each record made when first needed. */
  Optional<String> path(String template) {
    String[] segments = template.split("/");
    StringBuilder path = new StringBuilder();
    StringBuilder demo = new StringBuilder();
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      String demoSegment = segment;
      if (segment.startsWith("{")) {
        String key = path.toString();
        Optional<String[]> id = id(key, demo.toString());
        if (id.isEmpty()) {
          return Optional.empty();
        }
        segment = id.get()[0];
        demoSegment = id.get()[1];
      }
      path.append('/').append(segment);
      demo.append('/').append(demoSegment);
    }
    demoPaths.put(path.toString(), demo.toString());
    return Optional.of(path.toString());
  }

  /** The same path on the demo institution's records, where valid bodies can be read. */
  String demo(String path) {
    return demoPaths.getOrDefault(path, path);
  }

  /** A valid body for a new record of this collection, if the demo data shows one. */
  Optional<Map<String, Object>> newRecord(String collection, String demoCollection) {
    if (collection.endsWith("/plan")) {
      return Optional.of(new HashMap<>(Map.of("targetClosureOn", LocalDate.now().plusYears(3).toString())));
    }
    if (collection.equals("/api/users")) {
      return Optional.of(fresh(new HashMap<>(Map.of("username", "", "displayName", "Attacker's new user",
          "password", "a-good-long-password", "roles", List.of("FINANCE"), "institutionIds", List.of())), null));
    }
    return read(demoCollection).flatMap(c -> elements(c).stream().findFirst()).map(OpenApiDocument::map)
        .filter(m -> !m.isEmpty()).map(m -> {
          Map<String, Object> copy = new LinkedHashMap<>(m);
          copy.remove("id");
          copy.remove("version");
          ownReferences(copy);
          return fresh(copy, null);
        });
  }

  /** The demo record's references to other records, turned to the attacker's own or left out. */
  private void ownReferences(Map<String, Object> copy) {
    for (String key : List.copyOf(copy.keySet())) {
      if (!key.endsWith("Id") || copy.get(key) == null) {
        continue;
      }
      Optional<String> own = switch (key) {
        case "institutionId" -> Optional.of(institution);
        case "residentId" -> path("/api/residents/{residentId}").map(AttackTargets::last);
        case "unitId" -> path("/api/institutions/{id}/units/{unitId}").map(AttackTargets::last);
        case "staffId" -> path("/api/staff/{staffId}").map(AttackTargets::last);
        default -> Optional.empty();
      };
      if (own.isPresent()) {
        copy.put(key, Long.valueOf(own.get()));
      } else {
        copy.remove(key);
      }
    }
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The record as the API shows it: itself where it can be read, else its element in its collection. */
  Optional<Map<String, Object>> current(String path, boolean readable) {
    if (readable) {
      return read(path).map(OpenApiDocument::map).filter(m -> !m.isEmpty());
    }
    String id = path.substring(path.lastIndexOf('/') + 1);
    return read(path.substring(0, path.lastIndexOf('/'))).flatMap(c -> elements(c).stream().map(OpenApiDocument::map)
        .filter(e -> id.equals(String.valueOf(e.get("id")))).findFirst());
  }

  /** The body with new values in the fields that must be unique, except {@code keep}. */
  static Map<String, Object> fresh(Map<String, Object> body, String keep) {
    for (String unique : List.of("code", "identifier", "username")) {
      if (body.containsKey(unique) && !unique.equals(keep)) {
        String value = Api.uniqueCode("ATK");
        body.put(unique, "username".equals(unique) ? value.toLowerCase(Locale.ROOT).replace('-', '.') : value);
      }
    }
    return body;
  }

  /** The id for a parameter after {@code collection}, and the demo's id in the same place. */
  private Optional<String[]> id(String collection, String demoCollection) {
    if (ids.containsKey(collection)) {
      return Optional.of(new String[] {ids.get(collection), demoIds.getOrDefault(collection, ids.get(collection))});
    }
    String own = collections.getOrDefault(collection, collection).replace("{institution}", institution);
    String demo = collections.containsKey(collection)
        ? collections.get(collection).replace("{institution}", demoInstitution) : demoCollection;
    if (NOT_OURS.contains(own) || !resolving.add(own)) {
      return Optional.empty(); // not ours, or a record whose making needs itself
    }
    try {
      return ownId(collection, own, demo);
    } finally {
      resolving.remove(own);
    }
  }

  private Optional<String[]> ownId(String collection, String own, String demo) {
    // a collection under one of the attacker's records is theirs; a top-level one is shared: add one
    boolean shared = !own.matches(".*/[0-9]+(/.*)?");
    Optional<String> made = shared ? make(own, demo) : firstOf(own).or(() -> make(own, demo)).or(() -> lastInParent(own));
    Optional<String> demoId = firstOf(demo).or(() -> lastInParent(demo));
    made.ifPresent(id -> {
      ids.put(collection, id);
      demoId.ifPresent(d -> demoIds.put(collection, d));
    });
    return made.map(id -> new String[] {id, demoId.orElse(id)});
  }

  private Optional<String> make(String collection, String demoCollection) {
    Optional<Map<String, Object>> body = newRecord(collection, demoCollection);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    for (String writer : writers) {
      Response response = Api.as(writer).body(body.get()).post(collection);
      if (response.statusCode() == 201 || response.statusCode() == 200) {
        Object id = map(response.jsonPath().get("")).getOrDefault("id", map(response.jsonPath().get("")).get("number"));
        return Optional.ofNullable(id).map(String::valueOf).or(() -> firstOf(collection)).or(() -> lastInParent(collection));
      }
    }
    return Optional.empty();
  }

  private Optional<String> firstOf(String collection) {
    return read(collection).flatMap(c -> elements(c).stream().findFirst())
        .map(e -> map(e).containsKey("id") ? map(e).get("id") : map(e).get("number")).map(String::valueOf);
  }

  /** An element read only as part of its parent, such as a plan's latest revision. */
  private Optional<String> lastInParent(String collection) {
    String parent = collection.substring(0, collection.lastIndexOf('/'));
    String name = collection.substring(collection.lastIndexOf('/') + 1);
    List<Object> inParent = read(parent).map(p -> list(map(p).get(name))).orElse(List.of());
    if (inParent.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> last = map(inParent.get(inParent.size() - 1));
    return Optional.ofNullable(last.containsKey("number") ? last.get("number") : last.get("id")).map(String::valueOf);
  }

  private Optional<Object> read(String path) {
    for (String reader : writers) {
      Response response = Api.as(reader).get(path);
      if (response.statusCode() == 200 && response.contentType().contains("json")) {
        return Optional.ofNullable(response.jsonPath().get(""));
      }
    }
    return Optional.empty();
  }

  private static List<Object> elements(Object collection) {
    Map<String, Object> page = map(collection);
    return page.containsKey("items") ? list(page.get("items")) : list(collection);
  }

  private static String user(String role, List<Integer> institutions) {
    String username = "atk." + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    Api.as("admin").body(Map.of("username", username, "displayName", "Attacker's " + role.toLowerCase(Locale.ROOT),
        "password", Api.password(username), "roles", List.of(role), "institutionIds", institutions))
        .post("/api/users").then().statusCode(201);
    return username;
  }
}
