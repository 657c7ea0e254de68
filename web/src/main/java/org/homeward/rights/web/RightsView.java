package org.homeward.rights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.plan.boundary.ClosurePlans;
import org.homeward.plan.entity.ActionCategory;
import org.homeward.plan.entity.PlanAction;
import org.homeward.problem.HomewardException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.boundary.ActionIndicators;
import org.homeward.rights.boundary.ActionTrend;
import org.homeward.rights.boundary.CoercionFigures;
import org.homeward.rights.boundary.CoercionRecords;
import org.homeward.rights.boundary.ComplaintFigures;
import org.homeward.rights.boundary.Complaints;
import org.homeward.rights.boundary.IncidentFigures;
import org.homeward.rights.boundary.Incidents;
import org.homeward.rights.boundary.QualityRights;
import org.homeward.rights.boundary.WardBookReport;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.CoercionKind;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.rights.entity.ComplaintStatus;
import org.homeward.rights.entity.IncidentKind;
import org.homeward.rights.entity.QualityRightsAssessment;
import org.homeward.rights.entity.QualityRightsTheme;
import org.homeward.rights.entity.RestraintType;
import org.homeward.security.entity.Role;
import org.omnifaces.util.Faces;

/**
 * An institution's rights now: coercive practice month by month per 1,000 resident-days for everyone
 * who may read the figures; the events and the form to record one for the committee and focal points.
 */
@Named
@ViewScoped
public class RightsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MONTHS = 12;
  private static final Map<CoercionKind, String> COLOURS = Map.of(
      CoercionKind.SECLUSION, "#1f5f8b", CoercionKind.PHYSICAL_RESTRAINT, "#c0392b", CoercionKind.MECHANICAL_RESTRAINT, "#7d3c98",
      CoercionKind.CHEMICAL_RESTRAINT, "#b9770e", CoercionKind.FORCED_MEDICATION, "#117a65", CoercionKind.FORCED_TREATMENT, "#566573");

  @Inject CoercionRecords records;
  @Inject ActionIndicators actionIndicators;
  @Inject Complaints complaints;
  @Inject Incidents incidents;
  @Inject QualityRights qualityRights;
  @Inject ClosurePlans plans;
  @Inject Institutions institutions;
  @Inject SecurityContext security;
  @Inject Clock clock;

  private Long id;
  private Institution institution;
  private CoercionFigures figures;
  private ComplaintFigures complaintFigures;
  private IncidentFigures incidentFigures;
  private Map<QualityRightsTheme, BigDecimal> latestShares;
  private LocalDate latestAssessedOn;
  private List<PlanAction> rightsActions = List.of();
  private List<ActionTrend> trends = List.of();
  private String chart;
  private List<CoerciveEvent> events;
  private List<Unit> units;
  private List<Resident> people;
  private FactsForm form = FactsForm.blank();
  private transient Part file;
  private WardBookReport report;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      reload();
      List<QualityRightsAssessment> assessments = qualityRights.assessments(id);
      if (!assessments.isEmpty()) {
        QualityRightsAssessment latest = assessments.get(assessments.size() - 1);
        latestShares = latest.themeShares(qualityRights.standards());
        latestAssessedOn = latest.getAssessedOn();
      }
      if (plans.hasPlan(id)) {
        rightsActions = plans.revision(id, plans.plan(id).current().getNumber()).getActions().stream()
            .filter(a -> a.getCategory() == ActionCategory.RIGHTS_IN_PRACTICE).toList();
      }
      if (isRecorder()) {
        units = institutions.units(id);
        people = records.residentsNow(id);
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    YearMonth last = YearMonth.now(clock);
    figures = records.figures(id, last.minusMonths(MONTHS - 1), last);
    complaintFigures = complaints.figures(id);
    incidentFigures = incidents.figures(id);
    chart = chart(figures);
    if (isRecorder()) {
      events = records.events(id, last.minusMonths(MONTHS - 1), last);
      trends = actionIndicators.trends(id);
    }
  }

  /** The plan's actions that name an indicator, with its months before and after (for those who record). */
  public List<ActionTrend> getTrends() {
    return trends;
  }

  /** A value of an indicator as shown: a dash when there is none. */
  public String indicatorValue(BigDecimal value) {
    return value == null ? "–" : value.stripTrailingZeros().toPlainString();
  }

  /** Whether an indicator is counted in events in one unit rather than per 1,000 resident-days. */
  public String indicatorUnitKey(ActionTrend trend) {
    if (trend.indicator() == org.homeward.plan.entity.RightsIndicator.SECLUSION_HOURS
        || trend.indicator() == org.homeward.plan.entity.RightsIndicator.RESTRAINT_HOURS) {
      return "rights.indicator.measure.hours";
    }
    if (trend.indicator().events()) {
      return trend.unit() == null ? "rights.indicator.measure.rate" : "rights.indicator.measure.unitEvents";
    }
    return "rights.indicator.measure." + trend.indicator().name();
  }

  /** Whether the caller's role records events and sees them one by one; the service checks role and scope again. */
  public boolean isRecorder() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name())
        || security.isCallerInRole(Role.FOCAL_POINT.name());
  }

  public void record() {
    try {
      records.record(id, form.getFacts(), form.getUnitId(), form.getResidentId());
      form = FactsForm.blank();
      reload();
      Problems.info("rights.coercion.recorded");
    } catch (HomewardException e) {
      Problems.show(e, "eventForm");
    }
  }

  /**
   * A Chart.js bar chart, as the JSON {@code p:chart} takes: a stack per month of the events per
   * 1,000 resident-days of each kind, so that the height of a stack is the month's rate. A withheld
   * rate is left out of its stack (the table names it withheld).
   */
  private static String chart(CoercionFigures figures) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    figures.months().forEach(m -> labels.add(m.month().toString()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (CoercionKind kind : CoercionKind.values()) {
      JsonArrayBuilder rates = Json.createArrayBuilder();
      for (CoercionFigures.Month month : figures.months()) {
        BigDecimal rate = month.perThousand().get(kind);
        if (rate == null) {
          rates.addNull();
        } else {
          rates.add(rate);
        }
      }
      datasets.add(Json.createObjectBuilder().add("label", bundle.getString("enum.CoercionKind." + kind.name())).add("data", rates)
          .add("backgroundColor", COLOURS.get(kind)));
    }
    JsonArrayBuilder totals = Json.createArrayBuilder();
    figures.months().forEach(m -> {
      if (m.totalPerThousand() == null) {
        totals.addNull();
      } else {
        totals.add(m.totalPerThousand());
      }
    });
    datasets.add(Json.createObjectBuilder().add("type", "line").add("label", bundle.getString("rights.coercion.totalPerThousand"))
        .add("data", totals).add("stack", "total").add("borderColor", "#1b2631").add("backgroundColor", "#1b2631"));
    JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("scales", Json.createObjectBuilder().add("x", stacked)
                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                    .add("title", Json.createObjectBuilder().add("display", true).add("text", bundle.getString("rights.chart.axis"))))))
        .build()
        .toString();
  }

  public void importWardBook() {
    try {
      if (file == null || file.getSize() == 0) {
        throw new InvalidInputException("file", "{rights.import.noFile}");
      }
      try (InputStream in = file.getInputStream()) {
        report = records.importWardBook(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      reload();
      Problems.info("rights.import.done", report.accepted(), report.refused());
    } catch (HomewardException e) {
      report = null;
      Problems.show(e, "importForm");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public WardBookReport getReport() {
    return report;
  }

  /** Latest month first, as the table reads. */
  public List<CoercionFigures.Month> getMonthsLatestFirst() {
    List<CoercionFigures.Month> months = new java.util.ArrayList<>(figures.months());
    java.util.Collections.reverse(months);
    return months;
  }

  /** A count with its rate per 1,000 resident-days, e.g. {@code 3 (9.7)}; {@code null} when withheld. */
  public String cell(CoercionFigures.Month month, CoercionKind kind) {
    Long count = month.events().get(kind);
    if (count == null) {
      return null;
    }
    BigDecimal rate = month.perThousand().get(kind);
    return rate == null ? String.valueOf(count) : count + " (" + rate.toPlainString() + ")";
  }

  public String getChart() {
    return chart;
  }

  public ComplaintFigures getComplaintFigures() {
    return complaintFigures;
  }

  public Map<QualityRightsTheme, BigDecimal> getLatestShares() {
    return latestShares;
  }

  public LocalDate getLatestAssessedOn() {
    return latestAssessedOn;
  }

  public QualityRightsTheme[] getThemes() {
    return QualityRightsTheme.values();
  }

  public IncidentFigures getIncidentFigures() {
    return incidentFigures;
  }

  public IncidentKind[] getIncidentKinds() {
    return IncidentKind.values();
  }

  public List<PlanAction> getRightsActions() {
    return rightsActions;
  }

  public ComplaintStatus[] getComplaintStatuses() {
    return ComplaintStatus.values();
  }

  public CoercionKind[] getKinds() {
    return CoercionKind.values();
  }

  public CoercionCategory[] getCategories() {
    return CoercionCategory.values();
  }

  public RestraintType[] getRestraintTypes() {
    return RestraintType.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public CoercionFigures getFigures() {
    return figures;
  }

  public List<CoerciveEvent> getEvents() {
    return events;
  }

  public List<Unit> getUnits() {
    return units;
  }

  public List<Resident> getPeople() {
    return people;
  }

  public FactsForm getForm() {
    return form;
  }
}
