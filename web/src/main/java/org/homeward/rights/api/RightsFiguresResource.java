package org.homeward.rights.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.rights.boundary.RightsFigures;

/** Rights now in figures for monitoring. Delegates to {@link RightsFigures}, which checks access and scope. */
@Path("rights/figures")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
public class RightsFiguresResource {

  @Inject RightsFigures figures;
  @Inject Clock clock;

  @GET
  @Operation(summary = "Coercion by kind, resident-days and rates per 1,000 resident-days, hours of seclusion and restraint,"
      + " complaints overdue and deaths per area and month, and each institution's latest QualityRights scores; the country by region,"
      + " or with ?region= its institutions; ?from=2026-01&to=2026-12 (default the last 12 months). Every count through the small-cell"
      + " rule; no person (administrators, the ministry, finance, a committee for its own institutions)")
  public RightsFiguresJson figures(@QueryParam("region") String region, @QueryParam("from") String from, @QueryParam("to") String to) {
    YearMonth[] period = Months.period(from, to, clock);
    return RightsFiguresJson.of(figures.byArea(region, period[0], period[1]));
  }
}
