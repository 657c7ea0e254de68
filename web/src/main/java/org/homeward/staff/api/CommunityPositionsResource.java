package org.homeward.staff.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.EnumParam;
import org.homeward.api.Versions;
import org.homeward.staff.boundary.CommunityPositions;
import org.homeward.staff.boundary.Redeployment;
import org.homeward.staff.entity.ServiceKind;

/** Openings in community services, the staff who fit them and the applications to them. The use cases check access. */
@Path("community-positions")
@Tag(name = "Community positions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityPositionsResource {

  @Inject CommunityPositions positions;
  @Inject Redeployment redeployment;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Positions by region and service, filtered by region, kind of service, or only those with an opening left")
  public List<PositionJson> positions(@QueryParam("region") String region, @QueryParam("kind") String kind,
      @QueryParam("open") boolean openOnly) {
    return positions.positions(region, EnumParam.parse(ServiceKind.class, kind, "kind"), openOnly).stream().map(PositionJson::of).toList();
  }

  @POST
  @Operation(summary = "Add a position (administrators, the ministry)")
  public Response add(PositionJson body) {
    var created = positions.add(Bodies.required(body).toPosition());
    return Created.at(uri, created.getId(), PositionJson.of(created));
  }

  @GET
  @Path("figures")
  @Operation(summary = "Staff by redeployment status and willingness over the caller's institutions (the country for national roles), and openings filled; no names")
  public RedeploymentFiguresJson figures() {
    return RedeploymentFiguresJson.of(positions.figures());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One position")
  public PositionJson position(@PathParam("id") long id) {
    return PositionJson.of(positions.position(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a position; openings cannot drop below the people accepted; send the version last read")
  public PositionJson update(@PathParam("id") long id, PositionJson body) {
    Versions.required(Bodies.required(body).version());
    return PositionJson.of(positions.update(id, body.toPosition()));
  }

  @GET
  @Path("{id}/candidates")
  @Operation(summary = "Staff of the caller's institutions who fit the position, best first, with the reasons (administrators, committees)")
  public List<StaffMatchJson> candidates(@PathParam("id") long id) {
    return redeployment.candidates(id).stream().map(StaffMatchJson::of).toList();
  }

  @GET
  @Path("{id}/applications")
  @Operation(summary = "Applications to the position from staff of the caller's institutions, latest first (administrators, committees)")
  public List<ApplicationJson> applications(@PathParam("id") long id) {
    return redeployment.applicationsTo(id).stream().map(ApplicationJson::of).toList();
  }
}
