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
import org.homeward.plan.boundary.Consultations;

/** Consultation events of the communication strategy, latest first. Delegates to {@link Consultations}, which checks access. */
@Path("institutions/{id}/consultations")
@Tag(name = "Closure plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationsResource {

  @Inject Consultations records;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Consultation events of the communication strategy, latest first")
  public List<ConsultationJson> list(@PathParam("id") long id) {
    return records.list(id).stream().map(ConsultationJson::of).toList();
  }

  @POST
  @Operation(summary = "Record a consultation event (administrators, the committee)")
  public Response add(@PathParam("id") long id, ConsultationJson body) {
    var created = records.add(id, Bodies.required(body).toEvent());
    return Created.at(uri, created.getId(), ConsultationJson.of(created));
  }

  @PUT
  @Path("{recordId}")
  @Operation(summary = "Change one; send the version last read")
  public ConsultationJson update(@PathParam("id") long id, @PathParam("recordId") long recordId, ConsultationJson body) {
    Versions.required(Bodies.required(body).version());
    return ConsultationJson.of(records.update(id, recordId, body.toEvent()));
  }

  @DELETE
  @Path("{recordId}")
  @Operation(summary = "Remove one entered by mistake")
  public Response remove(@PathParam("id") long id, @PathParam("recordId") long recordId) {
    records.remove(id, recordId);
    return Response.noContent().build();
  }
}
