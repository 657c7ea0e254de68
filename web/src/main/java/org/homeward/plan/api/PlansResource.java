package org.homeward.plan.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.plan.boundary.ClosurePlans;

/** Every closure plan in the caller's scope at a glance. */
@Path("plans")
@Tag(name = "Closure plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

  @Inject ClosurePlans plans;

  @GET
  @Operation(summary = "Each institution in scope with its plan's milestones by status; those slipping most first")
  public List<PlanSummaryJson> overview() {
    return plans.overview().stream().map(PlanSummaryJson::of).toList();
  }
}
