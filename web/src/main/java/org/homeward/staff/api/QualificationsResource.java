package org.homeward.staff.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.problem.api.Locales;
import org.homeward.staff.boundary.StaffRoster;

/** The qualifications a staff member may hold, with the codes a roster uses. */
@Path("qualifications")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
public class QualificationsResource {

  @Inject StaffRoster roster;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The qualifications in reference order, with their codes")
  public List<CodeLabelJson> qualifications() {
    return roster.qualifications().stream().map(q -> CodeLabelJson.of(q, Locales.of(headers))).toList();
  }
}
