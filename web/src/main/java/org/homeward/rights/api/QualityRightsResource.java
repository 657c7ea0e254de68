package org.homeward.rights.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.rights.boundary.QualityRights;

/** An institution's WHO QualityRights assessments. Delegates to {@link QualityRights}, which checks access. */
@Path("institutions/{id}/quality-rights")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualityRightsResource {

  @Inject QualityRights qualityRights;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The institution's QualityRights assessments, oldest first, each with its theme shares (the ministry too)")
  public List<QualityRightsJson> assessments(@PathParam("id") long id) {
    var standards = qualityRights.standards();
    return qualityRights.assessments(id).stream().map(a -> QualityRightsJson.of(a, standards)).toList();
  }

  @POST
  @Operation(summary = "Record an assessment: date, assessors and each standard's score on the toolkit's scale")
  public Response record(@PathParam("id") long id, QualityRightsJson body) {
    var created = qualityRights.record(id, Bodies.required(body).toAssessment());
    return Created.at(uri, created.getId(), QualityRightsJson.of(created, qualityRights.standards()));
  }
}
