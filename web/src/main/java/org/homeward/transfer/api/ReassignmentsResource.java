package org.homeward.transfer.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.transfer.boundary.Reassignments;

/** The institution's focal point workers and the bulk reassignment of a leaving worker's cases. Delegates to {@link Reassignments}. */
@Path("institutions/{id}/focal-points")
@Tag(name = "Case transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReassignmentsResource {

  @Inject Reassignments reassignments;

  @GET
  @Operation(summary = "The focal point workers of the institution, each with their active cases there (the committee, administrators)")
  public List<WorkerLoadJson> workload(@PathParam("id") long id) {
    return reassignments.workload(id).stream().map(WorkerLoadJson::of).toList();
  }

  @POST
  @Path("reassignments")
  @Operation(summary = "Hand a leaving worker's active cases to other workers in one step, all or nothing; each person is to be asked again")
  public ReassignedJson reassign(@PathParam("id") long id, ReassignmentJson body) {
    Bodies.required(body);
    return ReassignedJson.of(reassignments.reassign(id, body.fromWorkerId(), body.toWorkerId(), body.handovers(), body.reason()));
  }
}
