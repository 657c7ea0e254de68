package org.homeward.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.staff.control.StaffAccess;
import org.homeward.staff.control.StaffRepository;
import org.homeward.staff.control.StatusHistory;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.StatusCause;
import org.homeward.staff.entity.TrainingCourse;

/**
 * Training in rights-based and recovery-oriented practice (WHO guidance, strategy 2.4.2): the
 * catalogue of courses, and each staff member's way through them. Planning a first course starts a
 * person's way into community services (see {@link StatusHistory}).
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE})
public class StaffTrainings {

  @Inject StaffRepository repository;
  @Inject StaffAccess access;
  @Inject Validator validator;
  @Inject Clock clock;
  @Inject AuditTrail trail;
  @Inject CurrentCaller caller;
  @Inject StatusHistory history;

  @Permit({Role.ADMIN, Role.COMMITTEE, Role.MINISTRY, Role.FINANCE, Role.FOCAL_POINT})
  public List<TrainingCourse> courses() {
    return repository.courses();
  }

  /** Adds a course to the catalogue, after the ones there. Reference data has a code, not an id, so the audit row is written here. */
  @Permit(Role.ADMIN)
  public TrainingCourse addCourse(String code, String label) {
    TrainingCourse course = new TrainingCourse(code, label, repository.nextCoursePosition());
    InvalidInputException.throwIfAny(validator.validate(course));
    if (repository.course(code).isPresent()) {
      throw new DuplicateRecordException("code", "{staff.course.duplicateCode}");
    }
    repository.add(course);
    trail.record(caller.name(), AuditAction.CREATE, "TrainingCourse", code, Map.of("label", label));
    return course;
  }

  @RecordsRead(AuditAction.SEARCH)
  public List<StaffTraining> trainings(long staffId) {
    access.require(staffId);
    return repository.trainings(staffId);
  }

  /** Records a course for a person; each course once, moved on afterwards with {@link #update}. */
  public StaffTraining record(long staffId, StaffTraining draft) {
    StaffMember member = access.require(staffId);
    TrainingCourse course = draft.getCourse() == null ? null : repository.course(draft.getCourse().getCode()).orElse(null);
    List<FieldError> errors = new ArrayList<>(draft.crossFieldErrors(today()));
    if (course == null) {
      errors.add(new FieldError("course", "{staff.course.unknown}"));
    }
    draft.setCourse(course);
    InvalidInputException.throwIfAny(validator.validate(draft), errors);
    if (repository.hasTraining(staffId, course.getCode())) {
      throw new DuplicateRecordException("course", "{staff.course.duplicate}");
    }
    draft.attachTo(member);
    repository.add(draft);
    history.refresh(member, StatusCause.TRAINING);
    return draft;
  }

  public StaffTraining update(long staffId, long trainingId, StaffTraining edited) {
    StaffMember member = access.require(staffId);
    StaffTraining training = repository.training(staffId, trainingId).orElseThrow(() -> new RecordNotFoundException("StaffTraining", trainingId));
    StaleRecordException.requireVersion(training.getVersion(), edited.getVersion());
    edited.setCourse(training.getCourse());
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors(today()));
    training.updateFrom(edited);
    history.refresh(member, StatusCause.TRAINING);
    return training;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
