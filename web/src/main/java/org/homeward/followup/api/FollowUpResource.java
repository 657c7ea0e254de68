package org.homeward.followup.api;

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
import org.homeward.followup.boundary.FollowUps;

/** Follow-up visits after the move. Delegates to {@link FollowUps}, which checks the caller may see the person. */
@Path("residents/{residentId}/follow-ups")
@Tag(name = "Follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

  @Inject FollowUps followUps;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The visits after the move, latest first")
  public List<FollowUpJson> visits(@PathParam("residentId") long residentId) {
    return followUps.visits(residentId).stream().map(FollowUpJson::of).toList();
  }

  @POST
  @Operation(summary = "Record a visit after the move and what it found")
  public Response record(@PathParam("residentId") long residentId, FollowUpJson body) {
    var created = followUps.record(residentId, Bodies.required(body).toVisit());
    return Created.at(uri, created.getId(), FollowUpJson.of(created));
  }
}
