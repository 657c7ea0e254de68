package org.homeward.problem.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** A body JSON-B could not read: malformed JSON, an unknown enum value, a number that is text. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException e) {
    return problem(e, Locales.of(headers));
  }

  static Response problem(Throwable e, Locale locale) {
    JsonInput.Diagnosis diagnosis = JsonInput.diagnose(e);
    List<Problem.FieldProblem> errors =
        diagnosis.field() == null ? List.of() : List.of(new Problem.FieldProblem(diagnosis.field(), diagnosis.message()));
    return ProblemResponses.of(400, "invalid-input",
        ProblemMessages.text("problem.invalid-input.title", locale),
        ProblemMessages.text(diagnosis.field() == null ? "problem.malformed" : "problem.invalid", locale),
        errors);
  }
}
