package org.homeward.budget.api;

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
import java.util.List;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.budget.boundary.TransitionCosts;
import org.homeward.budget.entity.CostScenario;
import org.homeward.institution.boundary.Institutions;
import org.homeward.problem.api.Locales;
import org.homeward.problem.api.ProblemMessages;

/** An institution's double-funding model: its inputs, projection (JSON, CSV, XLSX) and scenarios. Delegates to {@link TransitionCosts}, which checks access. */
@Path("institutions/{id}/transition-model")
@Tag(name = "Budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransitionModelResource {

  public static final String TEXT_CSV = "text/csv";

  @Inject TransitionCosts costs;
  @Inject Institutions institutions;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The model's inputs (a blank model starting next month if none is stored yet); also ministry")
  public TransitionModelJson model(@PathParam("id") long id) {
    return TransitionModelJson.of(costs.model(id), id, institutions.find(id).getUnits());
  }

  @PUT
  @Operation(summary = "Store the model's inputs (finance, administrators, the institution's committee); refused field by field if the projection cannot be computed")
  public TransitionModelJson save(@PathParam("id") long id, TransitionModelJson body) {
    costs.save(id, Bodies.required(body).toModel());
    return model(id);
  }

  @GET
  @Path("projection")
  @Operation(summary = "Month by month: institution, community and one-off costs, and the double funding (first month, peak, total, end, saving)")
  public ProjectionJson projection(@PathParam("id") long id) {
    return ProjectionJson.of(costs.projection(id));
  }

  @GET
  @Path("projection.csv")
  @Produces(TEXT_CSV)
  @Operation(summary = "The projection as CSV, one row a month")
  public Response csv(@PathParam("id") long id) {
    return Response.ok(ProjectionExport.csv(costs.projection(id), bundle()), TEXT_CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"projection-" + id + ".csv\"").build();
  }

  @GET
  @Path("projection.xlsx")
  @Produces(ProjectionExport.XLSX)
  @Operation(summary = "The projection as an XLSX workbook, one row a month")
  public Response xlsx(@PathParam("id") long id) {
    return Response.ok(ProjectionExport.xlsx(costs.projection(id), bundle()), ProjectionExport.XLSX)
        .header("Content-Disposition", "attachment; filename=\"projection-" + id + ".xlsx\"").build();
  }

  @GET
  @Path("scenarios")
  @Operation(summary = "The model's scenarios by name")
  public List<ScenarioJson> scenarios(@PathParam("id") long id) {
    return costs.scenarios(id).stream().map(ScenarioJson::of).toList();
  }

  @POST
  @Path("scenarios")
  @Operation(summary = "Add a scenario: all moves later, one unit closing later, community cost changed by a percentage")
  public Response addScenario(@PathParam("id") long id, ScenarioJson body) {
    CostScenario created = costs.addScenario(id, Bodies.required(body).toScenario());
    return Created.at(uri, created.getId(), ScenarioJson.of(created));
  }

  @DELETE
  @Path("scenarios/{scenarioId}")
  @Operation(summary = "Remove a scenario")
  public Response removeScenario(@PathParam("id") long id, @PathParam("scenarioId") long scenarioId) {
    costs.removeScenario(id, scenarioId);
    return Response.noContent().build();
  }

  @GET
  @Path("comparison")
  @Operation(summary = "The baseline and every scenario side by side, with the difference in peak and total double funding")
  public ComparisonJson comparison(@PathParam("id") long id) {
    return ComparisonJson.of(costs.comparison(id));
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle(ProblemMessages.BUNDLE, Locales.of(headers));
  }
}
