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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.problem.api.Locales;
import org.homeward.rights.boundary.CoercionRecords;

/** An institution's coercive practice events and their rates. Delegates to {@link CoercionRecords}, which checks access. */
@Path("institutions/{id}/coercion")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionCoercionResource {

  @Inject CoercionRecords records;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Path("events")
  @Operation(summary = "Events that started in the months from..to (e.g. 2026-01; default the last 12), latest first"
      + " (administrators, the institution's committee and focal points)")
  public List<CoerciveEventJson> events(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    YearMonth[] period = Months.period(from, to, clock);
    return records.events(id, period[0], period[1]).stream().map(e -> CoerciveEventJson.of(e, false)).toList();
  }

  @POST
  @Path("events")
  @Operation(summary = "Record a seclusion, restraint (with its type) or forced treatment, in a unit and to a resident where known")
  public Response record(@PathParam("id") long id, CoercionFactsJson body) {
    var created = records.record(id, Bodies.required(body).toFacts(), body.unitId(), body.residentId());
    return Response.created(uri.getBaseUriBuilder().path("coercion-events").path(String.valueOf(created.getId())).build())
        .entity(CoerciveEventJson.of(created, true)).build();
  }

  @POST
  @Path("events/import")
  @Consumes("text/csv")
  @Operation(summary = "Import a ward book in CSV: good rows are added whole, every other row is reported with its reasons")
  public WardBookReportJson importWardBook(@PathParam("id") long id, String csv) {
    return WardBookReportJson.of(records.importWardBook(id, csv), Locales.of(headers));
  }

  @GET
  @Path("figures")
  @Operation(summary = "Events per 1,000 resident-days by month and kind, hours of seclusion and restraint; no names."
      + " The ministry receives them through the small-cell rule of monitoring: small counts, and what would give them away, withheld")
  public CoercionFiguresJson figures(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
    YearMonth[] period = Months.period(from, to, clock);
    return CoercionFiguresJson.of(records.figures(id, period[0], period[1]));
  }
}
