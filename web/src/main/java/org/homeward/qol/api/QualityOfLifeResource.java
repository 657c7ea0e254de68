package org.homeward.qol.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.qol.boundary.QualityOfLifeChecks;

/** Quality-of-life checks with the person. Delegates to {@link QualityOfLifeChecks}, which checks the caller may see the person. */
@Path("residents/{residentId}/quality-of-life")
@Tag(name = "Quality of life")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualityOfLifeResource {

  @Inject QualityOfLifeChecks checks;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The checks, latest first, when the next is due, and the ratings side by side (domains as rows, checks as columns)")
  public QualityOfLifeOverviewJson overview(@PathParam("residentId") long residentId) {
    return QualityOfLifeOverviewJson.of(checks.checks(residentId), checks.nextCheckDue(residentId));
  }

  @POST
  @Operation(summary = "Record a check with the person: before the move, or at about one or two years after it")
  public Response record(@PathParam("residentId") long residentId, QualityOfLifeJson body) {
    var created = checks.record(residentId, Bodies.required(body).toCheck());
    return Created.at(uri, created.getId(), QualityOfLifeJson.of(created));
  }
}
