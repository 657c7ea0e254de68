package org.homeward.resident.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.DisabilityGroup;
import org.homeward.resident.entity.LegalCapacity;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.Sex;
import org.omnifaces.util.Faces;

/** Admitting a person ({@code ?institution=}) or changing their record ({@code ?id=}). */
@Named
@ViewScoped
public class ResidentEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Residents residents;
  @Inject Institutions institutions;

  private Long id;
  private Long institutionId;
  private Institution institution;
  private Resident resident;
  private Long unitId;

  public void load() {
    try {
      if (id != null) {
        Resident stored = residents.find(id);
        institution = stored.getInstitution();
        resident = copyOf(stored);
        unitId = stored.getUnit() == null ? null : stored.getUnit().getId();
      } else if (institutionId != null) {
        institution = institutions.find(institutionId);
        resident = new Resident();
      } else {
        throw new RecordNotFoundException("Resident", null);
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public void save() {
    try {
      Resident saved = id == null ? residents.admit(institution.getId(), resident, unitId) : residents.update(id, resident, unitId);
      Problems.info(id == null ? "resident.admitted" : "resident.saved");
      Faces.redirect("residents/view.xhtml?id=" + saved.getId());
    } catch (HomewardException e) {
      Problems.show(e, "residentForm");
    }
  }

  /** Whether the institution stopped admitting: the form then asks why this person was admitted. */
  public boolean isAdmissionsStopped() {
    return institution != null && institution.admissionsStopped();
  }

  private static Resident copyOf(Resident r) {
    Resident copy = new Resident(r.getIdentifier(), r.getGivenName(), r.getFamilyName(), r.getBornOn(), r.getSex(), r.getAdmittedOn());
    copy.setPreferredName(r.getPreferredName());
    copy.setGender(r.getGender());
    copy.setDisability(r.getDisability());
    copy.setLanguages(r.getLanguages());
    copy.setLegalCapacity(r.getLegalCapacity());
    copy.setGuardianship(r.getGuardianship());
    copy.setAdvanceDirectiveOn(r.getAdvanceDirectiveOn());
    copy.setAdvanceDirectiveKept(r.getAdvanceDirectiveKept());
    copy.setAdmittedAfterStopReason(r.getAdmittedAfterStopReason());
    copy.setComplexSupportNeeds(r.isComplexSupportNeeds());
    copy.setComplexSupportNotes(r.getComplexSupportNotes());
    copy.setVersion(r.getVersion());
    return copy;
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public DisabilityGroup[] getDisabilityGroups() {
    return DisabilityGroup.values();
  }

  public LegalCapacity[] getCapacities() {
    return LegalCapacity.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getInstitutionId() {
    return institutionId;
  }

  public void setInstitutionId(Long institutionId) {
    this.institutionId = institutionId;
  }

  public Institution getInstitution() {
    return institution;
  }

  public Resident getResident() {
    return resident;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
