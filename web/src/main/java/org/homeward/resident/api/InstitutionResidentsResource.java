package org.homeward.resident.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.EnumParam;
import org.homeward.api.PageJson;
import org.homeward.database.boundary.PageRequest;
import org.homeward.resident.boundary.ResidentFilter;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;

/** An institution's residents. Delegates to {@link Residents}, which checks role, scope and caseload. */
@Path("institutions/{id}/residents")
@Tag(name = "Residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionResidentsResource {

  @Inject Residents residents;

  @GET
  @Operation(summary = "The institution's residents (a focal point: only the people they accompany), paged; not for the ministry")
  public PageJson<ResidentJson> list(
      @PathParam("id") long id,
      @QueryParam("q") String text,
      @QueryParam("status") String status,
      @QueryParam("complexSupportNeeds") Boolean complex,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    PageRequest page = PageRequest.of(first, size);
    ResidentFilter filter = new ResidentFilter(text, EnumParam.parse(ResidentStatus.class, status, "status"), complex);
    return PageJson.of(residents.search(id, filter, page), page, ResidentJson::of);
  }

  @POST
  @Operation(summary = "Admit a person (administrators, the committee); after admissions stopped, with the reason")
  public Response admit(@PathParam("id") long id, ResidentJson body) {
    Resident admitted = residents.admit(id, Bodies.required(body).toResident(), body.unitId());
    return Response.created(jakarta.ws.rs.core.UriBuilder.fromPath("/api/residents/{rid}").build(admitted.getId()))
        .entity(ResidentJson.of(admitted)).build();
  }

  @GET
  @Path("figures")
  @Operation(summary = "The residents in numbers only: by status, complex support needs, admissions after the stop (the ministry too)")
  public FiguresJson figures(@PathParam("id") long id) {
    return FiguresJson.of(residents.figures(id));
  }
}
