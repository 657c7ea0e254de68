package org.homeward.staff.control;

import java.util.Collection;
import org.homeward.staff.entity.ApplicationDecision;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.TrainingStatus;

/**
 * A staff member's redeployment status as their records show it: the furthest step they have
 * reached on the way not started, in training, applied, redeployed. Retired and left are recorded
 * by hand and stay until someone records the person back.
 */
public final class RedeploymentProgress {

  /** An application as the status sees it: its decision (none while pending) and whether the position's required courses are all completed. */
  public record Application(ApplicationDecision decision, boolean requiredCoursesCompleted) {

    boolean redeploys() {
      return decision == ApplicationDecision.ACCEPTED || decision == ApplicationDecision.ACCEPTED_AFTER_TRAINING && requiredCoursesCompleted;
    }

    boolean underWay() {
      return decision == null || decision == ApplicationDecision.ACCEPTED_AFTER_TRAINING && !requiredCoursesCompleted;
    }
  }

  private RedeploymentProgress() {
  }

  /**
   * Accepted (or accepted after training with the courses done) is redeployed; an application
   * awaiting its decision or its courses is applied; a course planned or completed is in training;
   * a course only found needed has not started anything yet.
   */
  public static RedeploymentStatus derive(RedeploymentStatus recorded, Collection<TrainingStatus> trainings, Collection<Application> applications) {
    if (recorded != null && recorded.gone()) {
      return recorded;
    }
    if (applications.stream().anyMatch(Application::redeploys)) {
      return RedeploymentStatus.REDEPLOYED;
    }
    if (applications.stream().anyMatch(Application::underWay)) {
      return RedeploymentStatus.APPLIED;
    }
    if (trainings.stream().anyMatch(t -> t != TrainingStatus.NEEDED)) {
      return RedeploymentStatus.IN_TRAINING;
    }
    return RedeploymentStatus.NOT_STARTED;
  }
}
