package org.homeward.problem.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * The JAX-RS runtime's own refusals (no such path 404, wrong method 405, wrong media type 415, an
 * unreadable body 400, a body too large 413) in the same problem shape as everything else.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    Locale locale = Locales.of(headers);
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
        return UnreadableBodyMapper.problem(e, locale);
      }
    }
    int status = e.getResponse().getStatus();
    if (status == 400) {
      return UnreadableBodyMapper.problem(e, locale);
    }
    if (status == 413) {
      return ProblemResponses.of(413, "too-large", ProblemMessages.text("problem.too-large.title", locale),
          ProblemMessages.text("problem.tooLarge", locale), List.of());
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String reason = known == null ? "Error" : known.getReasonPhrase();
    String type = status == 404 ? "not-found" : "http-" + status;
    return ProblemResponses.of(status, type, reason,
        status == 404 ? ProblemMessages.text("problem.notFound", locale) : reason, List.of());
  }
}
