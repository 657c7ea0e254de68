package org.homeward.supportplan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.supportplan.entity.ActionStep;
import org.homeward.supportplan.entity.StepStatus;

/** A step towards one of the person's goals. */
@JsonbPropertyOrder({"id", "version", "goal", "step", "who", "dueOn", "status"})
public record StepJson(Long id, Long version, String goal, String step, String who, LocalDate dueOn,
    @Schema(implementation = StepStatus.class) String status) {

  static StepJson of(ActionStep s) {
    return new StepJson(s.getId(), s.getVersion(), s.getGoal(), s.getStep(), s.getWho(), s.getDueOn(), EnumParam.name(s.getStatus()));
  }

  ActionStep toStep() {
    ActionStep s = new ActionStep(goal, step, who, dueOn);
    StepStatus parsed = EnumParam.parse(StepStatus.class, status, "status");
    s.setStatus(parsed == null ? StepStatus.PLANNED : parsed);
    if (version != null) {
      s.setVersion(version);
    }
    return s;
  }
}
