package org.homeward.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.homeward.plan.boundary.RepurposingSites;
import org.homeward.plan.entity.PlannedUse;
import org.homeward.plan.entity.RepurposingSite;
import org.homeward.plan.entity.RepurposingStatus;
import org.homeward.plan.entity.SiteKind;

/** An institution's buildings and land and what they will become. */
@Named
@ViewScoped
public class SitesView extends InstitutionRecordsView<RepurposingSite> {

  private static final long serialVersionUID = 1L;

  @Inject RepurposingSites sites;

  @Override
  List<RepurposingSite> records(long institutionId) {
    return sites.list(institutionId);
  }

  @Override
  void addRecord(long institutionId, RepurposingSite draft) {
    sites.add(institutionId, draft);
  }

  @Override
  void updateRecord(long institutionId, long recordId, RepurposingSite changed) {
    sites.update(institutionId, recordId, changed);
  }

  @Override
  void removeRecord(long institutionId, long recordId) {
    sites.remove(institutionId, recordId);
  }

  @Override
  RepurposingSite blank() {
    return new RepurposingSite();
  }

  @Override
  RepurposingSite copyOf(RepurposingSite s) {
    RepurposingSite copy = new RepurposingSite(s.getName(), s.getKind(), s.getPlannedUse());
    copy.setAreaM2(s.getAreaM2());
    copy.setStatus(s.getStatus());
    copy.setProceeds(s.getProceeds());
    copy.setCurrency(s.getCurrency());
    copy.setNotes(s.getNotes());
    copy.setVersion(s.getVersion());
    return copy;
  }

  @Override
  long idOf(RepurposingSite s) {
    return s.getId();
  }

  @Override
  String name() {
    return "site";
  }

  public SiteKind[] getKinds() {
    return SiteKind.values();
  }

  public PlannedUse[] getUses() {
    return PlannedUse.values();
  }

  public RepurposingStatus[] getStatuses() {
    return RepurposingStatus.values();
  }
}
