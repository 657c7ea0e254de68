package org.homeward.problem.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem details body.
 *
 * @param type a URN naming the kind of problem, stable for clients to switch on
 * @param title the kind of problem, in words
 * @param status the HTTP status
 * @param detail what happened in this case, in words
 * @param errors the bad fields, for invalid input
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One bad field. */
  public record FieldProblem(String field, String message) {}
}
