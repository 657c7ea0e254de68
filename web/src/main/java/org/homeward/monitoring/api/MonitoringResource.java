package org.homeward.monitoring.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.monitoring.boundary.NationalDashboard;

/** The national dashboard's figures. The use case checks role and scope and suppresses small counts. */
@Path("monitoring")
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

  @Inject NationalDashboard dashboard;

  @GET
  @Path("dashboard")
  @Operation(summary = "The country by region, or one region by institution: institutions, milestones, residents, staff, outcomes after moves; small counts suppressed")
  public DashboardJson dashboard(@QueryParam("region") String region) {
    return DashboardJson.of(dashboard.dashboard(region));
  }
}
