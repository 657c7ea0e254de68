package org.homeward.shell.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** A Chart.js line chart of counts or rates over labelled steps (months), one line per series, as the JSON {@code p:chart} takes; a null value leaves a gap. */
public final class LineChart {

  /** One line: its legend, values in step order (null for none) and colour; dashed for a plan rather than a fact. */
  public record Series(String label, List<? extends Number> values, String colour, boolean dashed) {}

  private LineChart() {
  }

  public static String of(List<String> steps, List<Series> series) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    steps.forEach(labels::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      s.values().forEach(v -> {
        if (v == null) {
          values.addNull();
        } else if (v instanceof java.math.BigDecimal || v instanceof Double) {
          values.add(new java.math.BigDecimal(v.toString()));
        } else {
          values.add(v.longValue());
        }
      });
      JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", s.label()).add("data", values).add("borderColor", s.colour())
          .add("backgroundColor", s.colour()).add("pointRadius", 2).add("spanGaps", false);
      if (s.dashed()) {
        dataset.add("borderDash", Json.createArrayBuilder().add(6).add(4));
      }
      datasets.add(dataset);
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
