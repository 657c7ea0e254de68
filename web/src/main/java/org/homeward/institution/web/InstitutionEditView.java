package org.homeward.institution.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;

/**
 * Registers a new institution (no id) or edits one. The form edits a detached copy; saving hands it
 * to the use case with the version it was read at, so a change made meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class InstitutionEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Institutions institutions;

  private Long id;
  private Institution institution;

  public void load() {
    if (institution != null) {
      return;
    }
    if (id == null) {
      institution = new Institution();
      institution.setStatus(InstitutionStatus.OPERATING);
      institution.setCurrentResidents(0);
      return;
    }
    try {
      institution = institutions.find(id);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public void save() throws IOException {
    try {
      Institution saved = id == null ? institutions.register(institution) : institutions.update(id, institution);
      Problems.info(id == null ? "institution.created" : "institution.saved");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/institutions/view.xhtml?id=" + saved.getId());
    } catch (HomewardException e) {
      Problems.show(e, "institutionForm");
    }
  }

  public boolean isNew() {
    return id == null;
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

  public InstitutionType[] getTypes() {
    return InstitutionType.values();
  }

  public Ownership[] getOwnerships() {
    return Ownership.values();
  }

  public InstitutionStatus[] getStatuses() {
    return InstitutionStatus.values();
  }
}
