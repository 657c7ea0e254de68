package org.homeward.staff.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text as RFC 4180 describes it: a field in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""} for one {@code "}); lines end in LF or CRLF; blank
 * lines are skipped. Written here because the build has no CSV library to draw on.
 */
public final class CsvRecords {

  /** One record and the line of the text it starts on (1 for the first), for a report people can follow. */
  public record Line(int number, List<String> fields) {}

  /** The text cannot be read as CSV, e.g. a quote that is never closed. */
  public static class MalformedCsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedCsvException(String message) {
      super(message);
    }
  }

  private CsvRecords() {}

  public static List<Line> parse(String text) {
    List<Line> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldWasQuoted = false;
    int line = 1;
    int recordStart = 1;
    String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
        quoted = true;
        fieldWasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldWasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        addUnlessBlank(lines, recordStart, fields, fieldWasQuoted);
        fields = new ArrayList<>();
        field.setLength(0);
        fieldWasQuoted = false;
        line++;
        recordStart = line;
      } else if (fieldWasQuoted) {
        throw new MalformedCsvException("line " + line + ": text after a closing quote; double a quote inside a quoted field (\"\")");
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new MalformedCsvException("line " + recordStart + ": a quoted field is never closed");
    }
    fields.add(field.toString());
    addUnlessBlank(lines, recordStart, fields, fieldWasQuoted);
    return lines;
  }

  private static void addUnlessBlank(List<Line> lines, int number, List<String> fields, boolean lastWasQuoted) {
    boolean blank = fields.size() == 1 && fields.get(0).isBlank() && !lastWasQuoted;
    if (!blank) {
      lines.add(new Line(number, List.copyOf(fields)));
    }
  }
}
