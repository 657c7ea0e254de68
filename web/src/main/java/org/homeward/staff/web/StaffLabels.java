package org.homeward.staff.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.homeward.problem.FieldError;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.staff.api.ReferenceLabels;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.TrainingCourse;
import org.omnifaces.util.Faces;

/** Labels of reference data and import findings in the user's language, for the staff pages. */
@Named
@ApplicationScoped
public class StaffLabels {

  public String course(TrainingCourse course) {
    return ReferenceLabels.of(course, Faces.getLocale());
  }

  public String qualification(Qualification qualification) {
    return ReferenceLabels.of(qualification, Faces.getLocale());
  }

  public String problem(FieldError error) {
    return ProblemMessages.fieldMessage(error, Faces.getLocale());
  }
}
