package org.homeward.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.system.Api;

/**
 * The running server's OpenAPI document, read as a client would, to find every operation that
 * takes a JSON body and every text field of those bodies, and to build a body from a schema.
 */
final class OpenApiDocument {

  /** An operation that takes a JSON body. */
  record Write(String method, String path, Map<String, Object> schema, boolean readable) {

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** An operation reading with text query parameters. */
  record Search(String path, List<String> textParameters) {}

  private final Map<String, Object> document;

  private OpenApiDocument(Map<String, Object> document) {
    this.document = document;
  }

  static OpenApiDocument read() {
    return new OpenApiDocument(Api.anonymous().accept("application/json").get("/openapi").then().statusCode(200)
        .extract().jsonPath().getMap(""));
  }

  /** Every POST and PUT with a JSON body; {@code readable} when a GET answers on the same path. */
  List<Write> jsonWrites() {
    List<Write> writes = new ArrayList<>();
    paths().forEach((path, item) -> {
      for (String method : List.of("post", "put")) {
        Map<String, Object> operation = map(item.get(method));
        Map<String, Object> json = map(map(map(operation.get("requestBody")).get("content")).get("application/json"));
        if (!json.isEmpty()) {
          writes.add(new Write(method.toUpperCase(java.util.Locale.ROOT), path.replaceAll(": [^}]+}", "}"),
              resolve(map(json.get("schema"))), item.containsKey("get")));
        }
      }
    });
    return writes;
  }

  /** Every GET with a query parameter that takes free text. */
  List<Search> searches() {
    List<Search> searches = new ArrayList<>();
    paths().forEach((path, item) -> {
      Map<String, Object> get = map(item.get("get"));
      List<String> text = new ArrayList<>();
      for (Object p : list(get.get("parameters"))) {
        Map<String, Object> parameter = map(p);
        Map<String, Object> schema = resolve(map(parameter.get("schema")));
        if ("query".equals(parameter.get("in")) && isText(schema)) {
          text.add((String) parameter.get("name"));
        }
      }
      if (!text.isEmpty()) {
        searches.add(new Search(path, text));
      }
    });
    return searches;
  }

  /** The names of a body's free-text properties: strings that are neither enums nor dates. */
  List<String> textProperties(Map<String, Object> schema) {
    List<String> names = new ArrayList<>();
    map(schema.get("properties")).forEach((name, property) -> {
      if (isText(resolve(map(property)))) {
        names.add(name);
      }
    });
    return names;
  }

  /** A body of the schema's shape with a plausible value in every property. */
  Object example(Map<String, Object> schema, int depth) {
    Map<String, Object> s = resolve(schema);
    List<Object> allowed = list(s.get("enum"));
    if (!allowed.isEmpty()) {
      return allowed.get(0);
    }
    String type = String.valueOf(s.get("type"));
    String format = String.valueOf(s.get("format"));
    switch (type) {
      case "string":
        return switch (format) {
          case "date" -> LocalDate.now().minusDays(1).toString();
          case "date-time" -> LocalDateTime.now().minusHours(2).withNano(0).toString();
          default -> "Example text";
        };
      case "integer":
      case "number":
        return 1;
      case "boolean":
        return false;
      case "array":
        return depth < 3 ? new ArrayList<>(List.of(example(map(s.get("items")), depth + 1))) : new ArrayList<>();
      default:
        Map<String, Object> body = new LinkedHashMap<>();
        if (depth < 4) {
          map(s.get("properties")).forEach((name, property) -> body.put(name, example(map(property), depth + 1)));
        }
        return body;
    }
  }

  private Map<String, Object> resolve(Map<String, Object> schema) {
    Object ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    String name = ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
    return map(map(map(document.get("components")).get("schemas")).get(name));
  }

  private static boolean isText(Map<String, Object> schema) {
    return "string".equals(schema.get("type")) && !schema.containsKey("enum")
        && !List.of("date", "date-time", "binary", "byte").contains(String.valueOf(schema.get("format")));
  }

  private Map<String, Map<String, Object>> paths() {
    Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
    map(document.get("paths")).forEach((path, item) -> paths.put(path, map(item)));
    return paths;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
