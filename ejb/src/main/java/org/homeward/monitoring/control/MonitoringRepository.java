package org.homeward.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import org.homeward.institution.entity.Institution;

/**
 * Counts for monitoring, grouped by area: by region for the country, by institution within a region.
 * Each query returns rows of (area key, category, count) and nothing about a person.
 */
@Dependent
public class MonitoringRepository {

  /** The key of an institution without a region. */
  public static final String NO_REGION = "";

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** The institutions a drill-down shows: all in scope, or those of one region. */
  public List<Institution> institutions(String region, Set<Long> scope) {
    return bind(em.createQuery("select i from Institution i where " + where(region, scope) + " order by i.region, i.name", Institution.class),
        region, scope).getResultList();
  }

  /** (area, status, complex support needs, count) of residents. */
  public List<Object[]> residents(String region, Set<Long> scope) {
    return rows("select " + area(region) + ", r.status, r.complexSupportNeeds, count(r) from Resident r join r.institution i where "
        + where(region, scope) + " group by " + area(region) + ", r.status, r.complexSupportNeeds", region, scope);
  }

  /** (area, status, count) of staff. */
  public List<Object[]> staff(String region, Set<Long> scope) {
    return rows("select " + area(region) + ", s.status, count(s) from StaffMember s join s.institution i where "
        + where(region, scope) + " group by " + area(region) + ", s.status", region, scope);
  }

  /** (area, count) of staff still undecided about community work. */
  public List<Object[]> undecidedStaff(String region, Set<Long> scope) {
    return rows("select " + area(region) + ", count(s) from StaffMember s join s.institution i where s.willingness = "
        + "org.homeward.staff.entity.Willingness.UNDECIDED and " + where(region, scope) + " group by " + area(region), region, scope);
  }

  /** (area, outcome, count) of the latest follow-up visit of each person who moved. */
  @SuppressWarnings("unchecked")
  public List<Object[]> latestOutcomes(String region, Set<Long> scope) {
    String area = region == null ? "coalesce(i.region, '')" : "cast(i.id as varchar)";
    Query query = em.createNativeQuery("select " + area + ", v.outcome, count(*) from ("
        + " select distinct on (resident_id) resident_id, outcome from follow_up_visit order by resident_id, visited_on desc, id desc) v"
        + " join resident r on r.id = v.resident_id join institution i on i.id = r.institution_id"
        + " where (cast(?1 as varchar) is null or coalesce(i.region, '') = ?1) and (?2 = false or i.id = any(?3))"
        + " group by " + area + ", v.outcome");
    query.setParameter(1, region).setParameter(2, scope != null).setParameter(3, ids(scope).toArray(Long[]::new));
    return query.getResultList();
  }

  private List<Object[]> rows(String jpql, String region, Set<Long> scope) {
    return bind(em.createQuery(jpql, Object[].class), region, scope).getResultList();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, String region, Set<Long> scope) {
    if (region != null && !region.isEmpty()) {
      query.setParameter("region", region);
    }
    if (scope != null) {
      query.setParameter("scope", ids(scope));
    }
    return query;
  }

  private static String area(String region) {
    return region == null ? "i.region" : "i.id";
  }

  private static String where(String region, Set<Long> scope) {
    String inRegion = region == null ? "1 = 1" : region.isEmpty() ? "(i.region is null or i.region = '')" : "i.region = :region";
    return inRegion + (scope == null ? "" : " and i.id in :scope");
  }

  private static List<Long> ids(Set<Long> scope) {
    return scope == null || scope.isEmpty() ? List.of(-1L) : List.copyOf(scope);
  }
}
