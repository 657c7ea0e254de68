package org.homeward.shell.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/** A one-series Chart.js bar chart of counts, as the JSON {@code p:chart} takes. */
public final class BarChart {

  private BarChart() {
  }

  /** {@code counts}: each bar's label and height, in order. */
  public static String of(Map<String, ? extends Number> counts, String seriesLabel, String colour) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    counts.forEach((label, count) -> {
      labels.add(label);
      values.add(count.longValue());
    });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", seriesLabel)
                .add("data", values)
                .add("backgroundColor", colour))))
        .add("options", Json.createObjectBuilder()
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
