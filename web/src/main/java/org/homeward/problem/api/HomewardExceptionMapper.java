package org.homeward.problem.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.HomewardException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.NotAuthenticatedException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;

/**
 * Answers every expected failure of a use case: bad input 400, not signed in 401, outside role or
 * scope 403, no such record 404, a duplicate, stale edit or broken rule 409.
 */
@Provider
public class HomewardExceptionMapper implements ExceptionMapper<HomewardException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(HomewardException e) {
    Locale locale = Locales.of(headers);
    String type = type(e);
    return ProblemResponses.of(status(e), type,
        ProblemMessages.text("problem." + type + ".title", locale),
        ProblemMessages.text(e.key(), locale),
        ProblemMessages.fields(e.fieldErrors(), locale));
  }

  static int status(HomewardException e) {
    if (e instanceof InvalidInputException) {
      return 400;
    } else if (e instanceof NotAuthenticatedException) {
      return 401;
    } else if (e instanceof AccessDeniedException) {
      return 403;
    } else if (e instanceof RecordNotFoundException) {
      return 404;
    }
    return 409;
  }

  static String type(HomewardException e) {
    if (e instanceof InvalidInputException) {
      return "invalid-input";
    } else if (e instanceof NotAuthenticatedException) {
      return "unauthenticated";
    } else if (e instanceof AccessDeniedException) {
      return "forbidden";
    } else if (e instanceof RecordNotFoundException) {
      return "not-found";
    } else if (e instanceof StaleRecordException) {
      return "stale";
    } else if (e instanceof DuplicateRecordException) {
      return "duplicate";
    } else if (e instanceof RuleViolationException) {
      return "rule-violated";
    }
    return "conflict";
  }
}
