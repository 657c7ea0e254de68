package org.homeward.plan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.plan.entity.Milestone;
import org.homeward.plan.entity.MilestoneKind;
import org.homeward.plan.entity.MilestoneStatus;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/**
 * A milestone. {@code baselineOn}, {@code status} and {@code slipDays} are computed and ignored on
 * input; on an approved revision only {@code forecastOn}, {@code achievedOn} and {@code notes} may change.
 */
@JsonbPropertyOrder({"id", "version", "kind", "unitId", "title", "plannedOn", "baselineOn", "forecastOn", "achievedOn",
    "status", "slipDays", "notes"})
public record MilestoneJson(
    Long id,
    Long version,
    @Schema(implementation = MilestoneKind.class) String kind,
    Long unitId,
    String title,
    LocalDate plannedOn,
    @Schema(readOnly = true) LocalDate baselineOn,
    LocalDate forecastOn,
    LocalDate achievedOn,
    @Schema(readOnly = true, implementation = MilestoneStatus.class) String status,
    @Schema(readOnly = true) Long slipDays,
    String notes) {

  static MilestoneJson of(Milestone m, PlanRevision revision, LocalDate today) {
    return new MilestoneJson(m.getId(), m.getVersion(), EnumParam.name(m.getKind()), m.getUnit() == null ? null : m.getUnit().getId(),
        m.getTitle(), m.getPlannedOn(), m.getBaselineOn(), m.getForecastOn(), m.getAchievedOn(),
        EnumParam.name(revision.statusOf(m, today)), m.getSlipDays(), m.getNotes());
  }

  Milestone toMilestone() {
    List<FieldError> errors = new ArrayList<>();
    Milestone milestone = new Milestone(EnumParam.parse(MilestoneKind.class, kind, "kind", errors), title, plannedOn);
    InvalidInputException.throwIfAny(errors);
    milestone.setForecastOn(forecastOn);
    milestone.setAchievedOn(achievedOn);
    milestone.setNotes(notes);
    if (version != null) {
      milestone.setVersion(version);
    }
    return milestone;
  }
}
