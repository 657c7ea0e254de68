package org.homeward.problem.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;

/** Bean Validation of a resource method's parameters and body: 400 naming each bad field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    Locale locale = Locales.of(headers);
    return ProblemResponses.of(400, "invalid-input",
        ProblemMessages.text("problem.invalid-input.title", locale),
        ProblemMessages.text("problem.invalid", locale),
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldProblem(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldProblem::field))
            .toList());
  }

  /** The parameter or body property named as the client wrote it: {@code bedCapacity}, not {@code update.arg1.bedCapacity}. */
  static String field(ConstraintViolation<?> violation) {
    String name = null;
    StringBuilder bodyPath = new StringBuilder();
    boolean inBody = false;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD -> { }
        case PARAMETER -> {
          name = node.getName();
          inBody = false;
        }
        case PROPERTY, CONTAINER_ELEMENT -> {
          inBody = true;
          if (bodyPath.length() > 0) {
            bodyPath.append('.');
          }
          bodyPath.append(node.getName());
        }
        default -> { }
      }
    }
    return inBody && bodyPath.length() > 0 ? bodyPath.toString() : name == null ? "body" : name;
  }
}
