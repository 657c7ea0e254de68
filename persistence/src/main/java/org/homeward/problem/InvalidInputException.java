package org.homeward.problem;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Input that breaks a field's rule: the request or form must be corrected. */
@ApplicationException(rollback = true)
public class InvalidInputException extends HomewardException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(List<FieldError> fieldErrors) {
    super("problem.invalid", fieldErrors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** The violations Bean Validation found, one field error each, in field order. */
  public static InvalidInputException of(Set<? extends ConstraintViolation<?>> violations) {
    return new InvalidInputException(
        violations.stream()
            .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList());
  }

  /**
   * Throws if Bean Validation found anything wrong ({@code violations}) or a rule across fields did
   * ({@code crossField}): all of it at once, so a form shows every field that needs correcting.
   */
  public static void throwIfAny(Set<? extends ConstraintViolation<?>> violations, List<FieldError> crossField) {
    if (violations.isEmpty() && crossField.isEmpty()) {
      return;
    }
    List<FieldError> all = new java.util.ArrayList<>(of(violations).fieldErrors());
    crossField.stream().filter(e -> all.stream().noneMatch(a -> a.field().equals(e.field()))).forEach(all::add);
    all.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
    throw new InvalidInputException(all);
  }

  /** Throws if there is any field error in {@code errors}. */
  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** Throws if Bean Validation finds anything wrong with {@code violations}' object. */
  public static void throwIfAny(Set<? extends ConstraintViolation<?>> violations) {
    if (!violations.isEmpty()) {
      throw of(violations);
    }
  }
}
