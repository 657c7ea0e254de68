package org.homeward.budget.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.Versions;
import org.homeward.budget.boundary.Budgets;

/** An institution's budget lines, their actual spend, reallocations and figures by year. Delegates to {@link Budgets}, which checks access. */
@Path("institutions/{id}/budget")
@Tag(name = "Budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {

  @Inject Budgets budgets;
  @Context UriInfo uri;

  @GET
  @Path("lines")
  @Operation(summary = "The budget lines by year and category, with their money after reallocations and their spend (also committee, ministry)")
  public List<BudgetLineJson> lines(@PathParam("id") long id) {
    return budgets.figures(id).lines().stream().map(BudgetLineJson::of).toList();
  }

  @POST
  @Path("lines")
  @Operation(summary = "Add a budget line (finance, administrators); ring-fencing refusals name the field and the reason")
  public Response addLine(@PathParam("id") long id, BudgetLineJson body) {
    var created = budgets.addLine(id, Bodies.required(body).toLine());
    return Created.at(uri, created.getId(), BudgetLineJson.of(created));
  }

  @PUT
  @Path("lines/{lineId}")
  @Operation(summary = "Change a budget line, naming the version it was read at")
  public BudgetLineJson updateLine(@PathParam("id") long id, @PathParam("lineId") long lineId, BudgetLineJson body) {
    Versions.required(Bodies.required(body).version());
    return BudgetLineJson.of(budgets.updateLine(id, lineId, body.toLine()));
  }

  @GET
  @Path("lines/{lineId}/actuals")
  @Operation(summary = "Actual spend on a line, oldest first")
  public List<ActualSpendJson> actuals(@PathParam("id") long id, @PathParam("lineId") long lineId) {
    return budgets.actuals(id, lineId).stream().map(ActualSpendJson::of).toList();
  }

  @POST
  @Path("lines/{lineId}/actuals")
  @Operation(summary = "Record actual spend on a line")
  public Response addActual(@PathParam("id") long id, @PathParam("lineId") long lineId, ActualSpendJson body) {
    var created = budgets.addActual(id, lineId, Bodies.required(body).toActual());
    return Created.at(uri, created.getId(), ActualSpendJson.of(created));
  }

  @GET
  @Path("reallocations")
  @Operation(summary = "Reallocations from institution lines to community lines, newest first")
  public List<ReallocationJson> reallocations(@PathParam("id") long id) {
    return budgets.reallocations(id).stream().map(ReallocationJson::of).toList();
  }

  @POST
  @Path("reallocations")
  @Operation(summary = "Move money from an institution line to a community line, with date, amount, reason and approval")
  public Response reallocate(@PathParam("id") long id, ReallocationJson body) {
    var created = budgets.reallocate(id, Bodies.required(body).fromLineId(), body.toLineId(), body.toReallocation());
    return Created.at(uri, created.getId(), ReallocationJson.of(created));
  }

  @GET
  @Path("figures")
  @Operation(summary = "Per fiscal year: budget against actual spend, and the community share of each")
  public BudgetFiguresJson figures(@PathParam("id") long id) {
    return BudgetFiguresJson.of(budgets.figures(id));
  }
}
