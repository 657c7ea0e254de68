package org.homeward.rights.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.api.EnumParam;
import org.homeward.monitoring.boundary.Area;
import org.homeward.rights.boundary.RightsAreaFigures;

/**
 * Rights now for monitoring: per area and month, no person. A {@code null} count is small (1 to
 * {@code threshold}) or withheld so that a small one cannot be worked out; a rate or number of
 * hours resting on a withheld count is {@code null} too. See {@link RightsAreaFigures} for each field.
 *
 * @param region the region shown by institution, or null for the country by region
 * @param from first month, {@code 2026-01}
 * @param to last month
 * @param threshold counts from 1 to this are never shown
 * @param areas the rows: {@code area} is the region's name ("" for no region) or the institution's id
 * @param months per area and month
 * @param totals per month, all areas shown together ({@code area} null)
 * @param qualityRights each institution's latest QualityRights assessment, theme shares in per cent
 */
public record RightsFiguresJson(String region, String from, String to, int threshold, List<AreaJson> areas, List<MonthJson> months,
    List<MonthJson> totals, List<ScoresJson> qualityRights) {

  /** A region ({@code institutionId} null) or an institution. */
  public record AreaJson(String area, String name, Long institutionId) {}

  /**
   * One area's month: {@code residentDays}; {@code events} and {@code perThousand} by kind of
   * coercion; {@code total} and {@code totalPerThousand}; {@code seclusionHours}, {@code restraintHours};
   * {@code complaintsOverdue} at the month's end; {@code deaths}.
   */
  public record MonthJson(String area, String month, Long residentDays, Map<String, Long> events, Map<String, BigDecimal> perThousand,
      Long total, BigDecimal totalPerThousand, BigDecimal seclusionHours, BigDecimal restraintHours, Long complaintsOverdue,
      Long deaths) {}

  /** An institution's latest QualityRights assessment: the date and each theme's share of what could be achieved, in per cent. */
  public record ScoresJson(long institutionId, String name, String region, LocalDate assessedOn, Map<String, BigDecimal> themeShares) {}

  public static RightsFiguresJson of(RightsAreaFigures f) {
    return new RightsFiguresJson(f.region(), f.from().toString(), f.to().toString(), f.threshold(),
        f.areas().stream().map(a -> new AreaJson(a.key(), a.name(), a.institutionId())).toList(),
        f.months().stream().map(RightsFiguresJson::month).toList(), f.totals().stream().map(RightsFiguresJson::month).toList(),
        f.qualityRights().stream().map(s -> new ScoresJson(s.institutionId(), s.name(), s.region(), s.assessedOn(),
            EnumParam.byName(s.themeShares()))).toList());
  }

  private static MonthJson month(RightsAreaFigures.AreaMonth m) {
    Area area = m.area();
    return new MonthJson(area == null ? null : area.key(), m.month().toString(), m.residentDays(), EnumParam.byName(m.events()),
        EnumParam.byName(m.perThousand()), m.total(), m.totalPerThousand(), m.seclusionHours(), m.restraintHours(), m.complaintsOverdue(),
        m.deaths());
  }
}
