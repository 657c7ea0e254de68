package org.homeward.institution.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;

/** One institution and its units; units are added and edited in a dialog on the same page. */
@Named
@ViewScoped
public class InstitutionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private List<Unit> units;
  private Unit unit;

  public void load() {
    if (id == null) {
      Problems.notFound(new org.homeward.problem.RecordNotFoundException("Institution", null));
      return;
    }
    try {
      institution = institutions.find(id);
      units = institutions.units(id);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** Whether the edit controls are worth showing; the service checks again on every save. */
  public boolean isEditable() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public void newUnit() {
    unit = new Unit();
  }

  public void editUnit(Unit selected) {
    unit = new Unit(selected.getName(), selected.getBeds(), selected.getPlannedClosureOn());
    unit.setVersion(selected.getVersion());
    editedUnitId = selected.getId();
  }

  private Long editedUnitId;

  public void saveUnit() {
    try {
      if (editedUnitId == null) {
        institutions.addUnit(id, unit);
      } else {
        institutions.updateUnit(id, editedUnitId, unit);
      }
      Problems.info("unit.saved");
      unit = null;
      editedUnitId = null;
      reload();
    } catch (HomewardException e) {
      Problems.show(e, "unitForm");
    }
  }

  public void removeUnit(Unit selected) {
    try {
      institutions.removeUnit(id, selected.getId());
      Problems.info("unit.removed");
      reload();
    } catch (HomewardException e) {
      Problems.show(e, "unitForm");
    }
  }

  private void reload() {
    institution = institutions.find(id);
    units = institutions.units(id);
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

  public List<Unit> getUnits() {
    return units;
  }

  public Unit getUnit() {
    return unit;
  }

  public boolean isEditingUnit() {
    return editedUnitId != null;
  }
}
