package org.homeward.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.plan.boundary.RepurposingSites;
import org.homeward.plan.entity.PlannedUse;
import org.homeward.plan.entity.RepurposingSite;
import org.homeward.plan.entity.RepurposingStatus;
import org.homeward.plan.entity.SiteKind;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;

/** An institution's buildings and land and what they will become. */
@Named
@ViewScoped
public class SitesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RepurposingSites records;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private List<RepurposingSite> list;
  private RepurposingSite edited;
  private Long editedId;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      list = records.list(id);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** Whether the caller's role records these; the service checks role and scope again on every change. */
  public boolean isEditor() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public void create() {
    edited = new RepurposingSite();
    editedId = null;
  }

  public void edit(RepurposingSite selected) {
    edited = copyOf(selected);
    editedId = selected.getId();
  }

  public void save() {
    try {
      if (editedId == null) {
        records.add(id, edited);
      } else {
        records.update(id, editedId, edited);
      }
      edited = null;
      list = records.list(id);
      Problems.info("site.saved");
    } catch (HomewardException e) {
      Problems.show(e, "siteForm");
    }
  }

  public void remove(RepurposingSite selected) {
    try {
      records.remove(id, selected.getId());
      list = records.list(id);
      Problems.info("site.removed");
    } catch (HomewardException e) {
      Problems.show(e, "listForm");
    }
  }

  private static RepurposingSite copyOf(RepurposingSite s) {
    RepurposingSite copy = new RepurposingSite(s.getName(), s.getKind(), s.getPlannedUse());
    copy.setAreaM2(s.getAreaM2());
    copy.setStatus(s.getStatus());
    copy.setProceeds(s.getProceeds());
    copy.setCurrency(s.getCurrency());
    copy.setNotes(s.getNotes());
    copy.setVersion(s.getVersion());
    return copy;
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

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public List<RepurposingSite> getList() {
    return list;
  }

  public RepurposingSite getEdited() {
    return edited;
  }

  public boolean isEditing() {
    return editedId != null;
  }
}
