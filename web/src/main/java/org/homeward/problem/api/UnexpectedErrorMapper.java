package org.homeward.problem.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure nobody expected: a defect. The client gets a problem body with an incident id and no
 * detail of the inside; the log gets the stack trace under the same id.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    Locale locale = Locales.of(headers);
    return ProblemResponses.of(500, "unexpected",
        ProblemMessages.text("problem.unexpected.title", locale),
        ProblemMessages.text("problem.unexpected", locale).replace("{0}", incident), List.of());
  }
}
