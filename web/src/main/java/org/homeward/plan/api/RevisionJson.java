package org.homeward.plan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.plan.entity.RevisionStatus;

/**
 * A revision of a closure plan. In lists it comes without its phases, milestones and actions.
 * Changing it (PUT) takes {@code version}, {@code targetClosureOn} and {@code changeSummary}.
 */
@JsonbPropertyOrder({"number", "version", "status", "targetClosureOn", "changeSummary", "startedBy", "startedAt", "approvedBy",
    "approvedAt", "phases", "milestones", "actions"})
public record RevisionJson(
    Integer number,
    Long version,
    @Schema(readOnly = true, implementation = RevisionStatus.class) String status,
    LocalDate targetClosureOn,
    String changeSummary,
    @Schema(readOnly = true) String startedBy,
    @Schema(readOnly = true) Instant startedAt,
    @Schema(readOnly = true) String approvedBy,
    @Schema(readOnly = true) Instant approvedAt,
    @Schema(readOnly = true) List<PhaseJson> phases,
    @Schema(readOnly = true) List<MilestoneJson> milestones,
    @Schema(readOnly = true) List<ActionJson> actions) {

  static RevisionJson summary(PlanRevision r) {
    return new RevisionJson(r.getNumber(), r.getVersion(), EnumParam.name(r.getStatus()), r.getTargetClosureOn(), r.getChangeSummary(),
        r.getStartedBy(), r.getStartedAt(), r.getApprovedBy(), r.getApprovedAt(), null, null, null);
  }

  static RevisionJson of(PlanRevision r, LocalDate today) {
    return new RevisionJson(r.getNumber(), r.getVersion(), EnumParam.name(r.getStatus()), r.getTargetClosureOn(), r.getChangeSummary(),
        r.getStartedBy(), r.getStartedAt(), r.getApprovedBy(), r.getApprovedAt(),
        r.getPhases().stream().map(PhaseJson::of).toList(),
        r.getMilestones().stream().map(m -> MilestoneJson.of(m, r, today)).toList(),
        r.getActions().stream().map(ActionJson::of).toList());
  }
}
