package org.homeward.monitoring.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.EnumParam;
import org.homeward.monitoring.boundary.Breakdown;
import org.homeward.monitoring.boundary.DataValueSet;
import org.homeward.monitoring.boundary.Dhis2Export;
import org.homeward.monitoring.boundary.Dhis2Mapping;
import org.homeward.monitoring.boundary.Indicator;
import org.homeward.monitoring.boundary.Indicators;
import org.homeward.monitoring.boundary.Period;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.api.Locales;
import org.homeward.problem.api.ProblemMessages;

/** The monitoring indicators for a period. The use case checks role and scope and suppresses small counts. */
@Path("indicators")
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  /** How many counts were left out of a data value set because they may not be shown. */
  public static final String WITHHELD = "Homeward-Withheld-Values";

  @Inject Indicators indicators;
  @Inject Dhis2Export dhis2;
  @Inject Dhis2Mapping mapping;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "Every indicator for a period, the country by region or one region by institution, broken down as asked; small counts suppressed")
  public List<IndicatorJson> all(@Parameter(description = "2026, 2026Q3 or 202611 (DHIS2 periods); the current quarter when left out") @QueryParam("period") String period,
      @QueryParam("region") String region,
      @Parameter(description = "NONE, SEX, AGE or DISABILITY; applies to the indicators about residents") @QueryParam("breakdown") String breakdown) {
    Request request = request(period, breakdown, null);
    return indicators.all(request.period(), region, request.breakdown()).stream().map(IndicatorJson::of).toList();
  }

  @GET
  @Path("{indicator}")
  @Operation(summary = "One indicator for a period, broken down as asked; small counts suppressed")
  public IndicatorJson one(@PathParam("indicator") String indicator, @QueryParam("period") String period, @QueryParam("region") String region,
      @QueryParam("breakdown") String breakdown) {
    Request request = request(period, breakdown, indicator);
    return IndicatorJson.of(indicators.one(request.indicator(), request.period(), region, request.breakdown()));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(summary = "Every indicator for a period as CSV, one line per indicator, area and category, counts as published")
  public Response csv(@QueryParam("period") String period, @QueryParam("region") String region, @QueryParam("breakdown") String breakdown) {
    Request request = request(period, breakdown, null);
    return Response.ok(IndicatorExport.csv(indicators.all(request.period(), region, request.breakdown())), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"indicators-" + request.period().code() + ".csv\"").build();
  }

  @GET
  @Path("export.xlsx")
  @Produces(IndicatorExport.XLSX)
  @Operation(summary = "Every indicator for a period as an XLSX workbook")
  public Response xlsx(@QueryParam("period") String period, @QueryParam("region") String region, @QueryParam("breakdown") String breakdown) {
    Request request = request(period, breakdown, null);
    byte[] book = IndicatorExport.xlsx(indicators.all(request.period(), region, request.breakdown()),
        ResourceBundle.getBundle(ProblemMessages.BUNDLE, Locales.of(headers)));
    return Response.ok(book, IndicatorExport.XLSX)
        .header("Content-Disposition", "attachment; filename=\"indicators-" + request.period().code() + ".xlsx\"").build();
  }

  @GET
  @Path("dhis2/dataValueSets")
  @Operation(summary = "The indicators of a period as a DHIS2 data value set (import with dataElementIdScheme=CODE and orgUnitIdScheme=CODE); counts not shown are left out, and their number is in the Homeward-Withheld-Values header")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The data value set",
      content = @org.eclipse.microprofile.openapi.annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = DataValueSetJson.class)))
  public Response dataValueSet(@QueryParam("period") String period, @QueryParam("region") String region) {
    DataValueSet set = dhis2.dataValueSet(request(period, null, null).period(), region);
    return Response.ok(DataValueSetJson.of(set)).header(WITHHELD, set.withheld().size()).build();
  }

  @GET
  @Path("dhis2/mapping")
  @Operation(summary = "Which DHIS2 data element (by code) receives each indicator's numerator and denominator")
  public List<Dhis2ElementJson> mapping() {
    return mapping.elements().stream().map(Dhis2ElementJson::of).toList();
  }

  @PUT
  @Path("dhis2/mapping/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sets the DHIS2 codes of one data element (administrators); version required")
  public Dhis2ElementJson map(@PathParam("id") long id, Dhis2ElementJson body) {
    if (body == null || body.version() == null) {
      throw new InvalidInputException(List.of(new FieldError("version", "is required")));
    }
    return Dhis2ElementJson.of(mapping.update(id, body.version(), body.dataElement(), body.categoryOptionCombo()));
  }

  private record Request(Indicator indicator, Period period, Breakdown breakdown) {}

  private Request request(String period, String breakdown, String indicator) {
    List<FieldError> errors = new ArrayList<>();
    Period parsed = period == null || period.isBlank() ? Period.quarterOf(LocalDate.now(clock)) : Period.parse(period.strip());
    if (parsed == null) {
      errors.add(new FieldError("period", "must be a year (2026), a quarter (2026Q3) or a month (202611)"));
    } else if (parsed.startsAfter(LocalDate.now(clock))) {
      errors.add(new FieldError("period", "must not lie in the future"));
    }
    Breakdown split = EnumParam.parse(Breakdown.class, breakdown, "breakdown", errors);
    Indicator which = indicator == null ? null : EnumParam.parse(Indicator.class, indicator, "indicator", errors);
    InvalidInputException.throwIfAny(errors);
    return new Request(which, parsed, split == null ? Breakdown.NONE : split);
  }
}
