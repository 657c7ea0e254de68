package org.homeward.assessment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.assessment.boundary.NeedsAssessments;
import org.homeward.problem.api.Locales;

/** The assessment frameworks Homeward knows, with their domain codes. */
@Path("assessment-frameworks")
@Tag(name = "Needs assessment")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworksResource {

  @Inject NeedsAssessments assessments;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The frameworks (WHO Box 10, Camberwell Assessment of Need) and their domains")
  public List<FrameworkJson> frameworks() {
    return assessments.frameworks().stream().map(f -> FrameworkJson.of(f, Locales.of(headers))).toList();
  }
}
