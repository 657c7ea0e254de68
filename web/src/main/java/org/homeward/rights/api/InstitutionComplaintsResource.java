package org.homeward.rights.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.rights.boundary.Complaints;

/** An institution's complaints and their figures. Delegates to {@link Complaints}, which checks access. */
@Path("institutions/{id}/complaints")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionComplaintsResource {

  @Inject Complaints complaints;
  @Inject Clock clock;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Complaints received in the last 12 months or still awaiting an answer, latest first; with overdue=true only"
      + " those whose answer is late, longest waiting first (administrators, the institution's committee and focal points)")
  public List<ComplaintJson> complaints(@PathParam("id") long id, @QueryParam("overdue") boolean overdue) {
    LocalDate today = LocalDate.now(clock);
    return (overdue ? complaints.overdue(id) : complaints.complaints(id)).stream().map(c -> ComplaintJson.of(c, today)).toList();
  }

  @POST
  @Operation(summary = "Record a complaint received, by the resident or on their behalf, anonymous if so made")
  public Response receive(@PathParam("id") long id, ComplaintJson body) {
    var created = complaints.receive(id, Bodies.required(body).toComplaint(), body.residentId());
    return Response.created(uri.getBaseUriBuilder().path("complaints").path(String.valueOf(created.getId())).build())
        .entity(ComplaintJson.of(created, LocalDate.now(clock))).build();
  }

  @GET
  @Path("figures")
  @Operation(summary = "Complaints by status, those awaiting an answer by age, overdue, answered on time or late; no names."
      + " The ministry receives small counts withheld")
  public ComplaintFiguresJson figures(@PathParam("id") long id) {
    return ComplaintFiguresJson.of(complaints.figures(id));
  }
}
