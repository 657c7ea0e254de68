package org.homeward.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.staff.api.ReferenceLabels;
import org.homeward.staff.boundary.StaffRoster;
import org.homeward.staff.boundary.StaffTrainings;
import org.homeward.staff.control.PositionFit;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.TrainingCourse;
import org.omnifaces.util.Faces;

/** The reasons behind a fit, one sentence per criterion, in the user's language. */
@Named
@RequestScoped
public class FitSentences {

  @Inject StaffRoster roster;
  @Inject StaffTrainings trainings;

  private Map<String, String> qualificationLabels;
  private Map<String, String> courseLabels;

  public List<String> of(PositionFit fit) {
    return fit.reasons().stream().map(this::sentence).toList();
  }

  private String sentence(PositionFit.Reason r) {
    return switch (r.criterion()) {
      case QUALIFICATIONS -> r.missing().isEmpty() && r.have().isEmpty() ? text("staff.fit.QUALIFICATIONS.none")
          : r.missing().isEmpty() ? text("staff.fit.QUALIFICATIONS.met", qualifications(r.have()))
          : text("staff.fit.QUALIFICATIONS.missing", r.have().size(), r.have().size() + r.missing().size(), qualifications(r.missing()));
      case TRAINING -> r.missing().isEmpty() && r.planned().isEmpty() && r.have().isEmpty() ? text("staff.fit.TRAINING.none")
          : r.met() ? text("staff.fit.TRAINING.met", courses(r.have()))
          : text("staff.fit.TRAINING.partly", orNone(courses(r.have())), orNone(courses(r.planned())), orNone(courses(r.missing())));
      case REGION -> r.staffValue() == null ? text("staff.fit.REGION.unknown", r.positionValue())
          : text(r.met() ? "staff.fit.REGION.met" : "staff.fit.REGION.other", r.staffValue(), r.positionValue());
      case WILLINGNESS -> text("staff.fit.WILLINGNESS." + r.staffValue());
      case ROLE -> text(r.met() ? "staff.fit.ROLE.met" : "staff.fit.ROLE.other", role(r.staffValue()), role(r.positionValue()));
    };
  }

  private String qualifications(List<String> codes) {
    if (qualificationLabels == null) {
      qualificationLabels = roster.qualifications().stream()
          .collect(Collectors.toMap(Qualification::getCode, q -> ReferenceLabels.of(q, locale()), (a, b) -> a));
    }
    return labels(codes, qualificationLabels);
  }

  private String courses(List<String> codes) {
    if (courseLabels == null) {
      courseLabels = trainings.courses().stream()
          .collect(Collectors.toMap(TrainingCourse::getCode, c -> ReferenceLabels.of(c, locale()), (a, b) -> a));
    }
    return labels(codes, courseLabels);
  }

  private static String labels(List<String> codes, Map<String, String> labels) {
    return codes.stream().map(c -> labels.getOrDefault(c, c)).collect(Collectors.joining(", "));
  }

  private String orNone(String list) {
    return list.isEmpty() ? text("staff.fit.none") : list;
  }

  private String role(String role) {
    return role == null ? "" : text("enum.StaffRole." + role);
  }

  private String text(String key, Object... arguments) {
    return MessageFormat.format(ProblemMessages.text(key, locale()), arguments);
  }

  private static Locale locale() {
    return Faces.getLocale();
  }

}
