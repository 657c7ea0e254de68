package org.homeward.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.homeward.plan.boundary.ClosurePlans;
import org.homeward.plan.boundary.PlanSummary;
import org.homeward.plan.entity.MilestoneStatus;
import org.omnifaces.util.Faces;

/** Every closure plan in the caller's scope: which milestones slip, and where. */
@Named
@ViewScoped
public class PlansView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<MilestoneStatus, String> COLOURS = Map.of(
      MilestoneStatus.ACHIEVED, "#1e7b34", MilestoneStatus.ON_TRACK, "#1f6f8b",
      MilestoneStatus.AT_RISK, "#c77700", MilestoneStatus.OVERDUE, "#b00020");

  @Inject ClosurePlans plans;

  private List<PlanSummary> summaries;
  private String chart;

  public void load() {
    summaries = plans.overview();
    chart = chart(summaries.stream().filter(PlanSummary::hasPlan).toList());
  }

  /** A stacked horizontal bar per institution: its milestones by status, as the JSON {@code p:chart} takes. */
  private static String chart(List<PlanSummary> withPlan) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    withPlan.forEach(s -> labels.add(s.institution().getCode()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (MilestoneStatus status : MilestoneStatus.values()) {
      JsonArrayBuilder counts = Json.createArrayBuilder();
      withPlan.forEach(s -> counts.add(s.count(status)));
      datasets.add(Json.createObjectBuilder()
          .add("label", bundle.getString("enum.MilestoneStatus." + status.name()))
          .add("data", counts)
          .add("backgroundColor", COLOURS.get(status)));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("indexAxis", "y")
            .add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))
                .add("y", Json.createObjectBuilder().add("stacked", true))))
        .build()
        .toString();
  }

  public List<PlanSummary> getSummaries() {
    return summaries;
  }

  public String getChart() {
    return chart;
  }

  public MilestoneStatus[] getStatuses() {
    return MilestoneStatus.values();
  }
}
