package org.homeward.rights.control;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.CoercionFacts;
import org.homeward.rights.entity.RestraintType;
import org.homeward.staff.control.CsvRecords;

/**
 * A month of a ward book in CSV: a header row naming the columns, then one coercive practice event a
 * row. Each row becomes draft facts, the unit and person it names, and the field errors found reading
 * it, named by the file's own columns, so that a row is either taken whole or refused with every
 * reason. The CSV itself is read by the staff feature's {@link CsvRecords}.
 */
public final class WardBookCsv {

  public static final List<String> COLUMNS = List.of("started_at", "ended_at", "category", "restraint_type", "unit", "resident",
      "authorised_by", "reason", "de_escalation_tried", "de_escalation", "injuries");
  private static final Set<String> REQUIRED = Set.of("started_at", "category", "authorised_by", "reason", "de_escalation_tried");
  private static final Map<String, String> COLUMN_OF_PROPERTY = Map.ofEntries(Map.entry("startedAt", "started_at"),
      Map.entry("endedAt", "ended_at"), Map.entry("category", "category"), Map.entry("restraintType", "restraint_type"),
      Map.entry("unitId", "unit"), Map.entry("residentId", "resident"), Map.entry("authorisedBy", "authorised_by"),
      Map.entry("reason", "reason"), Map.entry("deEscalationTried", "de_escalation_tried"), Map.entry("deEscalation", "de_escalation"),
      Map.entry("injuries", "injuries"));
  private static final DateTimeFormatter WARD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** One data row: its line in the file, the facts it gives, the unit name and resident identifier it names, and what is wrong with it. */
  public record Row(int line, CoercionFacts draft, String unit, String resident, List<FieldError> errors) {}

  private WardBookCsv() {}

  /** Reads every row; a file without a usable header, or that is not CSV at all, is refused as a whole. */
  public static List<Row> read(String text) {
    List<CsvRecords.Line> lines;
    try {
      lines = CsvRecords.parse(text == null ? "" : text);
    } catch (CsvRecords.MalformedCsvException e) {
      throw new InvalidInputException("file", e.getMessage());
    }
    if (lines.isEmpty()) {
      throw new InvalidInputException("file", "{rights.import.header}");
    }
    List<String> header = lines.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (!COLUMNS.containsAll(header) || !header.containsAll(REQUIRED) || new LinkedHashSet<>(header).size() != header.size()) {
      throw new InvalidInputException("file", "{rights.import.header}");
    }
    return lines.subList(1, lines.size()).stream().map(line -> row(line, header)).toList();
  }

  /** The file's column for a property of {@link CoercionFacts}, for Bean Validation's and the rules' findings. */
  public static String columnOf(String property) {
    return COLUMN_OF_PROPERTY.getOrDefault(property, property);
  }

  private static Row row(CsvRecords.Line line, List<String> header) {
    List<FieldError> errors = new ArrayList<>();
    CoercionFacts draft = new CoercionFacts();
    if (line.fields().size() != header.size()) {
      errors.add(new FieldError("row", "has " + line.fields().size() + " fields where the header names " + header.size()));
      return new Row(line.number(), draft, null, null, errors);
    }
    String unit = null;
    String resident = null;
    for (int i = 0; i < header.size(); i++) {
      String value = line.fields().get(i).strip();
      String column = header.get(i);
      switch (column) {
        case "started_at" -> draft.setStartedAt(time(value, column, errors));
        case "ended_at" -> draft.setEndedAt(time(value, column, errors));
        case "category" -> draft.setCategory(constant(CoercionCategory.class, value, column, errors));
        case "restraint_type" -> draft.setRestraintType(constant(RestraintType.class, value, column, errors));
        case "unit" -> unit = blankToNull(value);
        case "resident" -> resident = blankToNull(value);
        case "authorised_by" -> draft.setAuthorisedBy(blankToNull(value));
        case "reason" -> draft.setReason(blankToNull(value));
        case "de_escalation_tried" -> draft.setDeEscalationTried(yesNo(value, column, errors));
        case "de_escalation" -> draft.setDeEscalation(blankToNull(value));
        case "injuries" -> draft.setInjuries(blankToNull(value));
        default -> throw new IllegalStateException("unchecked column " + column);
      }
    }
    return new Row(line.number(), draft, unit, resident, errors);
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  /** {@code 2026-03-14 22:40} or {@code 2026-03-14T22:40}. */
  static LocalDateTime time(String value, String column, List<FieldError> errors) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.replace('T', ' '), WARD_TIME);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(column, "must be a date and time such as 2026-03-14 22:40"));
      return null;
    }
  }

  static Boolean yesNo(String value, String column, List<FieldError> errors) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "" -> null;
      case "yes", "true", "y" -> Boolean.TRUE;
      case "no", "false", "n" -> Boolean.FALSE;
      default -> {
        errors.add(new FieldError(column, "must be yes or no"));
        yield null;
      }
    };
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String column, List<FieldError> errors) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(column, "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
      return null;
    }
  }
}
