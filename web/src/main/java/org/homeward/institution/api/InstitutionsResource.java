package org.homeward.institution.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.homeward.api.EnumParam;
import org.homeward.api.PageJson;
import org.homeward.api.Versions;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.boundary.InstitutionFilter;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Unit;

/** The institution registry. Translates JSON and delegates to {@link Institutions}, which checks access. */
@Path("institutions")
@Tag(name = "Institutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionsResource {

  @Inject Institutions institutions;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "List institutions in the caller's scope, paged, filtered and sorted")
  public PageJson<InstitutionJson> list(
      @QueryParam("q") String text,
      @QueryParam("region") String region,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("sort") @DefaultValue("name") String sort,
      @QueryParam("order") @DefaultValue("asc") String order) {
    PageRequest page = new PageRequest(first, size, sort, !"desc".equalsIgnoreCase(order));
    InstitutionFilter filter = new InstitutionFilter(text, region,
        EnumParam.parse(InstitutionType.class, type, "type"), EnumParam.parse(InstitutionStatus.class, status, "status"));
    return PageJson.of(institutions.search(filter, page), page, InstitutionJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One institution")
  public InstitutionJson get(@PathParam("id") long id) {
    return InstitutionJson.of(institutions.find(id));
  }

  @POST
  @Operation(summary = "Register an institution (administrators)")
  public Response create(InstitutionJson body) {
    Institution created = institutions.register(Bodies.required(body).toInstitution());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .entity(InstitutionJson.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change an institution (administrators, its committee); send the version last read")
  public InstitutionJson update(@PathParam("id") long id, InstitutionJson body) {
    Versions.required(Bodies.required(body).version());
    return InstitutionJson.of(institutions.update(id, body.toInstitution()));
  }

  @GET
  @Path("{id}/units")
  @Operation(summary = "The units or wards of an institution")
  public List<UnitJson> units(@PathParam("id") long id) {
    return institutions.units(id).stream().map(UnitJson::of).toList();
  }

  @POST
  @Path("{id}/units")
  @Operation(summary = "Add a unit or ward")
  public Response addUnit(@PathParam("id") long id, UnitJson body) {
    Unit created = institutions.addUnit(id, Bodies.required(body).toUnit());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .entity(UnitJson.of(created))
        .build();
  }

  @PUT
  @Path("{id}/units/{unitId}")
  @Operation(summary = "Change a unit or ward; send the version last read")
  public UnitJson updateUnit(@PathParam("id") long id, @PathParam("unitId") long unitId, UnitJson body) {
    Versions.required(Bodies.required(body).version());
    return UnitJson.of(institutions.updateUnit(id, unitId, body.toUnit()));
  }

  @DELETE
  @Path("{id}/units/{unitId}")
  @Operation(summary = "Remove a unit or ward entered by mistake")
  public Response removeUnit(@PathParam("id") long id, @PathParam("unitId") long unitId) {
    institutions.removeUnit(id, unitId);
    return Response.noContent().build();
  }
}
