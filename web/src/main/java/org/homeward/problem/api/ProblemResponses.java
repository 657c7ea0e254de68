package org.homeward.problem.api;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the one problem response shape every mapper answers with. */
final class ProblemResponses {

  private ProblemResponses() {}

  static Response of(int status, String type, String title, String detail, List<Problem.FieldProblem> errors) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("urn:homeward:problem:" + type, title, status, detail, errors == null || errors.isEmpty() ? null : errors))
        .build();
  }
}
