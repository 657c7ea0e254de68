package org.homeward.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffTrainingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private static final TrainingCourse RECOVERY = new TrainingCourse("RECOVERY", "Recovery approach", 2);

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  @ParameterizedTest(name = "{0} planned {1} completed {2} -> {3}")
  @CsvSource(nullValues = "-", value = {
      "NEEDED,    -,          -,          -",
      "PLANNED,   2026-09-01, -,          -",
      "PLANNED,   -,          -,          plannedOn",
      "COMPLETED, 2026-03-01, 2026-06-15, -",
      "COMPLETED, -,          2026-01-10, -",
      "COMPLETED, -,          -,          completedOn",
      "COMPLETED, -,          2026-06-16, completedOn"})
  void aPlannedCourseHasADateAndACompletedOneADayNotAhead(TrainingStatus status, String planned, String completed, String badField) {
    List<FieldError> errors = new StaffTraining(RECOVERY, status, date(planned), date(completed)).crossFieldErrors(TODAY);

    if (badField == null) {
      assertThat(errors).isEmpty();
    } else {
      assertThat(errors).extracting(FieldError::field).containsExactly(badField);
    }
  }
}
