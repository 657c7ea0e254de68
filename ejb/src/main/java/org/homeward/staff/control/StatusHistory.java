package org.homeward.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.security.control.CurrentCaller;
import org.homeward.staff.entity.ApplicationDecision;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffStatusChange;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.StatusCause;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.TrainingStatus;

/** Keeps each staff member's redeployment status as their records show it, and a row for every change. */
@Dependent
public class StatusHistory {

  @Inject StaffRepository staff;
  @Inject PositionRepository positions;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** The first row of a new staff member's history. */
  public void started(StaffMember member) {
    positions.add(new StaffStatusChange(member, member.getStatus(), StatusCause.ADDED, clock.instant(), caller.name()));
  }

  /** Derives the status again after {@code cause} changed a record, and notes it if it moved. */
  public void refresh(StaffMember member, StatusCause cause) {
    move(member, derived(member, member.getStatus()), cause);
  }

  /** Records the person as retired or left, or (with any other status) back on their way, derived again. */
  public void recordExit(StaffMember member, RedeploymentStatus exit) {
    if (exit.gone()) {
      move(member, exit, StatusCause.EXIT);
    } else if (member.hasGone()) {
      move(member, derived(member, null), StatusCause.RETURN);
    }
  }

  /** What the records show, leaving a recorded exit alone. */
  public RedeploymentStatus derived(StaffMember member, RedeploymentStatus recorded) {
    List<StaffTraining> trainings = staff.trainings(member.getId());
    Set<String> completed = trainings.stream().filter(t -> t.getStatus() == TrainingStatus.COMPLETED)
        .map(t -> t.getCourse().getCode()).collect(Collectors.toSet());
    var applications = positions.applicationsOf(member.getId()).stream()
        .filter(a -> a.getDecision() != ApplicationDecision.DECLINED)
        .map(a -> new RedeploymentProgress.Application(a.getDecision(), coursesCompleted(a, completed))).toList();
    return RedeploymentProgress.derive(recorded, trainings.stream().map(StaffTraining::getStatus).toList(), applications);
  }

  private static boolean coursesCompleted(StaffApplication application, Set<String> completed) {
    return application.getPosition().getRequiredCourses().stream().map(TrainingCourse::getCode).allMatch(completed::contains);
  }

  private void move(StaffMember member, RedeploymentStatus status, StatusCause cause) {
    if (status != member.getStatus()) {
      member.setStatus(status);
      positions.add(new StaffStatusChange(member, status, cause, clock.instant(), caller.name()));
    }
  }
}
