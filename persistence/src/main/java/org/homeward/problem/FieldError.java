package org.homeward.problem;

/**
 * One bad field of a request or form.
 *
 * @param field the property path, named as in the API's JSON and the form's model (e.g. {@code
 *     bedCapacity}, {@code units[2].beds})
 * @param message what is wrong, already in words (Bean Validation's interpolated message)
 */
public record FieldError(String field, String message) {}
