package org.homeward.institution.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

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
    @Schema(implementation = InstitutionType.class) String type,
    @Schema(implementation = Ownership.class) String ownership,
    String region,
    String district,
    String address,
    Integer bedCapacity,
    Integer currentResidents,
    @Schema(implementation = InstitutionStatus.class) String status,
    LocalDate admissionsStoppedOn,
    Integer unitCount) {

  static InstitutionJson of(Institution i) {
    return new InstitutionJson(i.getId(), i.getVersion(), i.getCode(), i.getName(), name(i.getType()), name(i.getOwnership()),
        i.getRegion(), i.getDistrict(), i.getAddress(), i.getBedCapacity(), i.getCurrentResidents(), name(i.getStatus()),
        i.getAdmissionsStoppedOn(), i.getUnits().size());
  }

  /** The institution this body describes; an unknown type, ownership or status is a field error. */
  Institution toInstitution() {
    List<FieldError> errors = new ArrayList<>();
    Institution institution = new Institution(code, name,
        EnumParam.parse(InstitutionType.class, type, "type", errors),
        EnumParam.parse(Ownership.class, ownership, "ownership", errors),
        region, bedCapacity, currentResidents);
    institution.setCode(code);
    institution.setStatus(EnumParam.parse(InstitutionStatus.class, status, "status", errors));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    institution.setDistrict(district);
    institution.setAddress(address);
    institution.setAdmissionsStoppedOn(admissionsStoppedOn);
    if (version != null) {
      institution.setVersion(version);
    }
    return institution;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
