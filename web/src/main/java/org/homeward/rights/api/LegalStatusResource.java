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
import org.homeward.rights.boundary.LegalStatuses;

/** A resident's voluntary or involuntary status as history. */
@Path("residents/{residentId}/legal-status")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalStatusResource {

  @Inject LegalStatuses statuses;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The person's voluntary or involuntary status over time, oldest first; the last is the status now")
  public List<LegalStatusJson> history(@PathParam("residentId") long residentId) {
    return statuses.history(residentId).stream().map(LegalStatusJson::of).toList();
  }

  @POST
  @Operation(summary = "Record the person's status from a date; an involuntary status names its legal basis")
  public Response record(@PathParam("residentId") long residentId, LegalStatusJson body) {
    var created = statuses.record(residentId, Bodies.required(body).toChange());
    return Created.at(uri, created.getId(), LegalStatusJson.of(created));
  }
}
