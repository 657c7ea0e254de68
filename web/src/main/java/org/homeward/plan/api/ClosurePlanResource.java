package org.homeward.plan.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.Versions;
import org.homeward.plan.boundary.ClosurePlans;
import org.homeward.plan.boundary.PlanPrint;
import org.homeward.plan.web.PlanDocument;
import org.homeward.problem.api.Locales;
import org.homeward.plan.entity.PlanRevision;

/**
 * An institution's closure plan, its revisions and their phases, milestones and actions. Delegates
 * to {@link ClosurePlans}, which checks access and keeps approved revisions unchanged.
 */
@Path("institutions/{id}/plan")
@Tag(name = "Closure plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosurePlanResource {

  @Inject ClosurePlans plans;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The plan: its revisions, and which is approved and which under review")
  public PlanJson plan(@PathParam("id") long id) {
    return PlanJson.of(plans.plan(id));
  }

  @POST
  @Operation(summary = "Start the plan: a first draft offering the standard milestones (administrators, the committee)")
  public Response create(@PathParam("id") long id, NewPlanJson body) {
    PlanRevision first = plans.create(id, Bodies.required(body).targetClosureOn());
    return Response.created(uri.getAbsolutePathBuilder().path("revisions").path(String.valueOf(first.getNumber())).build())
        .entity(RevisionJson.of(first, today())).build();
  }

  @GET
  @Path("revisions/{number}")
  @Operation(summary = "One revision with its phases, milestones (with computed status) and actions")
  public RevisionJson revision(@PathParam("id") long id, @PathParam("number") int number) {
    return RevisionJson.of(plans.revision(id, number), today());
  }

  @PUT
  @Path("revisions/{number}")
  @Operation(summary = "Change a draft's target closure date and summary of changes; send the version last read")
  public RevisionJson updateRevision(@PathParam("id") long id, @PathParam("number") int number, RevisionJson body) {
    long version = Versions.required(Bodies.required(body).version());
    return RevisionJson.of(plans.updateRevision(id, number, version, body.targetClosureOn(), body.changeSummary()), today());
  }

  @POST
  @Path("review")
  @Operation(summary = "Start a review: a new draft revision copied from the approved one, which stays as it is")
  public Response startReview(@PathParam("id") long id) {
    PlanRevision draft = plans.startReview(id);
    return Response.created(uri.getBaseUriBuilder().path(ClosurePlanResource.class).path("revisions/{number}")
            .build(id, draft.getNumber()))
        .entity(RevisionJson.of(draft, today())).build();
  }

  @POST
  @Path("revisions/{number}/approval")
  @Operation(summary = "Approve a draft: records who and when, and fixes milestone baselines; the revision in force is superseded")
  public RevisionJson approve(@PathParam("id") long id, @PathParam("number") int number, ApprovalJson body) {
    long version = Versions.required(Bodies.required(body).version());
    return RevisionJson.of(plans.approve(id, number, version, body.changeSummary()), today());
  }

  @POST
  @Path("revisions/{number}/phases")
  @Operation(summary = "Add a phase to a draft")
  public Response addPhase(@PathParam("id") long id, @PathParam("number") int number, PhaseJson body) {
    var created = plans.addPhase(id, number, Bodies.required(body).toPhase());
    return Created.at(uri, created.getId(), PhaseJson.of(created));
  }

  @PUT
  @Path("revisions/{number}/phases/{phaseId}")
  @Operation(summary = "Change a draft's phase; send the version last read")
  public PhaseJson updatePhase(@PathParam("id") long id, @PathParam("number") int number, @PathParam("phaseId") long phaseId,
      PhaseJson body) {
    Versions.required(Bodies.required(body).version());
    return PhaseJson.of(plans.updatePhase(id, number, phaseId, body.toPhase()));
  }

  @DELETE
  @Path("revisions/{number}/phases/{phaseId}")
  @Operation(summary = "Remove a draft's phase")
  public Response removePhase(@PathParam("id") long id, @PathParam("number") int number, @PathParam("phaseId") long phaseId) {
    plans.removePhase(id, number, phaseId);
    return Response.noContent().build();
  }

  @POST
  @Path("revisions/{number}/milestones")
  @Operation(summary = "Add a milestone to a draft")
  public Response addMilestone(@PathParam("id") long id, @PathParam("number") int number, MilestoneJson body) {
    var created = plans.addMilestone(id, number, Bodies.required(body).toMilestone(), body.unitId());
    return Created.at(uri, created.getId(), MilestoneJson.of(created, created.getRevision(), today()));
  }

  @PUT
  @Path("revisions/{number}/milestones/{milestoneId}")
  @Operation(summary = "Change a milestone (on the approved revision: forecast, achieved date and notes only); send the version last read")
  public MilestoneJson updateMilestone(@PathParam("id") long id, @PathParam("number") int number,
      @PathParam("milestoneId") long milestoneId, MilestoneJson body) {
    Versions.required(Bodies.required(body).version());
    var updated = plans.updateMilestone(id, number, milestoneId, body.toMilestone(), body.unitId());
    return MilestoneJson.of(updated, updated.getRevision(), today());
  }

  @DELETE
  @Path("revisions/{number}/milestones/{milestoneId}")
  @Operation(summary = "Remove a draft's milestone")
  public Response removeMilestone(@PathParam("id") long id, @PathParam("number") int number,
      @PathParam("milestoneId") long milestoneId) {
    plans.removeMilestone(id, number, milestoneId);
    return Response.noContent().build();
  }

  @POST
  @Path("revisions/{number}/actions")
  @Operation(summary = "Add an action to a draft; rights improvements name a practice and may name the indicator they should move, institutional facilities are refused")
  public Response addAction(@PathParam("id") long id, @PathParam("number") int number, ActionJson body) {
    var created = plans.addAction(id, number, Bodies.required(body).toAction(), body.milestoneId(), body.indicatorUnitId());
    return Created.at(uri, created.getId(), ActionJson.of(created));
  }

  @PUT
  @Path("revisions/{number}/actions/{actionId}")
  @Operation(summary = "Change an action (on the approved revision: status, date done, notes and the indicator only); send the version last read")
  public ActionJson updateAction(@PathParam("id") long id, @PathParam("number") int number, @PathParam("actionId") long actionId,
      ActionJson body) {
    Versions.required(Bodies.required(body).version());
    return ActionJson.of(plans.updateAction(id, number, actionId, body.toAction(), body.milestoneId(), body.indicatorUnitId()));
  }

  @DELETE
  @Path("revisions/{number}/actions/{actionId}")
  @Operation(summary = "Remove a draft's action")
  public Response removeAction(@PathParam("id") long id, @PathParam("number") int number, @PathParam("actionId") long actionId) {
    plans.removeAction(id, number, actionId);
    return Response.noContent().build();
  }

  @GET
  @Path("revisions/{number}/print")
  @Produces("application/pdf")
  @Operation(summary = "The revision as a printable plan (PDF) for committee meetings and the public; audited as a print")
  public Response print(@PathParam("id") long id, @PathParam("number") int number) {
    PlanPrint print = plans.print(id, number);
    byte[] pdf = PlanDocument.render(print, ResourceBundle.getBundle("i18n.messages", Locales.of(headers)));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"closure-plan-" + print.institution().getCode() + "-r" + number + ".pdf\"")
        .build();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
