package org.homeward.rights.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.plan.entity.ActionStatus;
import org.homeward.plan.entity.RightsIndicator;
import org.homeward.rights.boundary.ActionTrend;
import org.homeward.rights.control.IndicatorTrend;
import org.homeward.rights.entity.QualityRightsTheme;

/**
 * A closure plan action with the indicator it should move, month by month ({@code after} from the
 * month of {@code comparedOn} on), the means before and after, and whether it moved the right way
 * ({@code BETTER}, {@code WORSE}, {@code UNCHANGED}, {@code TOO_EARLY}). Coercion is per 1,000
 * resident-days for the institution, in events when a {@code unit} is named; hours for the hours
 * indicators; a QualityRights theme as its share of what could be achieved, in per cent.
 */
public record ActionTrendJson(long actionId, String title, @Schema(implementation = RightsIndicator.class) String indicator,
    @Schema(implementation = QualityRightsTheme.class) String theme, String unit, LocalDate dueOn,
    @Schema(implementation = ActionStatus.class) String status, LocalDate comparedOn, List<MonthJson> months, BigDecimal before,
    BigDecimal after, @Schema(implementation = IndicatorTrend.Direction.class) String direction) {

  /** One month's value ({@code null}: none, e.g. no assessment yet). */
  public record MonthJson(String month, BigDecimal value, boolean after) {}

  static ActionTrendJson of(ActionTrend t) {
    return new ActionTrendJson(t.actionId(), t.title(), EnumParam.name(t.indicator()), EnumParam.name(t.theme()), t.unit(), t.dueOn(),
        EnumParam.name(t.status()), t.comparedOn(),
        t.months().stream().map(p -> new MonthJson(p.month().toString(), p.value(), p.after())).toList(), t.before(), t.after(),
        EnumParam.name(t.direction()));
  }
}
