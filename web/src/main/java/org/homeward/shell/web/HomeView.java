package org.homeward.shell.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.ResourceBundle;
import org.homeward.institution.boundary.InstitutionOverview;
import org.homeward.institution.boundary.Institutions;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.entity.Role;
import org.omnifaces.util.Faces;

/** The home page: what the signed-in person's roles are for, and the institutions they can see. */
@Named
@ViewScoped
public class HomeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Institutions institutions;
  @Inject CurrentCaller caller;

  private InstitutionOverview overview;
  private List<Role> roles;
  private String chart;

  public void load() {
    overview = institutions.overview();
    roles = caller.require().getRoles().stream().sorted().toList();
    chart = chart(overview);
  }

  /** A Chart.js bar chart of institutions by status, as the JSON {@code p:chart} takes. */
  private static String chart(InstitutionOverview overview) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    overview.byStatus().forEach((status, count) -> {
      labels.add(bundle.getString("enum.InstitutionStatus." + status.name()));
      counts.add(count);
    });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", bundle.getString("home.institutions"))
                .add("data", counts)
                .add("backgroundColor", "#1f6f8b"))))
        .add("options", Json.createObjectBuilder()
            .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  public InstitutionOverview getOverview() {
    return overview;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public String getChart() {
    return chart;
  }
}
