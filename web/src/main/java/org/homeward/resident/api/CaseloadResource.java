package org.homeward.resident.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.EnumParam;
import org.homeward.api.PageJson;
import org.homeward.database.boundary.PageRequest;
import org.homeward.resident.boundary.ResidentFilter;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.ResidentStatus;

/** The signed-in focal point's caseload. */
@Path("caseload")
@Tag(name = "Residents")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

  @Inject Residents residents;

  @GET
  @Operation(summary = "The people the signed-in focal point accompanies, in every institution")
  public PageJson<ResidentJson> caseload(
      @QueryParam("status") String status,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    PageRequest page = PageRequest.of(first, size);
    return PageJson.of(residents.caseload(new ResidentFilter(null, EnumParam.parse(ResidentStatus.class, status, "status"), null), page),
        page, ResidentJson::of);
  }
}
