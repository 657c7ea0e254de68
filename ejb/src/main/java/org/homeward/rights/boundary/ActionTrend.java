package org.homeward.rights.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.homeward.plan.entity.ActionStatus;
import org.homeward.plan.entity.RightsIndicator;
import org.homeward.rights.control.IndicatorTrend;
import org.homeward.rights.entity.QualityRightsTheme;

/**
 * A rights-improvement action of the closure plan with the indicator it should move, month by month
 * around the action's date, and whether it moved the right way. No person is named.
 *
 * @param unit the unit's name when the indicator concerns one unit (then coercion is counted in events, not per 1,000 resident-days)
 * @param comparedOn the date the months are compared before and after: done, else started, else due
 * @param before the mean of the months before {@code comparedOn}'s month, or {@code null}
 * @param after the mean from that month on, or {@code null}
 */
public record ActionTrend(long actionId, String title, RightsIndicator indicator, QualityRightsTheme theme, String unit, LocalDate dueOn,
    ActionStatus status, LocalDate comparedOn, List<IndicatorTrend.Point> months, BigDecimal before, BigDecimal after,
    IndicatorTrend.Direction direction) implements Serializable {}
