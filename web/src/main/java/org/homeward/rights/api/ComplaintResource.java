package org.homeward.rights.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.EnumParam;
import org.homeward.api.Versions;
import org.homeward.rights.boundary.Complaints;
import org.homeward.rights.entity.ComplaintStatus;

/** One complaint and its handling. */
@Path("complaints/{complaintId}")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

  @Inject Complaints complaints;
  @Inject Clock clock;

  @GET
  @Operation(summary = "A complaint with its age and whether its answer is overdue")
  public ComplaintJson complaint(@PathParam("complaintId") long complaintId) {
    return ComplaintJson.of(complaints.complaint(complaintId), LocalDate.now(clock));
  }

  @PUT
  @Path("status")
  @Operation(summary = "Move a complaint on: UNDER_REVIEW, ANSWERED (text: the answer), CLOSED, or ESCALATED (text: the independent body);"
      + " send the version last read")
  public ComplaintJson moveOn(@PathParam("complaintId") long complaintId, ComplaintStepJson body) {
    long version = Versions.required(Bodies.required(body).version());
    ComplaintStatus next = EnumParam.parse(ComplaintStatus.class, body.status(), "status");
    return ComplaintJson.of(complaints.moveOn(complaintId, version, next, body.on(), body.text()), LocalDate.now(clock));
  }
}
