package org.homeward.shell.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** A bar chart of institutions by status. */
  private static String chart(InstitutionOverview overview) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
    Map<String, Long> counts = new LinkedHashMap<>();
    overview.byStatus().forEach((status, count) -> counts.put(bundle.getString("enum.InstitutionStatus." + status.name()), count));
    return BarChart.of(counts, bundle.getString("home.institutions"), "#1f6f8b");
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
