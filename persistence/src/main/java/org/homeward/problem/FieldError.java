package org.homeward.problem;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One bad field of a request or form.
 *
 * @param field the property path, named as in the API's JSON and the form's model (e.g. {@code
 *     bedCapacity}, {@code units[2].beds})
 * @param message what is wrong, already in words (Bean Validation's interpolated message), or a
 *     {@code {key}} of ValidationMessages
 */
public record FieldError(String field, String message) implements Serializable {

  /** An error on {@code endField} when both dates are known and the end comes before the start. */
  public static List<FieldError> orderedDates(LocalDate start, String endField, LocalDate end, String message) {
    return start != null && end != null && end.isBefore(start) ? List.of(new FieldError(endField, message)) : List.of();
  }
}
