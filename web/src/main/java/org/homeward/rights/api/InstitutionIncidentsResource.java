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
import org.homeward.rights.boundary.Incidents;

/** An institution's reports of abuse, neglect and violence, its deaths, and their figures. Delegates to {@link Incidents}, which checks access. */
@Path("institutions/{id}/incidents")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionIncidentsResource {

  @Inject Incidents incidents;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Reports of abuse, neglect or violence of the last 12 months, latest first (administrators, the committee, focal points)")
  public List<IncidentJson> reports(@PathParam("id") long id) {
    return incidents.reports(id).stream().map(IncidentJson::of).toList();
  }

  @POST
  @Operation(summary = "Record a report of abuse, neglect or violence, linked to a resident where known")
  public Response report(@PathParam("id") long id, IncidentJson body) {
    var created = incidents.report(id, Bodies.required(body).toIncident(), body.residentId());
    return Created.at(uri, created.getId(), IncidentJson.of(created));
  }

  @GET
  @Path("deaths")
  @Operation(summary = "Deaths of the last 12 months, latest first (administrators, the committee, focal points)")
  public List<DeathJson> deaths(@PathParam("id") long id) {
    return incidents.deaths(id).stream().map(DeathJson::of).toList();
  }

  @POST
  @Path("deaths")
  @Operation(summary = "Record a death: the date, the cause as recorded, whether it was reviewed independently and by whom")
  public Response recordDeath(@PathParam("id") long id, DeathJson body) {
    var created = incidents.recordDeath(id, Bodies.required(body).toDeath(), body.residentId());
    return Created.at(uri, created.getId(), DeathJson.of(created));
  }

  @GET
  @Path("figures")
  @Operation(summary = "Reports by kind and deaths (reviewed independently or not) of the last 12 months; no names. The ministry receives"
      + " small counts withheld")
  public IncidentFiguresJson figures(@PathParam("id") long id) {
    return IncidentFiguresJson.of(incidents.figures(id));
  }
}
