package org.homeward.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The expected answer of every {@code /api} operation to every kind of caller, read from
 * {@code authorization-matrix.txt} next to this class: one row per operation, one column per
 * caller. The file's header comment says what the columns and the answers mean.
 */
final class AuthorizationMatrix {

  /** What a caller should get: through the access check, or refused in one of three ways. */
  enum Answer {
    /** Past the access check: any answer but 401, 403, 404 or a server error (400 for a body is fine). */
    OK("ok"),
    UNAUTHENTICATED("401"),
    FORBIDDEN("403"),
    NOT_FOUND("404");

    private final String cell;

    Answer(String cell) {
      this.cell = cell;
    }

    static Answer of(String cell) {
      return Arrays.stream(values()).filter(a -> a.cell.equals(cell)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Unknown answer '" + cell + "' (ok, 401, 403 or 404)"));
    }

    boolean matches(int status) {
      return switch (this) {
        case OK -> status < 500 && status != 401 && status != 403 && status != 404;
        case UNAUTHENTICATED -> status == 401;
        case FORBIDDEN -> status == 403;
        case NOT_FOUND -> status == 404;
      };
    }

    @Override
    public String toString() {
      return cell;
    }
  }

  /** One operation: its method, its path as the OpenAPI document spells it, and the answer per caller. */
  record Row(String method, String path, Map<String, Answer> answers, int line) {

    String operation() {
      return method + " " + path;
    }
  }

  private final List<String> callers;
  private final Map<String, Row> rows;

  private AuthorizationMatrix(List<String> callers, Map<String, Row> rows) {
    this.callers = callers;
    this.rows = rows;
  }

  static AuthorizationMatrix load() {
    try (var in = AuthorizationMatrix.class.getResourceAsStream("authorization-matrix.txt")) {
      Objects.requireNonNull(in, "authorization-matrix.txt is missing");
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static AuthorizationMatrix parse(List<String> lines) {
    List<String> callers = null;
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\\s+"));
      if (callers == null) {
        if (!cells.get(0).equals("method") || !cells.get(1).equals("path")) {
          throw new IllegalArgumentException("line " + (i + 1) + ": the first row must be the header 'method path <callers...>'");
        }
        callers = List.copyOf(cells.subList(2, cells.size()));
        continue;
      }
      if (cells.size() != callers.size() + 2) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + (callers.size() + 2) + " cells expected, " + cells.size() + " found: " + line);
      }
      Map<String, Answer> answers = new LinkedHashMap<>();
      for (int c = 0; c < callers.size(); c++) {
        answers.put(callers.get(c), Answer.of(cells.get(c + 2)));
      }
      Row row = new Row(cells.get(0).toUpperCase(java.util.Locale.ROOT), cells.get(1), answers, i + 1);
      if (rows.put(row.operation(), row) != null) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + row.operation() + " has two rows");
      }
    }
    if (callers == null) {
      throw new IllegalArgumentException("the matrix has no header row");
    }
    return new AuthorizationMatrix(callers, rows);
  }

  List<String> callers() {
    return callers;
  }

  Map<String, Row> rows() {
    return rows;
  }

  /** The rows as the file would hold them, aligned: printed when the file and the server disagree. */
  String format(List<Row> toPrint) {
    int width = toPrint.stream().mapToInt(r -> r.method().length() + 1 + r.path().length()).max().orElse(20);
    List<String> out = new ArrayList<>();
    for (Row row : toPrint) {
      StringBuilder line = new StringBuilder(String.format("%-7s %-" + Math.max(1, width - 7) + "s", row.method(), row.path()));
      for (String caller : callers) {
        line.append(String.format(" %-" + caller.length() + "s", row.answers().get(caller)));
      }
      out.add(line.toString().stripTrailing());
    }
    return String.join("\n", out);
  }
}
