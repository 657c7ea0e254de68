package org.homeward.staff.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.TrainingStatus;

/** One course for one staff member; {@code course} is a code of {@code /api/training-courses}, fixed once recorded. */
@JsonbPropertyOrder({"id", "version", "course", "courseLabel", "status", "plannedOn", "completedOn"})
public record TrainingJson(
    Long id,
    Long version,
    String course,
    String courseLabel,
    @Schema(implementation = TrainingStatus.class) String status,
    LocalDate plannedOn,
    LocalDate completedOn) {

  static TrainingJson of(StaffTraining t, Locale locale) {
    return new TrainingJson(t.getId(), t.getVersion(), t.getCourse().getCode(), ReferenceLabels.of(t.getCourse(), locale),
        EnumParam.name(t.getStatus()), t.getPlannedOn(), t.getCompletedOn());
  }

  StaffTraining toTraining() {
    StaffTraining training = new StaffTraining(course == null ? null : TrainingCourse.ofCode(course.strip()),
        EnumParam.parse(TrainingStatus.class, status, "status"), plannedOn, completedOn);
    if (version != null) {
      training.setVersion(version);
    }
    return training;
  }
}
