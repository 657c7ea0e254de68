package org.homeward.plan.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.homeward.institution.entity.Institution;
import org.homeward.plan.entity.MilestoneStatus;
import org.homeward.plan.entity.RevisionStatus;

/**
 * One institution's closure plan at a glance, for the ministry's overview: the revision in force
 * (or the first draft, while none is approved) and how many of its milestones stand where.
 *
 * @param revision null when the institution has no plan yet
 * @param milestones milestones by status, every status present
 * @param slipDays the most days any milestone is forecast (or was achieved) after its baseline
 */
public record PlanSummary(
    Institution institution,
    Integer revision,
    RevisionStatus revisionStatus,
    LocalDate targetClosureOn,
    Map<MilestoneStatus, Long> milestones,
    long slipDays,
    long overdueActions) implements Serializable {

  public boolean hasPlan() {
    return revision != null;
  }

  public long count(MilestoneStatus status) {
    return milestones.getOrDefault(status, 0L);
  }

  /** Whether anything slips: a milestone overdue or at risk. */
  public boolean isSlipping() {
    return count(MilestoneStatus.OVERDUE) + count(MilestoneStatus.AT_RISK) > 0;
  }
}
