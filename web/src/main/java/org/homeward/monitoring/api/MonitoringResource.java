package org.homeward.monitoring.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ResourceBundle;
import org.homeward.monitoring.boundary.ProgressReport;
import org.homeward.monitoring.boundary.ProgressReports;
import org.homeward.monitoring.web.ProgressReportDocument;
import org.homeward.problem.api.Locales;
import org.homeward.problem.api.ProblemMessages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.monitoring.boundary.NationalDashboard;

/** The national dashboard's figures. The use case checks role and scope and suppresses small counts. */
@Path("monitoring")
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

  @Inject NationalDashboard dashboard;
  @Inject ProgressReports reports;
  @Context HttpHeaders headers;

  @GET
  @Path("dashboard")
  @Operation(summary = "The country by region, or one region by institution: institutions, milestones, residents, staff, outcomes after moves; small counts suppressed")
  public DashboardJson dashboard(@QueryParam("region") String region) {
    return DashboardJson.of(dashboard.dashboard(region));
  }

  @GET
  @Path("report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "A progress report as PDF: the country, a region (?region=) or one institution (?institution=id), with the dashboard's figures and the quarter's indicators")
  public Response report(@QueryParam("region") String region, @QueryParam("institution") Long institution) {
    ProgressReport report = institution != null ? reports.institution(institution) : reports.area(region);
    String name = institution != null ? report.institution().code() : region == null ? "country" : "region";
    byte[] pdf = ProgressReportDocument.render(report, ResourceBundle.getBundle(ProblemMessages.BUNDLE, Locales.of(headers)));
    return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"progress-" + name + ".pdf\"").build();
  }
}
