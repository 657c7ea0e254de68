package org.homeward.plan.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.homeward.resident.boundary.ResidentsMoved;

/**
 * Keeps the closure plan's moved-share milestones (first residents moved, 25, 50 and 75 per cent) in
 * step with the residents' records: a move that reaches one marks it achieved on the revision in force.
 */
@Dependent
public class MovedMilestones {

  @Inject PlanRepository plans;

  void onMove(@Observes ResidentsMoved move) {
    plans.planOf(move.institutionId()).ifPresent(plan -> plan.current().recordMoves(move.moved(), move.toMove(), move.on()));
  }
}
