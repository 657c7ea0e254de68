package org.homeward.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;

/**
 * One course for one staff member, from the day it is found needed to the day it is completed. A
 * person has one record per course, moved on as the training happens.
 */
@Entity
@Table(name = "staff_training")
public class StaffTraining implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
  private StaffMember staffMember;

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "course_code", nullable = false, updatable = false)
  private TrainingCourse course;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TrainingStatus status;

  @Column(name = "planned_on")
  private LocalDate plannedOn;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  public StaffTraining() {
    // a blank training for a form
  }

  public StaffTraining(TrainingCourse course, TrainingStatus status, LocalDate plannedOn, LocalDate completedOn) {
    this.course = course;
    this.status = status;
    this.plannedOn = plannedOn;
    this.completedOn = completedOn;
  }

  public void attachTo(StaffMember owner) {
    this.staffMember = owner;
  }

  /** A planned course has a date; a completed one has the day it was completed, which cannot lie ahead. */
  public List<FieldError> crossFieldErrors(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (status == TrainingStatus.PLANNED && plannedOn == null) {
      errors.add(new FieldError("plannedOn", "{staff.training.plannedOn.required}"));
    }
    if (status == TrainingStatus.COMPLETED && completedOn == null) {
      errors.add(new FieldError("completedOn", "{staff.training.completedOn.required}"));
    }
    if (status == TrainingStatus.COMPLETED && completedOn != null && completedOn.isAfter(today)) {
      errors.add(new FieldError("completedOn", "{staff.training.completedOn.future}"));
    }
    return errors;
  }

  /** Moves the training on; the course stays the one it was recorded for. */
  public void updateFrom(StaffTraining edited) {
    status = edited.status;
    plannedOn = edited.plannedOn;
    completedOn = edited.completedOn;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public TrainingCourse getCourse() {
    return course;
  }

  public void setCourse(TrainingCourse course) {
    this.course = course;
  }

  public TrainingStatus getStatus() {
    return status;
  }

  public void setStatus(TrainingStatus status) {
    this.status = status;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public void setPlannedOn(LocalDate plannedOn) {
    this.plannedOn = plannedOn;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }
}
