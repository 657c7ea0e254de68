package org.homeward.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The counts behind the indicators, by area (region for the country, institution within a region)
 * and, for counts of residents, by sex, age band on the day counted and disability group. Each row
 * holds counts only: never anything about one person.
 */
@Dependent
public class IndicatorRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /**
   * (area, sex, age band, disability group, numerator, denominator) of a resident indicator on
   * {@code day}, moves counted from {@code from}. A person's status on a past day comes from their
   * status history; today's from their record.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> residents(String indicator, LocalDate day, LocalDate from, boolean today, String region, Set<Long> scope) {
    return bind(em.createNativeQuery(IndicatorSql.residents(indicator, today, region)), day, from, region, scope).getResultList();
  }

  /** (area, institutions not closed, people living in them on the day). Today's figures only: institutions keep no status history. */
  @SuppressWarnings("unchecked")
  public List<Object[]> institutions(String region, Set<Long> scope) {
    return bind(em.createNativeQuery(IndicatorSql.institutions(region)), LocalDate.now(), LocalDate.now(), region, scope).getResultList();
  }

  /** (area, staff trained in human rights by the day, staff still working now). */
  @SuppressWarnings("unchecked")
  public List<Object[]> staffTrainedInRights(LocalDate day, String region, Set<Long> scope) {
    return bind(em.createNativeQuery(IndicatorSql.staffTrained(region)), day, day, region, scope).getResultList();
  }

  private static Query bind(Query query, LocalDate day, LocalDate from, String region, Set<Long> scope) {
    return query.setParameter(1, Date.valueOf(day)).setParameter(2, Date.valueOf(from)).setParameter(3, region)
        .setParameter(4, scope != null).setParameter(5, (scope == null || scope.isEmpty() ? List.of(-1L) : List.copyOf(scope)).toArray(Long[]::new));
  }
}
