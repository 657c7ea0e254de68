package org.homeward.plan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.plan.entity.ActionCategory;
import org.homeward.plan.entity.ActionStatus;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.RightsIndicator;
import org.homeward.plan.entity.RightsPractice;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.rights.entity.QualityRightsTheme;

/**
 * A plan action. {@code rightsPractice} is required for, and kept only on, RIGHTS_IN_PRACTICE
 * actions; INSTITUTIONAL_FACILITIES is always refused. On an approved revision only {@code status},
 * {@code doneOn}, {@code notes} and the indicator may change. A RIGHTS_IN_PRACTICE action may name the
 * {@code indicator} it should move, the QualityRights {@code indicatorTheme} when that is the
 * indicator, and the unit ({@code indicatorUnitId}) a coercion indicator concerns.
 */
@JsonbPropertyOrder({"id", "version", "title", "category", "rightsPractice", "owner", "startsOn", "dueOn", "doneOn", "status",
    "milestoneId", "notes", "indicator", "indicatorTheme", "indicatorUnitId"})
public record ActionJson(
    Long id,
    Long version,
    String title,
    @Schema(implementation = ActionCategory.class) String category,
    @Schema(implementation = RightsPractice.class) String rightsPractice,
    String owner,
    LocalDate startsOn,
    LocalDate dueOn,
    LocalDate doneOn,
    @Schema(implementation = ActionStatus.class) String status,
    Long milestoneId,
    String notes,
    @Schema(implementation = RightsIndicator.class) String indicator,
    @Schema(implementation = QualityRightsTheme.class) String indicatorTheme,
    Long indicatorUnitId) {

  static ActionJson of(PlanAction a) {
    return new ActionJson(a.getId(), a.getVersion(), a.getTitle(), EnumParam.name(a.getCategory()), EnumParam.name(a.getRightsPractice()),
        a.getOwner(), a.getStartsOn(), a.getDueOn(), a.getDoneOn(), EnumParam.name(a.getStatus()),
        a.getMilestone() == null ? null : a.getMilestone().getId(), a.getNotes(), EnumParam.name(a.getIndicator()),
        EnumParam.name(a.getIndicatorTheme()), a.getIndicatorUnit() == null ? null : a.getIndicatorUnit().getId());
  }

  PlanAction toAction() {
    List<FieldError> errors = new ArrayList<>();
    PlanAction action = new PlanAction(title, EnumParam.parse(ActionCategory.class, category, "category", errors), owner, startsOn, dueOn);
    action.setRightsPractice(EnumParam.parse(RightsPractice.class, rightsPractice, "rightsPractice", errors));
    ActionStatus parsed = EnumParam.parse(ActionStatus.class, status, "status", errors);
    action.setIndicator(EnumParam.parse(RightsIndicator.class, indicator, "indicator", errors));
    action.setIndicatorTheme(EnumParam.parse(QualityRightsTheme.class, indicatorTheme, "indicatorTheme", errors));
    InvalidInputException.throwIfAny(errors);
    action.setStatus(parsed == null ? ActionStatus.PLANNED : parsed);
    action.setDoneOn(doneOn);
    action.setNotes(notes);
    if (version != null) {
      action.setVersion(version);
    }
    return action;
  }
}
