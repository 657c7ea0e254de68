package org.homeward.staff.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.Versions;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.api.Locales;
import org.homeward.staff.boundary.Redeployment;
import org.homeward.staff.boundary.StaffDiscussions;
import org.homeward.staff.boundary.StaffRoster;
import org.homeward.staff.boundary.StaffTrainings;

/** One staff member, their training and the discussions held with them. The use cases check access. */
@Path("staff/{staffId}")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject StaffRoster roster;
  @Inject StaffTrainings trainings;
  @Inject StaffDiscussions discussions;
  @Inject Redeployment redeployment;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "A staff member's record")
  public StaffMemberJson member(@PathParam("staffId") long staffId) {
    return StaffMemberJson.of(roster.member(staffId));
  }

  @PUT
  @Operation(summary = "Change a staff member's record, their willingness and concerns included; send the version last read")
  public StaffMemberJson update(@PathParam("staffId") long staffId, StaffMemberJson body) {
    Versions.required(Bodies.required(body).version());
    return StaffMemberJson.of(roster.update(staffId, body.toMember()));
  }

  @GET
  @Path("trainings")
  @Operation(summary = "The person's courses, in catalogue order")
  public List<TrainingJson> trainings(@PathParam("staffId") long staffId) {
    return trainings.trainings(staffId).stream().map(t -> TrainingJson.of(t, Locales.of(headers))).toList();
  }

  @POST
  @Path("trainings")
  @Operation(summary = "Record a course as needed, planned (with its date) or completed (with its date); once per course")
  public Response recordTraining(@PathParam("staffId") long staffId, TrainingJson body) {
    var created = trainings.record(staffId, Bodies.required(body).toTraining());
    return Created.at(uri, created.getId(), TrainingJson.of(created, Locales.of(headers)));
  }

  @PUT
  @Path("trainings/{trainingId}")
  @Operation(summary = "Move a course on, e.g. from planned to completed; send the version last read")
  public TrainingJson updateTraining(@PathParam("staffId") long staffId, @PathParam("trainingId") long trainingId, TrainingJson body) {
    Versions.required(Bodies.required(body).version());
    return TrainingJson.of(trainings.update(staffId, trainingId, body.toTraining()), Locales.of(headers));
  }

  @GET
  @Path("pathway")
  @Operation(summary = "Where the person stands on the way into community services: status and its history, applications, and open positions that fit, best first")
  public PathwayJson pathway(@PathParam("staffId") long staffId) {
    return PathwayJson.of(redeployment.pathway(staffId));
  }

  @POST
  @Path("applications")
  @Operation(summary = "The person applies to a position with an opening left: positionId, appliedOn, note")
  public Response apply(@PathParam("staffId") long staffId, ApplicationJson body) {
    ApplicationJson application = Bodies.required(body);
    if (application.positionId() == null) {
      throw new InvalidInputException("positionId", "{staff.application.position.required}");
    }
    var created = redeployment.apply(staffId, application.positionId(), application.toApplication());
    return Created.at(uri, created.getId(), ApplicationJson.of(created));
  }

  @PUT
  @Path("applications/{applicationId}/appraisal")
  @Operation(summary = "Record the appraisal and decision (accepted, accepted after training, declined with a reason); an acceptance fills an opening")
  public ApplicationJson appraise(@PathParam("staffId") long staffId, @PathParam("applicationId") long applicationId, ApplicationJson body) {
    Versions.required(Bodies.required(body).version());
    return ApplicationJson.of(redeployment.appraise(staffId, applicationId, body.toAppraisal()));
  }

  @GET
  @Path("discussions")
  @Operation(summary = "Discussions held with the person, latest first")
  public List<DiscussionJson> discussions(@PathParam("staffId") long staffId) {
    return discussions.discussions(staffId).stream().map(DiscussionJson::of).toList();
  }

  @POST
  @Path("discussions")
  @Operation(summary = "Record a discussion held with the person")
  public Response recordDiscussion(@PathParam("staffId") long staffId, DiscussionJson body) {
    var created = discussions.record(staffId, Bodies.required(body).toDiscussion());
    return Created.at(uri, created.getId(), DiscussionJson.of(created));
  }
}
