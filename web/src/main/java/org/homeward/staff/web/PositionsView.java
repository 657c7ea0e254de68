package org.homeward.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.security.entity.Role;
import org.homeward.shell.web.BarChart;
import org.homeward.staff.boundary.CommunityPositions;
import org.homeward.staff.boundary.RedeploymentFigures;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.Willingness;
import org.omnifaces.util.Faces;

/** Community positions by region, and staff on their way into them in numbers. */
@Named
@ViewScoped
public class PositionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CommunityPositions positions;
  @Inject SecurityContext security;

  private String region;
  private ServiceKind kind;
  private boolean openOnly;
  private List<CommunityPosition> list;
  private List<String> regions;
  private RedeploymentFigures figures;
  private String chart;

  public void load() {
    regions = positions.regions();
    figures = positions.figures();
    ResourceBundle bundle = ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale());
    Map<String, Long> counts = new LinkedHashMap<>();
    figures.byStatus().forEach((status, count) -> counts.put(bundle.getString("enum.RedeploymentStatus." + status.name()), count));
    chart = BarChart.of(counts, bundle.getString("positions.figures.staff"), "#2f6f4f");
    filter();
  }

  public void filter() {
    list = positions.positions(region, kind, openOnly);
  }

  /** Whether the caller keeps positions; the service checks again. */
  public boolean isKeeper() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.MINISTRY.name());
  }

  public ServiceKind[] getKinds() {
    return ServiceKind.values();
  }

  public RedeploymentStatus[] getStatuses() {
    return RedeploymentStatus.values();
  }

  public Willingness[] getWillingnesses() {
    return Willingness.values();
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public ServiceKind getKind() {
    return kind;
  }

  public void setKind(ServiceKind kind) {
    this.kind = kind;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public List<CommunityPosition> getList() {
    return list;
  }

  public List<String> getRegions() {
    return regions;
  }

  public RedeploymentFigures getFigures() {
    return figures;
  }

  public long getRedeployed() {
    return figures.byStatus().get(RedeploymentStatus.REDEPLOYED);
  }

  public long getInTraining() {
    return figures.byStatus().get(RedeploymentStatus.IN_TRAINING);
  }

  public long getUndecided() {
    return figures.byWillingness().get(Willingness.UNDECIDED);
  }

  public String getChart() {
    return chart;
  }
}
