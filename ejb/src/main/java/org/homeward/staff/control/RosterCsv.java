package org.homeward.staff.control;

import java.math.BigDecimal;
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
import org.homeward.staff.entity.ContractType;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;

/**
 * A roster in CSV: a header row naming the columns, then one staff member a row. Each row becomes a
 * draft and the field errors found reading it, named by the file's own column names, so that a row
 * is either taken whole or refused with every reason.
 */
public final class RosterCsv {

  public static final List<String> COLUMNS =
      List.of("name", "role", "qualifications", "years_of_service", "fte", "contract_type", "region", "background");
  private static final Set<String> REQUIRED = Set.of("name", "role", "years_of_service", "fte", "contract_type");
  private static final Map<String, String> COLUMN_OF_PROPERTY = Map.of("name", "name", "role", "role", "yearsOfService",
      "years_of_service", "fte", "fte", "contractType", "contract_type", "region", "region", "background", "background");

  /** One data row: its line in the file, the staff member it describes and what is wrong with it. */
  public record Row(int line, StaffMember draft, List<FieldError> errors) {}

  private RosterCsv() {}

  /** Reads every row; a file without a usable header, or that is not CSV at all, is refused as a whole. */
  public static List<Row> read(String text, Map<String, Qualification> known) {
    List<CsvRecords.Line> lines;
    try {
      lines = CsvRecords.parse(text == null ? "" : text);
    } catch (CsvRecords.MalformedCsvException e) {
      throw new InvalidInputException("file", e.getMessage());
    }
    if (lines.isEmpty()) {
      throw new InvalidInputException("file", "{staff.import.header}");
    }
    List<String> header = lines.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    if (!COLUMNS.containsAll(header) || !header.containsAll(REQUIRED) || new LinkedHashSet<>(header).size() != header.size()) {
      throw new InvalidInputException("file", "{staff.import.header}");
    }
    return lines.subList(1, lines.size()).stream().map(line -> row(line, header, known)).toList();
  }

  /** The file's column for a property of {@link StaffMember}, for Bean Validation's findings. */
  public static String columnOf(String property) {
    return COLUMN_OF_PROPERTY.getOrDefault(property, property);
  }

  private static Row row(CsvRecords.Line line, List<String> header, Map<String, Qualification> known) {
    List<FieldError> errors = new ArrayList<>();
    StaffMember draft = new StaffMember();
    if (line.fields().size() != header.size()) {
      errors.add(new FieldError("row", "has " + line.fields().size() + " fields where the header names " + header.size()));
      int name = header.indexOf("name");
      if (name < line.fields().size()) {
        draft.setName(blankToNull(line.fields().get(name).strip()));
      }
      return new Row(line.number(), draft, errors);
    }
    for (int i = 0; i < header.size(); i++) {
      String value = line.fields().get(i).strip();
      String column = header.get(i);
      switch (column) {
        case "name" -> draft.setName(blankToNull(value));
        case "role" -> draft.setRole(constant(StaffRole.class, value, column, errors));
        case "qualifications" -> draft.setQualifications(qualifications(value, known, errors));
        case "years_of_service" -> draft.setYearsOfService(wholeNumber(value, column, errors));
        case "fte" -> draft.setFte(decimal(value, column, errors));
        case "contract_type" -> draft.setContractType(constant(ContractType.class, value, column, errors));
        case "region" -> draft.setRegion(blankToNull(value));
        case "background" -> draft.setBackground(blankToNull(value));
        default -> throw new IllegalStateException("unchecked column " + column);
      }
    }
    return new Row(line.number(), draft, errors);
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String column, List<FieldError> errors) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(column, "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
      return null;
    }
  }

  private static Integer wholeNumber(String value, String column, List<FieldError> errors) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.add(new FieldError(column, "must be a whole number"));
      return null;
    }
  }

  private static BigDecimal decimal(String value, String column, List<FieldError> errors) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      errors.add(new FieldError(column, "must be a number such as 0.5"));
      return null;
    }
  }

  /** Codes separated by semicolons; every unknown code is named. */
  static Set<Qualification> qualifications(String value, Map<String, Qualification> known, List<FieldError> errors) {
    Set<Qualification> found = new LinkedHashSet<>();
    for (String code : value.split(";")) {
      String trimmed = code.strip().toUpperCase(Locale.ROOT);
      if (trimmed.isEmpty()) {
        continue;
      }
      Qualification qualification = known.get(trimmed);
      if (qualification == null) {
        errors.add(new FieldError("qualifications", "unknown qualification code: " + trimmed));
      } else {
        found.add(qualification);
      }
    }
    return found;
  }
}
