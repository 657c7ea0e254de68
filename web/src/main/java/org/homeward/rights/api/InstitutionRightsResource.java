package org.homeward.rights.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.rights.boundary.ActionIndicators;

/** The closure plan's rights improvements against the indicators they should move. Delegates to {@link ActionIndicators}, which checks access. */
@Path("institutions/{id}/rights")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionRightsResource {

  @Inject ActionIndicators indicators;

  @GET
  @Path("plan-actions")
  @Operation(summary = "The plan's actions that name an indicator, with the indicator month by month before and after the action's date"
      + " and whether it moved the right way (administrators, the committee, focal points)")
  public List<ActionTrendJson> planActions(@PathParam("id") long id) {
    return indicators.trends(id).stream().map(ActionTrendJson::of).toList();
  }
}
