package org.homeward.rights.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.homeward.monitoring.boundary.Area;
import org.homeward.rights.entity.CoercionKind;
import org.homeward.rights.entity.QualityRightsTheme;

/**
 * Rights now in figures for monitoring: per area (a region of the country, or an institution of one
 * region) and month, nothing about a person. Every count went through the one small-cell rule
 * ({@code homeward.monitoring.small-count}): a {@code null} count is small or withheld so that a
 * small one cannot be worked out, and every rate or number of hours resting on it is {@code null} too.
 *
 * @param region the region shown by institution, or {@code null} for the country by region ("" is the institutions without a region)
 * @param from the first month of the period
 * @param to the last month of the period
 * @param threshold the small-cell threshold: counts from 1 to it are never shown
 * @param areas the rows: regions when {@code region} is null, else the region's institutions; only those within the caller's scope
 * @param months one entry per area and month, areas in the order of {@code areas}, months in order
 * @param totals one entry per month for all the areas shown together ({@code area} is null)
 * @param qualityRights the latest QualityRights assessment of each institution shown that has one
 */
public record RightsAreaFigures(String region, YearMonth from, YearMonth to, int threshold, List<Area> areas, List<AreaMonth> months,
    List<AreaMonth> totals, List<InstitutionScores> qualityRights) implements Serializable {

  /**
   * One area's month.
   *
   * @param area the region or institution; {@code null} in {@link RightsAreaFigures#totals()}
   * @param month the calendar month
   * @param residentDays days lived in the institutions by their residents this month (from the residents' status histories);
   *     {@code null} when they average to no more than the threshold of people a day, which would count people
   * @param events coercive practice events that started this month, by kind (every kind present); a {@code null} count is withheld
   * @param perThousand events of each kind per 1,000 resident-days; {@code null} where the count or the resident-days are withheld,
   *     or nobody lived there
   * @param total all coercive practice events that started this month, or {@code null} when withheld
   * @param totalPerThousand {@code total} per 1,000 resident-days, or {@code null} when either is withheld or nobody lived there
   * @param seclusionHours hours spent in seclusion this month (an event's hours are split over the months it lasted);
   *     {@code null} when the month's count of seclusions is withheld
   * @param restraintHours hours spent under physical, mechanical or chemical restraint this month; {@code null} when any
   *     count of restraint is withheld
   * @param complaintsOverdue complaints that, at the month's end (today for the current month), had been received, were past
   *     their due date and were neither answered, escalated nor closed; {@code null} when withheld
   * @param deaths deaths of residents in the month; {@code null} when withheld
   */
  public record AreaMonth(Area area, YearMonth month, Long residentDays, Map<CoercionKind, Long> events,
      Map<CoercionKind, BigDecimal> perThousand, Long total, BigDecimal totalPerThousand, BigDecimal seclusionHours,
      BigDecimal restraintHours, Long complaintsOverdue, Long deaths) implements Serializable {}

  /**
   * An institution's latest QualityRights assessment: it judges the institution, not a person, so it is shown in full.
   *
   * @param institutionId the institution
   * @param name its name
   * @param region its region, "" when it has none
   * @param assessedOn the date of its latest assessment
   * @param themeShares each theme's share of what could be achieved, in per cent (0–100), from the toolkit's scores
   */
  public record InstitutionScores(long institutionId, String name, String region, LocalDate assessedOn,
      Map<QualityRightsTheme, BigDecimal> themeShares) implements Serializable {}
}
