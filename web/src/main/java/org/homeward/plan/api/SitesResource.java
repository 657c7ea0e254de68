package org.homeward.plan.api;

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
import org.homeward.plan.boundary.RepurposingSites;

/** Buildings and land and their planned new use. Delegates to {@link RepurposingSites}, which checks access. */
@Path("institutions/{id}/sites")
@Tag(name = "Closure plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

  @Inject RepurposingSites records;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Buildings and land and their planned new use")
  public List<SiteJson> list(@PathParam("id") long id) {
    return records.list(id).stream().map(SiteJson::of).toList();
  }

  @POST
  @Operation(summary = "Add a building or piece of land (administrators, the committee)")
  public Response add(@PathParam("id") long id, SiteJson body) {
    var created = records.add(id, Bodies.required(body).toSite());
    return Created.at(uri, created.getId(), SiteJson.of(created));
  }

  @PUT
  @Path("{recordId}")
  @Operation(summary = "Change one; send the version last read")
  public SiteJson update(@PathParam("id") long id, @PathParam("recordId") long recordId, SiteJson body) {
    Versions.required(Bodies.required(body).version());
    return SiteJson.of(records.update(id, recordId, body.toSite()));
  }

  @DELETE
  @Path("{recordId}")
  @Operation(summary = "Remove one entered by mistake")
  public Response remove(@PathParam("id") long id, @PathParam("recordId") long recordId) {
    records.remove(id, recordId);
    return Response.noContent().build();
  }
}
