package org.homeward.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.homeward.budget.api.ProjectionExport;
import org.homeward.budget.boundary.ScenarioResult;
import org.homeward.budget.boundary.TransitionCosts;
import org.homeward.budget.control.Projection;
import org.homeward.budget.control.Projection.MonthCost;
import org.homeward.budget.entity.CostScenario;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.budget.entity.UnitStepCost;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.HomewardException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;
import org.omnifaces.util.Faces;

/**
 * An institution's double-funding model on one page: the inputs, the month-by-month chart of
 * institution and community cost with the double funding, the figures, the scenarios compared with
 * the baseline, and the exports. Without an institution, a choice of one.
 */
@Named
@ViewScoped
public class TransitionModelView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_INSTITUTIONS = 200;

  @Inject TransitionCosts costs;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private List<Institution> choices;
  private TransitionModel model;
  private List<UnitRow> unitRows;
  private List<ScenarioResult> comparison;
  private CostScenario scenario = new CostScenario();
  private String chart;
  private String comparisonChart;

  /** A unit with the step cost the form edits. */
  public static class UnitRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long unitId;
    private final String name;
    private final Integer beds;
    private final java.time.LocalDate closesOn;
    private BigDecimal stepCost;

    UnitRow(Unit unit, BigDecimal stepCost) {
      this.unitId = unit.getId();
      this.name = unit.getName();
      this.beds = unit.getBeds();
      this.closesOn = unit.getPlannedClosureOn();
      this.stepCost = stepCost;
    }

    public Long getUnitId() {
      return unitId;
    }

    public String getName() {
      return name;
    }

    public Integer getBeds() {
      return beds;
    }

    public java.time.LocalDate getClosesOn() {
      return closesOn;
    }

    public BigDecimal getStepCost() {
      return stepCost;
    }

    public void setStepCost(BigDecimal stepCost) {
      this.stepCost = stepCost;
    }
  }

  public void load() {
    try {
      if (id == null) {
        choices = institutions.search(null, PageRequest.of(0, MAX_INSTITUTIONS)).items();
        return;
      }
      institution = institutions.find(id);
      model = costs.model(id);
      unitRows = new ArrayList<>(institution.getUnits().stream().map(u -> new UnitRow(u, model.stepCostOf(u.getId()))).toList());
      refresh();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void refresh() {
    if (model.getId() == null) {
      comparison = List.of();
      chart = null;
      comparisonChart = null;
      return;
    }
    try {
      comparison = costs.comparison(id);
    } catch (InvalidInputException e) {
      // the stored model no longer fits the institution's units or residents' move dates: say why, show no figures
      comparison = List.of();
      chart = null;
      comparisonChart = null;
      Problems.show(e, "modelForm");
      return;
    }
    ResourceBundle bundle = bundle();
    chart = chart(getBaseline(), bundle);
    comparisonChart = comparisonChart(comparison, bundle);
  }

  public void save() {
    try {
      model.setUnitCosts(new ArrayList<>(unitRows.stream().map(r -> new UnitStepCost(r.getUnitId(), r.getStepCost())).toList()));
      model = costs.save(id, model);
      refresh();
      Problems.info("budget.model.saved");
    } catch (HomewardException e) {
      Problems.show(e, "modelForm");
    }
  }

  public void addScenario() {
    try {
      costs.addScenario(id, scenario);
      Problems.info("budget.scenario.added", scenario.getName());
      scenario = new CostScenario();
      refresh();
    } catch (HomewardException e) {
      Problems.show(e, "scenarioForm");
    }
  }

  public void removeScenario(CostScenario removed) {
    try {
      costs.removeScenario(id, removed.getId());
      refresh();
    } catch (HomewardException e) {
      Problems.show(e, "scenarioForm");
    }
  }

  public void exportCsv() {
    Faces.sendFile(ProjectionExport.csv(costs.projection(id), bundle()).getBytes(StandardCharsets.UTF_8),
        "projection-" + institution.getCode() + ".csv", true);
  }

  public void exportXlsx() {
    Faces.sendFile(ProjectionExport.xlsx(costs.projection(id), bundle()), "projection-" + institution.getCode() + ".xlsx", true);
  }

  /** Whether the caller may change the model; the service checks role and scope again. */
  public boolean isEditor() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.FINANCE.name())
        || security.isCallerInRole(Role.COMMITTEE.name());
  }

  /**
   * Stacked bars of institution, community and one-off cost per month, and the double funding as a
   * line over them (Chart.js JSON for {@code p:chart}).
   */
  static String chart(Projection projection, ResourceBundle bundle) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder institution = Json.createArrayBuilder();
    JsonArrayBuilder community = Json.createArrayBuilder();
    JsonArrayBuilder oneOff = Json.createArrayBuilder();
    JsonArrayBuilder doubleFunding = Json.createArrayBuilder();
    JsonArrayBuilder baseline = Json.createArrayBuilder();
    for (MonthCost m : projection.months()) {
      labels.add(m.month().toString());
      institution.add(m.institution());
      community.add(m.community());
      oneOff.add(m.oneOff());
      doubleFunding.add(m.doubleFunding());
      baseline.add(m.baseline());
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder()
        .add(line(bundle.getString("budget.chart.doubleFunding"), doubleFunding, "#b3261e", false).add("fill", "origin")
            .add("backgroundColor", "rgba(179, 38, 30, 0.25)"))
        .add(line(bundle.getString("budget.chart.baseline"), baseline, "#1f1f1f", true))
        .add(bar(bundle.getString("budget.chart.institution"), institution, "#5b6f8a"))
        .add(bar(bundle.getString("budget.chart.community"), community, "#2e7d5b"))
        .add(bar(bundle.getString("budget.chart.oneOff"), oneOff, "#c98a00"));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("animation", false)
            .add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
        .build().toString();
  }

  /** The double funding of each month, one line per scenario. */
  static String comparisonChart(List<ScenarioResult> results, ResourceBundle bundle) {
    String[] colours = {"#1f1f1f", "#b3261e", "#2e5d9f", "#2e7d5b", "#8a4fbf", "#c98a00"};
    JsonArrayBuilder labels = Json.createArrayBuilder();
    results.get(0).projection().months().forEach(m -> labels.add(m.month().toString()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      JsonArrayBuilder values = Json.createArrayBuilder();
      r.projection().months().forEach(m -> values.add(m.doubleFunding()));
      String label = r.baseline() ? bundle.getString("budget.scenario.baseline") : r.scenario().getName();
      datasets.add(Json.createObjectBuilder().add("type", "line").add("label", label).add("data", values)
          .add("borderColor", colours[i % colours.length]).add("backgroundColor", colours[i % colours.length]).add("pointRadius", 0));
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder().add("animation", false)
            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build().toString();
  }

  private static JsonObjectBuilder bar(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder().add("type", "bar").add("label", label).add("data", data).add("backgroundColor", colour).add("stack", "cost");
  }

  private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, boolean dashed) {
    JsonObjectBuilder line = Json.createObjectBuilder().add("type", "line").add("label", label).add("data", data).add("borderColor", colour)
        .add("pointRadius", 0).add("stack", label);
    if (dashed) {
      line.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("fill", false);
    }
    return line;
  }

  /** An amount in the page's language, with the model's currency. */
  public String money(BigDecimal amount) {
    if (amount == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Faces.getLocale());
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return format.format(amount) + " " + model.getCurrency();
  }

  /** A month in the page's language, e.g. "Aug 2027"; a dash when there is none. */
  public String month(YearMonth month) {
    return month == null ? "–" : month.atDay(1).format(DateTimeFormatter.ofPattern("MMM yyyy", Faces.getLocale()));
  }

  public BigDecimal difference(ScenarioResult result, boolean peak) {
    Projection.DoubleFunding base = getBaseline().doubleFunding();
    Projection.DoubleFunding d = result.projection().doubleFunding();
    return peak ? d.peak().subtract(base.peak()) : d.total().subtract(base.total());
  }

  private static ResourceBundle bundle() {
    return ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
  }

  public Projection getBaseline() {
    return comparison.isEmpty() ? null : comparison.get(0).projection();
  }

  public List<ScenarioResult> getComparison() {
    return comparison;
  }

  public List<ScenarioResult> getScenarios() {
    return comparison.isEmpty() ? List.of() : comparison.subList(1, comparison.size());
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

  public List<Institution> getChoices() {
    return choices;
  }

  public TransitionModel getModel() {
    return model;
  }

  public List<UnitRow> getUnitRows() {
    return unitRows;
  }

  public CostScenario getScenario() {
    return scenario;
  }

  public String getChart() {
    return chart;
  }

  public String getComparisonChart() {
    return comparisonChart;
  }
}
