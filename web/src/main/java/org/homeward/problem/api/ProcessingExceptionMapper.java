package org.homeward.problem.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JAX-RS runtime's wrapper around a body it could not read: answered like {@link UnreadableBodyMapper}. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException e) {
    return UnreadableBodyMapper.problem(e, Locales.of(headers));
  }
}
