package org.homeward.resident.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.resident.entity.DisabilityGroup;
import org.homeward.resident.entity.LegalCapacity;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.resident.entity.Sex;

/**
 * A person's record. Status and focal point are read here and changed through their own
 * endpoints ({@code /status}, {@code /focal-point}), which keep their history.
 */
@JsonbPropertyOrder({"id", "version", "institutionId", "unitId", "identifier", "givenName", "familyName", "preferredName", "bornOn",
    "sex", "gender", "disability", "disabilityGroup", "languages", "legalCapacity", "guardianship", "advanceDirectiveOn", "advanceDirectiveKept",
    "admittedOn", "admittedAfterStopReason", "complexSupportNeeds", "complexSupportNotes", "status", "statusSince", "focalPointId",
    "focalPointName", "focalPointConsent"})
public record ResidentJson(
    Long id,
    Long version,
    @Schema(readOnly = true) Long institutionId,
    Long unitId,
    String identifier,
    String givenName,
    String familyName,
    String preferredName,
    LocalDate bornOn,
    @Schema(implementation = Sex.class) String sex,
    String gender,
    String disability,
    @Schema(implementation = DisabilityGroup.class, description = "For figures broken down by disability; NOT_RECORDED when left out") String disabilityGroup,
    String languages,
    @Schema(implementation = LegalCapacity.class) String legalCapacity,
    String guardianship,
    LocalDate advanceDirectiveOn,
    String advanceDirectiveKept,
    LocalDate admittedOn,
    String admittedAfterStopReason,
    Boolean complexSupportNeeds,
    String complexSupportNotes,
    @Schema(readOnly = true, implementation = ResidentStatus.class) String status,
    @Schema(readOnly = true) LocalDate statusSince,
    @Schema(readOnly = true) Long focalPointId,
    @Schema(readOnly = true) String focalPointName,
    @Schema(readOnly = true) String focalPointConsent) {

  public static ResidentJson of(Resident r) {
    var assignment = r.currentAssignment();
    return new ResidentJson(r.getId(), r.getVersion(), r.getInstitution().getId(), r.getUnit() == null ? null : r.getUnit().getId(),
        r.getIdentifier(), r.getGivenName(), r.getFamilyName(), r.getPreferredName(), r.getBornOn(), EnumParam.name(r.getSex()),
        r.getGender(), r.getDisability(), EnumParam.name(r.getDisabilityGroup()), r.getLanguages(), EnumParam.name(r.getLegalCapacity()), r.getGuardianship(),
        r.getAdvanceDirectiveOn(), r.getAdvanceDirectiveKept(), r.getAdmittedOn(), r.getAdmittedAfterStopReason(),
        r.isComplexSupportNeeds(), r.getComplexSupportNotes(), EnumParam.name(r.getStatus()), r.getStatusSince(),
        r.getFocalPoint() == null ? null : r.getFocalPoint().getId(),
        r.getFocalPoint() == null ? null : r.getFocalPoint().getDisplayName(),
        assignment.map(a -> a.getConsent().name()).orElse(null));
  }

  Resident toResident() {
    List<FieldError> errors = new ArrayList<>();
    Resident resident = new Resident(identifier, givenName, familyName, bornOn, EnumParam.parse(Sex.class, sex, "sex", errors), admittedOn);
    LegalCapacity capacity = EnumParam.parse(LegalCapacity.class, legalCapacity, "legalCapacity", errors);
    DisabilityGroup group = EnumParam.parse(DisabilityGroup.class, disabilityGroup, "disabilityGroup", errors);
    InvalidInputException.throwIfAny(errors);
    resident.setIdentifier(identifier);
    resident.setPreferredName(preferredName);
    resident.setGender(gender);
    resident.setDisability(disability);
    resident.setDisabilityGroup(group == null ? DisabilityGroup.NOT_RECORDED : group);
    resident.setLanguages(languages);
    resident.setLegalCapacity(capacity == null ? LegalCapacity.FULL : capacity);
    resident.setGuardianship(guardianship);
    resident.setAdvanceDirectiveOn(advanceDirectiveOn);
    resident.setAdvanceDirectiveKept(advanceDirectiveKept);
    resident.setAdmittedAfterStopReason(admittedAfterStopReason);
    resident.setComplexSupportNeeds(Boolean.TRUE.equals(complexSupportNeeds));
    resident.setComplexSupportNotes(complexSupportNotes);
    if (version != null) {
      resident.setVersion(version);
    }
    return resident;
  }
}
