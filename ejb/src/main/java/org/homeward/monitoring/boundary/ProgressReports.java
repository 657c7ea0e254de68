package org.homeward.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/** Progress reports for the country, a region, or one institution, from the same suppressed figures as the dashboard and indicators. */
@Stateless
@Secured
@Permit({Role.ADMIN, Role.MINISTRY, Role.FINANCE, Role.COMMITTEE})
public class ProgressReports {

  @Inject NationalDashboard dashboards;
  @Inject Indicators indicators;
  @Inject Institutions institutions;
  @Inject Clock clock;

  /** The country (region null) or one region. */
  public ProgressReport area(String region) {
    LocalDate today = LocalDate.now(clock);
    return new ProgressReport(today, region, null, -1, dashboards.dashboard(region),
        indicators.all(Period.quarterOf(today), region, Breakdown.NONE));
  }

  /** One institution: its row of its region's figures, so that nothing differs from what the region publishes. */
  public ProgressReport institution(@InScope long institutionId) {
    Institution institution = institutions.find(institutionId);
    String region = institution.getRegion() == null ? "" : institution.getRegion();
    LocalDate today = LocalDate.now(clock);
    Dashboard dashboard = dashboards.dashboard(region);
    int row = dashboard.residents().areas().stream().map(Area::institutionId).toList().indexOf(institutionId);
    if (row < 0) {
      throw new RecordNotFoundException("Institution", institutionId);
    }
    return new ProgressReport(today, region, Area.of(institution), row, dashboard, indicators.all(Period.quarterOf(today), region, Breakdown.NONE));
  }
}
