package org.homeward.assessment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.Versions;
import org.homeward.assessment.boundary.NeedsAssessments;
import org.homeward.assessment.entity.NeedsAssessment;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.api.Locales;

/** A person's needs assessments. Delegates to {@link NeedsAssessments}, which checks the caller may see the person. */
@Path("residents/{residentId}/assessments")
@Tag(name = "Needs assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

  @Inject NeedsAssessments assessments;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The person's needs assessments, latest first, with totals and where views differ")
  public List<AssessmentJson> assessments(@PathParam("residentId") long residentId) {
    return assessments.assessments(residentId).stream().map(a -> AssessmentJson.of(a, Locales.of(headers))).toList();
  }

  @GET
  @Path("{assessmentId: [0-9]+}")
  @Operation(summary = "One needs assessment")
  public AssessmentJson assessment(@PathParam("residentId") long residentId, @PathParam("assessmentId") long assessmentId) {
    return AssessmentJson.of(assessments.assessment(residentId, assessmentId), Locales.of(headers));
  }

  @POST
  @Operation(summary = "Record a needs assessment in one framework's domains")
  public Response record(@PathParam("residentId") long residentId, AssessmentJson body) {
    NeedsAssessment created = assessments.record(residentId, Bodies.required(body).toAssessment(assessments::framework));
    return Created.at(uri, created.getId(), AssessmentJson.of(created, Locales.of(headers)));
  }

  @PUT
  @Path("{assessmentId: [0-9]+}")
  @Operation(summary = "Change an assessment (send the version read); domains left out are removed")
  public AssessmentJson update(@PathParam("residentId") long residentId, @PathParam("assessmentId") long assessmentId,
      AssessmentJson body) {
    Versions.required(Bodies.required(body).version());
    return AssessmentJson.of(assessments.update(residentId, assessmentId, body.toAssessment(assessments::framework)),
        Locales.of(headers));
  }

  @GET
  @Path("compare")
  @Operation(summary = "Compare two assessments in the same framework: totals and what changed")
  public ComparisonJson compare(@PathParam("residentId") long residentId, @QueryParam("from") Long from,
      @QueryParam("to") Long to) {
    if (from == null || to == null) {
      throw new InvalidInputException(from == null ? "from" : "to", "{assessment.compare.choose}");
    }
    return ComparisonJson.of(assessments.compare(residentId, from, to), Locales.of(headers));
  }
}
