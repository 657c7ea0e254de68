package org.homeward.monitoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.monitoring.boundary.BurnDown;
import org.homeward.monitoring.boundary.Dashboard;
import org.homeward.monitoring.boundary.FigureTable;
import org.homeward.monitoring.boundary.NationalDashboard;
import org.homeward.monitoring.boundary.ProgressReports;
import org.homeward.rights.boundary.RightsAreaFigures;
import org.homeward.plan.entity.MilestoneStatus;
import org.homeward.problem.HomewardException;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.problem.web.Problems;
import org.homeward.shell.web.BarChart;
import org.homeward.shell.web.LineChart;
import org.omnifaces.util.Faces;

/** The national dashboard, or one region of it; {@code region} is kept in every link down. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int ALERTS_SHOWN = 5;

  @Inject NationalDashboard uses;
  @Inject ProgressReports reports;

  private String region;
  private Dashboard dashboard;
  private String residentsChart;
  private String burnDownChart;
  private String rightsChart;

  public void load() {
    try {
      dashboard = uses.dashboard(region);
      residentsChart = chart(dashboard.residents());
      burnDownChart = burnDownChart(dashboard.burnDown());
      rightsChart = rightsChart(dashboard.rights());
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** The totals of the residents table that may be shown, as bars; a suppressed total is left out rather than drawn as nought. */
  private static String chart(FigureTable residents) {
    ResourceBundle bundle = ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale());
    Map<String, Long> totals = new LinkedHashMap<>();
    for (int j = 0; j < residents.columns().size(); j++) {
      Long value = residents.value(residents.areas().size(), j);
      if (value != null) {
        totals.put(bundle.getString("monitoring.residents." + residents.columns().get(j)), value);
      }
    }
    return BarChart.of(totals, bundle.getString("monitoring.residents"), "#1f6f8b");
  }

  /** People inside, month by month, as a line, and the plans' curve as a dashed line. */
  private static String burnDownChart(BurnDown burnDown) {
    ResourceBundle bundle = ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale());
    return LineChart.of(burnDown.months().stream().map(YearMonth::toString).toList(), List.of(
        new LineChart.Series(bundle.getString("monitoring.burnDown.actual"), burnDown.actual(), "#1f6f8b", false),
        new LineChart.Series(bundle.getString("monitoring.burnDown.planned"), burnDown.planned(), "#b5562b", true)));
  }

  /** The progress report of the area shown, as a PDF download. */
  public void downloadReport() {
    try {
      byte[] pdf = ProgressReportDocument.render(reports.area(region == null || region.isBlank() ? null : region),
          ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale()));
      Faces.sendFile(pdf, "progress-" + (region == null || region.isBlank() ? "country" : "region") + ".pdf", true);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** One institution's progress report, from its row of the region's figures. */
  public void downloadInstitutionReport(long institutionId) {
    try {
      Faces.sendFile(ProgressReportDocument.render(reports.institution(institutionId),
          ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale())), "progress-" + institutionId + ".pdf", true);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** Coercive events per 1,000 resident-days, all areas together, month by month; a withheld month is a gap. */
  private static String rightsChart(RightsAreaFigures rights) {
    ResourceBundle bundle = ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale());
    return LineChart.of(rights.totals().stream().map(m -> m.month().toString()).toList(), List.of(
        new LineChart.Series(bundle.getString("monitoring.rights.rate"), rights.totals().stream().map(RightsAreaFigures.AreaMonth::totalPerThousand).toList(),
            "#a4262c", false)));
  }

  public String getRightsChart() {
    return rightsChart;
  }

  public String getBurnDownChart() {
    return burnDownChart;
  }

  public org.homeward.rights.entity.QualityRightsTheme[] getQualityRightsThemes() {
    return org.homeward.rights.entity.QualityRightsTheme.values();
  }

  /** How many alerts of each kind are listed before the rest fold away. */
  public int getAlertsShown() {
    return ALERTS_SHOWN;
  }

  public InstitutionStatus[] getInstitutionStatuses() {
    return InstitutionStatus.values();
  }

  public MilestoneStatus[] getMilestoneStatuses() {
    return MilestoneStatus.values();
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public String getResidentsChart() {
    return residentsChart;
  }

  /** A share as a whole percentage. */
  public String percent(Double share) {
    return share == null ? "" : Math.round(share * 100) + "%";
  }
}
