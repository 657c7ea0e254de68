package org.homeward.staff.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.TrainingCourse;

/**
 * A community position. Qualifications and courses are codes of {@code /api/qualifications} and
 * {@code /api/training-courses}; {@code filled} and {@code openingsLeft} are the acceptances', never sent.
 */
@JsonbPropertyOrder({"id", "version", "serviceName", "kind", "role", "region", "description", "openings", "filled", "openingsLeft",
    "availableFrom", "requiredQualifications", "requiredCourses"})
public record PositionJson(
    Long id,
    Long version,
    String serviceName,
    @Schema(implementation = ServiceKind.class) String kind,
    @Schema(implementation = StaffRole.class) String role,
    String region,
    String description,
    Integer openings,
    @Schema(readOnly = true) Integer filled,
    @Schema(readOnly = true) Integer openingsLeft,
    LocalDate availableFrom,
    List<String> requiredQualifications,
    List<String> requiredCourses) {

  public static PositionJson of(CommunityPosition p) {
    return new PositionJson(p.getId(), p.getVersion(), p.getServiceName(), EnumParam.name(p.getKind()), EnumParam.name(p.getRole()),
        p.getRegion(), p.getDescription(), p.getOpenings(), p.getFilled(), p.openingsLeft(), p.getAvailableFrom(),
        p.qualificationsInOrder().stream().map(Qualification::getCode).toList(),
        p.coursesInOrder().stream().map(TrainingCourse::getCode).toList());
  }

  CommunityPosition toPosition() {
    List<FieldError> errors = new ArrayList<>();
    CommunityPosition position = new CommunityPosition(serviceName, EnumParam.parse(ServiceKind.class, kind, "kind", errors),
        EnumParam.parse(StaffRole.class, role, "role", errors), region, openings, availableFrom);
    position.setDescription(description);
    if (requiredQualifications != null) {
      position.setRequiredQualifications(requiredQualifications.stream().filter(Objects::nonNull).map(c -> Qualification.ofCode(c.strip()))
          .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
    if (requiredCourses != null) {
      position.setRequiredCourses(requiredCourses.stream().filter(Objects::nonNull).map(c -> TrainingCourse.ofCode(c.strip()))
          .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
    InvalidInputException.throwIfAny(errors);
    if (version != null) {
      position.setVersion(version);
    }
    return position;
  }
}
