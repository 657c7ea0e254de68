package org.homeward.supportplan.api;

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
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.Versions;
import org.homeward.problem.api.Locales;
import org.homeward.supportplan.boundary.PlainLanguagePlan;
import org.homeward.supportplan.boundary.SupportPlans;
import org.homeward.supportplan.web.PlainLanguagePlanDocument;

/** The individualized support plan. Delegates to {@link SupportPlans}, which checks the caller may see the person. */
@Path("residents/{residentId}/support-plan")
@Tag(name = "Support plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportPlanResource {

  @Inject SupportPlans plans;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "Every revision of the plan, oldest first")
  public List<SupportPlanJson> revisions(@PathParam("residentId") long residentId) {
    return plans.revisions(residentId).stream().map(SupportPlanJson::of).toList();
  }

  @POST
  @Operation(summary = "Start the first draft, or a review of the agreed plan")
  public Response start(@PathParam("residentId") long residentId) {
    var draft = plans.start(residentId);
    return Created.at(uri, draft.getNumber(), SupportPlanJson.of(draft));
  }

  @PUT
  @Path("{number}")
  @Operation(summary = "Write a draft's words and the record of the person's participation; send the version last read")
  public SupportPlanJson write(@PathParam("residentId") long residentId, @PathParam("number") int number, SupportPlanJson body) {
    long version = Versions.required(Bodies.required(body).version());
    return SupportPlanJson.of(plans.write(residentId, number, version, body.content(), body.participation()));
  }

  @POST
  @Path("{number}/agreement")
  @Operation(summary = "Agree a draft with the person; refused while the participation record is incomplete")
  public SupportPlanJson agree(@PathParam("residentId") long residentId, @PathParam("number") int number, AgreementJson body) {
    long version = Versions.required(Bodies.required(body).version());
    return SupportPlanJson.of(plans.agree(residentId, number, version, body.agreedOn()));
  }

  @POST
  @Path("{number}/steps")
  @Operation(summary = "Add a step towards a goal to a draft")
  public Response addStep(@PathParam("residentId") long residentId, @PathParam("number") int number, StepJson body) {
    var created = plans.addStep(residentId, number, Bodies.required(body).toStep());
    return Created.at(uri, created.getId(), StepJson.of(created));
  }

  @PUT
  @Path("{number}/steps/{stepId}")
  @Operation(summary = "Change a step (on the agreed plan: its status only); send the version last read")
  public StepJson updateStep(@PathParam("residentId") long residentId, @PathParam("number") int number, @PathParam("stepId") long stepId,
      StepJson body) {
    Versions.required(Bodies.required(body).version());
    return StepJson.of(plans.updateStep(residentId, number, stepId, body.toStep()));
  }

  @GET
  @Path("reviews")
  @Operation(summary = "The plan reviews due after the move (1, 3, 6 and 12 months by default) and which are done")
  public ReviewsJson reviews(@PathParam("residentId") long residentId) {
    return ReviewsJson.of(plans.reviews(residentId));
  }

  @GET
  @Path("summary.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The plan in plain language and large type for the person to keep (PDF); audited as a print; 409 while there is no plan")
  public Response summary(@PathParam("residentId") long residentId) {
    PlainLanguagePlan plan = plans.plainLanguageSummary(residentId);
    byte[] pdf = PlainLanguagePlanDocument.render(plan, ResourceBundle.getBundle("i18n.messages", Locales.of(headers)));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"my-plan-" + residentId + ".pdf\"")
        .build();
  }
}
