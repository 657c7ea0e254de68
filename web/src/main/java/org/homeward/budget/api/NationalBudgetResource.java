package org.homeward.budget.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.homeward.budget.boundary.NationalBudgets;
import org.homeward.problem.api.Locales;
import org.homeward.problem.api.ProblemMessages;

/**
 * The national budget lines (not tied to an institution), their actual spend and reallocations, and
 * the country's budget by year. Delegates to {@link NationalBudgets}, which checks access.
 */
@Path("budget/national")
@Tag(name = "Budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NationalBudgetResource {

  @Inject NationalBudgets budgets;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Path("lines")
  @Operation(summary = "The national budget lines by year and category, with their money after reallocations and their spend (also ministry)")
  public List<BudgetLineJson> lines() {
    return budgets.figures().lines().stream().map(BudgetLineJson::of).toList();
  }

  @POST
  @Path("lines")
  @Operation(summary = "Add a national budget line (finance, administrators); ring-fencing refusals name the field and the reason")
  public Response addLine(BudgetLineJson body) {
    var created = budgets.addLine(Bodies.required(body).toLine());
    return Created.at(uri, created.getId(), BudgetLineJson.of(created));
  }

  @PUT
  @Path("lines/{lineId}")
  @Operation(summary = "Change a national budget line, naming the version it was read at")
  public BudgetLineJson updateLine(@PathParam("lineId") long lineId, BudgetLineJson body) {
    Versions.required(Bodies.required(body).version());
    return BudgetLineJson.of(budgets.updateLine(lineId, body.toLine()));
  }

  @GET
  @Path("lines/{lineId}/actuals")
  @Operation(summary = "Actual spend on a national line, oldest first")
  public List<ActualSpendJson> actuals(@PathParam("lineId") long lineId) {
    return budgets.actuals(lineId).stream().map(ActualSpendJson::of).toList();
  }

  @POST
  @Path("lines/{lineId}/actuals")
  @Operation(summary = "Record actual spend on a national line")
  public Response addActual(@PathParam("lineId") long lineId, ActualSpendJson body) {
    var created = budgets.addActual(lineId, Bodies.required(body).toActual());
    return Created.at(uri, created.getId(), ActualSpendJson.of(created));
  }

  @GET
  @Path("reallocations")
  @Operation(summary = "Reallocations between national lines, newest first")
  public List<ReallocationJson> reallocations() {
    return budgets.reallocations().stream().map(ReallocationJson::of).toList();
  }

  @POST
  @Path("reallocations")
  @Operation(summary = "Move money from a national institution line to a national community line, with date, amount, reason and approval")
  public Response reallocate(ReallocationJson body) {
    var created = budgets.reallocate(Bodies.required(body).fromLineId(), body.toLineId(), body.toReallocation());
    return Created.at(uri, created.getId(), ReallocationJson.of(created));
  }

  @GET
  @Path("figures")
  @Operation(summary = "The national lines per fiscal year: budget against actual spend, and the community share of each")
  public BudgetFiguresJson figures() {
    return BudgetFiguresJson.of(budgets.figures());
  }

  @GET
  @Path("country")
  @Operation(summary = "The country's budget per fiscal year: national lines and every institution's lines (a finance officer's: those in scope),"
      + " budget against actual spend and the community share of each")
  public BudgetFiguresJson country() {
    return BudgetFiguresJson.of(budgets.country());
  }

  @GET
  @Path("projection")
  @Operation(summary = "The national projection: every stored institution model (of one region if asked, '' for institutions without one)"
      + " added up by calendar month, with the double funding, and each institution's own figures or why it is not in the sum")
  public NationalProjectionJson projection(@QueryParam("region") String region) {
    return NationalProjectionJson.of(budgets.projection(region));
  }

  @GET
  @Path("projection.csv")
  @Produces(TransitionModelResource.TEXT_CSV)
  @Operation(summary = "The national projection as CSV, one row a month")
  public Response csv(@QueryParam("region") String region) {
    return Response.ok(ProjectionExport.csv(budgets.projection(region).projection(), bundle()), TransitionModelResource.TEXT_CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(region) + ".csv\"").build();
  }

  @GET
  @Path("projection.xlsx")
  @Produces(ProjectionExport.XLSX)
  @Operation(summary = "The national projection as an XLSX workbook, one row a month")
  public Response xlsx(@QueryParam("region") String region) {
    return Response.ok(ProjectionExport.xlsx(budgets.projection(region).projection(), bundle()), ProjectionExport.XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(region) + ".xlsx\"").build();
  }

  /** "projection-national", or the region's name in letters, digits and dashes. */
  public static String fileName(String region) {
    return region == null ? "projection-national" : "projection-" + (region.isBlank() ? "no-region" : region.replaceAll("[^A-Za-z0-9]+", "-"));
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle(ProblemMessages.BUNDLE, Locales.of(headers));
  }
}
