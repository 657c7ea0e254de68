package org.homeward.placement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.homeward.api.Versions;
import org.homeward.placement.boundary.Placements;
import org.homeward.problem.RecordNotFoundException;

/** Where a person will live. Delegates to {@link Placements}, which checks the caller may see the person. */
@Path("residents/{residentId}")
@Tag(name = "Living arrangements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacementResource {

  @Inject Placements placements;
  @Context UriInfo uri;

  @GET
  @Path("living-options")
  @Operation(summary = "The options explored with the person, with their view of each")
  public List<LivingOptionJson> options(@PathParam("residentId") long residentId) {
    return placements.options(residentId).stream().map(LivingOptionJson::of).toList();
  }

  @POST
  @Path("living-options")
  @Operation(summary = "Record an option explored")
  public Response addOption(@PathParam("residentId") long residentId, LivingOptionJson body) {
    var created = placements.addOption(residentId, Bodies.required(body).toOption());
    return Created.at(uri, created.getId(), LivingOptionJson.of(created));
  }

  @PUT
  @Path("living-options/{optionId}")
  @Operation(summary = "Change an option; send the version last read")
  public LivingOptionJson updateOption(@PathParam("residentId") long residentId, @PathParam("optionId") long optionId,
      LivingOptionJson body) {
    Versions.required(Bodies.required(body).version());
    return LivingOptionJson.of(placements.updateOption(residentId, optionId, body.toOption()));
  }

  @POST
  @Path("living-options/{optionId}/choice")
  @Operation(summary = "Record that the person chose this option")
  public LivingOptionJson choose(@PathParam("residentId") long residentId, @PathParam("optionId") long optionId) {
    return LivingOptionJson.of(placements.choose(residentId, optionId));
  }

  @DELETE
  @Path("living-options/{optionId}")
  @Operation(summary = "Remove an option entered by mistake")
  public Response removeOption(@PathParam("residentId") long residentId, @PathParam("optionId") long optionId) {
    placements.removeOption(residentId, optionId);
    return Response.noContent().build();
  }

  @GET
  @Path("placement")
  @Operation(summary = "The placement secured (404 while there is none)")
  public PlacementJson placement(@PathParam("residentId") long residentId) {
    return placements.placement(residentId).map(p -> PlacementJson.of(p, placements.maxUnrelated()))
        .orElseThrow(() -> new RecordNotFoundException("Placement", residentId));
  }

  @PUT
  @Path("placement")
  @Operation(summary = "Record or change the placement; a possible mini-institution needs a justification")
  public PlacementJson savePlacement(@PathParam("residentId") long residentId, PlacementJson body) {
    return PlacementJson.of(placements.savePlacement(residentId, Bodies.required(body).toPlacement()), placements.maxUnrelated());
  }

  @GET
  @Path("pre-move-discussions")
  @Operation(summary = "The pre-move discussions, latest first")
  public List<DiscussionJson> discussions(@PathParam("residentId") long residentId) {
    return placements.discussions(residentId).stream().map(DiscussionJson::of).toList();
  }

  @POST
  @Path("pre-move-discussions")
  @Operation(summary = "Record a pre-move discussion and each service it went through")
  public Response addDiscussion(@PathParam("residentId") long residentId, DiscussionJson body) {
    var created = placements.addDiscussion(residentId, Bodies.required(body).toDiscussion());
    return Created.at(uri, created.getId(), DiscussionJson.of(created));
  }

  @PUT
  @Path("pre-move-discussions/{discussionId}")
  @Operation(summary = "Change a pre-move discussion, e.g. confirm a service; send the version last read")
  public DiscussionJson updateDiscussion(@PathParam("residentId") long residentId, @PathParam("discussionId") long discussionId,
      DiscussionJson body) {
    Versions.required(Bodies.required(body).version());
    return DiscussionJson.of(placements.updateDiscussion(residentId, discussionId, body.toDiscussion()));
  }
}
