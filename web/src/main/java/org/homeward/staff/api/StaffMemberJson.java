package org.homeward.staff.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.staff.entity.ConcernCategory;
import org.homeward.staff.entity.ContractType;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.Willingness;

/** A staff member. Qualifications are codes of {@code /api/qualifications}; a status left out keeps the one recorded. */
@JsonbPropertyOrder({"id", "version", "institutionId", "name", "role", "qualifications", "background", "yearsOfService", "fte",
    "contractType", "region", "willingness", "concerns", "concernCategories", "status"})
public record StaffMemberJson(
    Long id,
    Long version,
    Long institutionId,
    String name,
    @Schema(implementation = StaffRole.class) String role,
    List<String> qualifications,
    String background,
    Integer yearsOfService,
    BigDecimal fte,
    @Schema(implementation = ContractType.class) String contractType,
    String region,
    @Schema(implementation = Willingness.class) String willingness,
    String concerns,
    List<String> concernCategories,
    @Schema(implementation = RedeploymentStatus.class) String status) {

  static StaffMemberJson of(StaffMember s) {
    return new StaffMemberJson(s.getId(), s.getVersion(), s.getInstitution().getId(), s.getName(), EnumParam.name(s.getRole()),
        s.qualificationsInOrder().stream().map(Qualification::getCode).toList(), s.getBackground(), s.getYearsOfService(), s.getFte(),
        EnumParam.name(s.getContractType()), s.getRegion(), EnumParam.name(s.getWillingness()), s.getConcerns(),
        s.getConcernCategories().stream().sorted().map(Enum::name).toList(), EnumParam.name(s.getStatus()));
  }

  StaffMember toMember() {
    List<FieldError> errors = new ArrayList<>();
    StaffMember member = new StaffMember(name, EnumParam.parse(StaffRole.class, role, "role", errors), yearsOfService, fte,
        EnumParam.parse(ContractType.class, contractType, "contractType", errors), region);
    member.setBackground(background);
    member.setConcerns(concerns);
    Willingness parsedWillingness = EnumParam.parse(Willingness.class, willingness, "willingness", errors);
    member.setWillingness(parsedWillingness == null ? Willingness.UNDECIDED : parsedWillingness);
    member.setStatus(EnumParam.parse(RedeploymentStatus.class, status, "status", errors));
    Set<ConcernCategory> categories = new LinkedHashSet<>();
    if (concernCategories != null) {
      concernCategories.stream().filter(Objects::nonNull)
          .map(c -> EnumParam.parse(ConcernCategory.class, c, "concernCategories", errors)).filter(Objects::nonNull).forEach(categories::add);
    }
    member.setConcernCategories(categories);
    if (qualifications != null) {
      member.setQualifications(qualifications.stream().filter(Objects::nonNull).map(Qualification::ofCode)
          .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
    InvalidInputException.throwIfAny(errors);
    if (version != null) {
      member.setVersion(version);
    }
    return member;
  }
}
