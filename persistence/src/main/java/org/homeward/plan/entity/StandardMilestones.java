package org.homeward.plan.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;

/**
 * The milestones a new plan offers, with first planned dates spread between today and the target
 * closure date for the committee to adjust: a unit closes on its own planned date where it has one,
 * and admissions already stopped count as achieved.
 */
final class StandardMilestones {

  private StandardMilestones() {}

  static List<Milestone> offer(Institution institution, LocalDate today, LocalDate target) {
    LocalDate start = today.isBefore(target) ? today : target;
    long days = ChronoUnit.DAYS.between(start, target);
    List<Milestone> offered = new ArrayList<>();
    Milestone admissions = new Milestone(MilestoneKind.ADMISSIONS_STOPPED, "Admissions stopped", at(start, days, 0.05));
    if (institution.admissionsStopped()) {
      admissions.setPlannedOn(institution.getAdmissionsStoppedOn());
      admissions.setAchievedOn(institution.getAdmissionsStoppedOn());
    }
    offered.add(admissions);
    offered.add(new Milestone(MilestoneKind.FIRST_RESIDENTS_MOVED, "First residents moved", at(start, days, 0.15)));
    offered.add(new Milestone(MilestoneKind.RESIDENTS_MOVED_25, "25% of residents moved", at(start, days, 0.3)));
    offered.add(new Milestone(MilestoneKind.RESIDENTS_MOVED_50, "50% of residents moved", at(start, days, 0.5)));
    offered.add(new Milestone(MilestoneKind.RESIDENTS_MOVED_75, "75% of residents moved", at(start, days, 0.7)));
    for (Unit unit : institution.getUnits()) {
      LocalDate closes = unit.getPlannedClosureOn() != null ? unit.getPlannedClosureOn() : at(start, days, 0.85);
      Milestone closed = new Milestone(MilestoneKind.UNIT_CLOSED, unit.getName() + " closed", closes);
      closed.setUnit(unit);
      offered.add(closed);
    }
    offered.add(new Milestone(MilestoneKind.INSTITUTION_CLOSED, "Institution closed", target));
    offered.add(new Milestone(MilestoneKind.BUILDING_REPURPOSED, "Buildings and land repurposed", target.plusMonths(6)));
    return offered;
  }

  private static LocalDate at(LocalDate start, long days, double share) {
    return start.plusDays(Math.round(days * share));
  }
}
