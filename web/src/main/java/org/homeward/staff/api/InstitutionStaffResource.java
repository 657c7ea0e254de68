package org.homeward.staff.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.EnumParam;
import org.homeward.problem.api.Locales;
import org.homeward.staff.boundary.StaffRoster;
import org.homeward.staff.control.StaffFilter;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.Willingness;

/** An institution's staff roster, its CSV import and its figures. Delegates to {@link StaffRoster}, which checks access. */
@Path("institutions/{id}/staff")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionStaffResource {

  public static final String TEXT_CSV = "text/csv";

  @Inject StaffRoster roster;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The roster by name, filtered by role, willingness or status (administrators, the institution's committee)")
  public List<StaffMemberJson> members(@PathParam("id") long id, @QueryParam("role") String role,
      @QueryParam("willingness") String willingness, @QueryParam("status") String status) {
    StaffFilter filter = new StaffFilter(EnumParam.parse(StaffRole.class, role, "role"),
        EnumParam.parse(Willingness.class, willingness, "willingness"), EnumParam.parse(RedeploymentStatus.class, status, "status"));
    return roster.members(id, filter).stream().map(StaffMemberJson::of).toList();
  }

  @POST
  @Operation(summary = "Add a staff member to the roster")
  public Response add(@PathParam("id") long id, StaffMemberJson body) {
    var created = roster.add(id, Bodies.required(body).toMember());
    return Response.created(uri.getBaseUriBuilder().path("staff").path(String.valueOf(created.getId())).build())
        .entity(StaffMemberJson.of(created)).build();
  }

  @POST
  @Path("import")
  @Consumes(TEXT_CSV)
  @Operation(summary = "Import a roster from CSV: good rows are added whole, every other row is reported with its reasons")
  public ImportReportJson importRoster(@PathParam("id") long id, String csv) {
    return ImportReportJson.of(roster.importRoster(id, csv), Locales.of(headers));
  }

  @GET
  @Path("figures")
  @Operation(summary = "Counts by role, willingness and status, and training still needed per course; no names (also ministry, finance)")
  public StaffFiguresJson figures(@PathParam("id") long id) {
    return StaffFiguresJson.of(roster.figures(id), Locales.of(headers));
  }
}
