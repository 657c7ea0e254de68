package org.homeward.plan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.homeward.api.EnumParam;
import org.homeward.plan.boundary.PlanSummary;
import org.homeward.plan.entity.MilestoneStatus;

/** One institution's plan at a glance; {@code revision} is null when it has no plan yet. */
@JsonbPropertyOrder({"institutionId", "code", "name", "region", "revision", "revisionStatus", "targetClosureOn", "achieved", "onTrack",
    "atRisk", "overdue", "slipDays", "overdueActions"})
public record PlanSummaryJson(
    long institutionId,
    String code,
    String name,
    String region,
    Integer revision,
    String revisionStatus,
    LocalDate targetClosureOn,
    long achieved,
    long onTrack,
    long atRisk,
    long overdue,
    long slipDays,
    long overdueActions) {

  static PlanSummaryJson of(PlanSummary s) {
    return new PlanSummaryJson(s.institution().getId(), s.institution().getCode(), s.institution().getName(), s.institution().getRegion(),
        s.revision(), EnumParam.name(s.revisionStatus()), s.targetClosureOn(), s.count(MilestoneStatus.ACHIEVED),
        s.count(MilestoneStatus.ON_TRACK), s.count(MilestoneStatus.AT_RISK), s.count(MilestoneStatus.OVERDUE), s.slipDays(),
        s.overdueActions());
  }
}
