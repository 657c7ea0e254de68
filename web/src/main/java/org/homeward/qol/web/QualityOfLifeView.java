package org.homeward.qol.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.qol.boundary.QualityOfLifeChecks;
import org.homeward.qol.boundary.QualityOfLifeComparison;
import org.homeward.qol.control.NextCheck;
import org.homeward.qol.entity.LifeAnswer;
import org.homeward.qol.entity.LifeDomain;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.qol.entity.Timepoint;
import org.homeward.resident.web.ResidentPageView;
import org.omnifaces.util.Faces;

/** A person's quality-of-life checks, the ratings side by side, and recording a new check. */
@Named
@ViewScoped
public class QualityOfLifeView extends ResidentPageView {

  private static final long serialVersionUID = 1L;
  private static final Map<Timepoint, String> COLOURS = Map.of(
      Timepoint.BEFORE_MOVE, "#8a8f98", Timepoint.ABOUT_ONE_YEAR, "#1f6f8b", Timepoint.ABOUT_TWO_YEARS, "#1e7b34");

  @Inject QualityOfLifeChecks checks;

  private List<QualityOfLifeCheck> recorded;
  private QualityOfLifeComparison comparison;
  private NextCheck nextCheck;
  private String chart;
  private QualityOfLifeCheck check;

  @Override
  protected void reload() {
    recorded = checks.checks(getId());
    comparison = QualityOfLifeComparison.of(recorded);
    nextCheck = checks.nextCheckDue(getId()).orElse(null);
    chart = chart(comparison);
    check = new QualityOfLifeCheck(LocalDate.now(), nextCheck == null ? null : nextCheck.timepoint(), null);
  }

  public void record() {
    try {
      checks.record(getId(), check);
      reload();
      Problems.info("qol.saved");
    } catch (HomewardException e) {
      Problems.show(e, "checkForm");
    }
  }

  /** A Chart.js bar chart, a group of bars per domain and a bar per check, as the JSON {@code p:chart} takes. */
  private static String chart(QualityOfLifeComparison comparison) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    comparison.rows().forEach(r -> labels.add(bundle.getString("enum.LifeDomain." + r.domain().name())));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < comparison.columns().size(); i++) {
      QualityOfLifeCheck column = comparison.columns().get(i);
      JsonArrayBuilder ratings = Json.createArrayBuilder();
      for (QualityOfLifeComparison.Row row : comparison.rows()) {
        Integer rating = row.ratings().get(i);
        if (rating == null) {
          ratings.addNull();
        } else {
          ratings.add(rating);
        }
      }
      datasets.add(Json.createObjectBuilder()
          .add("label", bundle.getString("enum.Timepoint." + column.getTimepoint().name()) + " · " + column.getAskedOn())
          .add("data", ratings)
          .add("backgroundColor", COLOURS.get(column.getTimepoint())));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("min", 0).add("max", LifeAnswer.HIGHEST)
                    .add("ticks", Json.createObjectBuilder().add("stepSize", 1)))))
        .build()
        .toString();
  }

  public LifeDomain[] getDomains() {
    return LifeDomain.values();
  }

  public Timepoint[] getTimepoints() {
    return Timepoint.values();
  }

  public List<Integer> getRatings() {
    return List.of(1, 2, 3, 4, 5);
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }

  public List<QualityOfLifeCheck> getRecorded() {
    return recorded;
  }

  public QualityOfLifeComparison getComparison() {
    return comparison;
  }

  public NextCheck getNextCheck() {
    return nextCheck;
  }

  public String getChart() {
    return chart;
  }

  public QualityOfLifeCheck getCheck() {
    return check;
  }
}
