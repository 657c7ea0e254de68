package org.homeward.institution.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;

/**
 * An institution as the API reads and writes it. {@code id} and {@code unitCount} are ignored on
 * input; {@code version} is required on update and must be the one last read.
 */
@JsonbPropertyOrder({"id", "version", "code", "name", "type", "ownership", "region", "district", "address",
    "bedCapacity", "currentResidents", "status", "admissionsStoppedOn", "unitCount"})
public record InstitutionJson(
    Long id,
    Long version,
    String code,
    String name,
    InstitutionType type,
    Ownership ownership,
    String region,
    String district,
    String address,
    Integer bedCapacity,
    Integer currentResidents,
    InstitutionStatus status,
    LocalDate admissionsStoppedOn,
    Integer unitCount) {

  static InstitutionJson of(Institution i) {
    return new InstitutionJson(i.getId(), i.getVersion(), i.getCode(), i.getName(), i.getType(), i.getOwnership(),
        i.getRegion(), i.getDistrict(), i.getAddress(), i.getBedCapacity(), i.getCurrentResidents(), i.getStatus(),
        i.getAdmissionsStoppedOn(), i.getUnits().size());
  }

  Institution toInstitution() {
    Institution institution = new Institution(code, name, type, ownership, region, bedCapacity, currentResidents);
    institution.setCode(code);
    institution.setDistrict(district);
    institution.setAddress(address);
    institution.setStatus(status);
    institution.setAdmissionsStoppedOn(admissionsStoppedOn);
    if (version != null) {
      institution.setVersion(version);
    }
    return institution;
  }
}
