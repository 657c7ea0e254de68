package org.homeward.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import org.homeward.agenda.boundary.Agenda;
import org.homeward.institution.entity.Institution;

/**
 * Counts for monitoring, grouped by area: by region for the country, by institution within a region.
 * Each query returns rows of (area key, category, count) and nothing about a person.
 */
@Dependent
public class MonitoringRepository {

  private static final String INSIDE = "('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE', 'READMITTED')";
  private static final String NATIVE_WHERE = "(cast(?1 as varchar) is null or coalesce(i.region, '') = ?1) and (?2 = false or i.id = any(?3))";

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
    return nativeRows("select area, outcome, count(*) from (select distinct on (v.resident_id) v.outcome, " + area + " as area"
        + " from follow_up_visit v join resident r on r.id = v.resident_id join institution i on i.id = r.institution_id"
        + " where " + NATIVE_WHERE + " order by v.resident_id, v.visited_on desc, v.id desc) latest group by area, outcome", region, scope);
  }

  /** (institution id, milestone kind, planned date) of the milestones that date the moves, in each plan in force (or its first draft). */
  @SuppressWarnings("unchecked")
  public List<Object[]> planDates(String region, Set<Long> scope) {
    return nativeRows("select pr.institution_id, m.kind, coalesce(m.baseline_on, m.planned_on) from ("
        + " select distinct on (p.id) p.institution_id, r.id from closure_plan p join plan_revision r on r.plan_id = p.id"
        + " where r.status in ('APPROVED', 'DRAFT') order by p.id, (r.status = 'APPROVED') desc, r.number) pr"
        + " join plan_milestone m on m.revision_id = pr.id join institution i on i.id = pr.institution_id"
        + " where m.kind in ('ADMISSIONS_STOPPED', 'FIRST_RESIDENTS_MOVED', 'RESIDENTS_MOVED_25', 'RESIDENTS_MOVED_50', 'RESIDENTS_MOVED_75',"
        + " 'INSTITUTION_CLOSED') and " + NATIVE_WHERE, region, scope);
  }

  /** (institution id, people still inside, people moved or settled) today. */
  @SuppressWarnings("unchecked")
  public List<Object[]> toMove(String region, Set<Long> scope) {
    return nativeRows("select i.id, count(*) filter (where r.status in " + INSIDE + "), count(*) filter (where r.status in ('MOVED', 'SETTLED'))"
        + " from resident r join institution i on i.id = r.institution_id where " + NATIVE_WHERE + " group by i.id", region, scope);
  }

  /**
   * (month, change in the people inside) over all of history: each status change into an inside
   * status adds one in the month it takes effect, each change out of one takes one away.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> insideChangesByMonth(String region, Set<Long> scope) {
    return nativeRows("select cast(date_trunc('month', c.effective_on) as date), sum((case when c.to_status in " + INSIDE + " then 1 else 0 end)"
        + " - (case when c.from_status in " + INSIDE + " then 1 else 0 end)) from resident_status_change c join resident r on r.id = c.resident_id"
        + " join institution i on i.id = r.institution_id where " + NATIVE_WHERE + " group by 1 order by 1", region, scope);
  }

  /** (institution id, people whose next follow-up visit is past its date) today, by the same rule as each person's agenda. */
  @SuppressWarnings("unchecked")
  public List<Object[]> followUpsOverdue(String region, Set<Long> scope) {
    String from = "coalesce((select max(v.visited_on) from follow_up_visit v where v.resident_id = r.id and v.visited_on >= mv.moved_on), mv.moved_on)";
    String interval = "make_interval(months => case when r.status = 'SETTLED' then " + Agenda.MONTHS_BETWEEN_VISITS_WHEN_SETTLED + " else "
        + Agenda.MONTHS_BETWEEN_VISITS_UNTIL_SETTLED + " end)";
    return nativeRows("select i.id, count(*) from resident r join institution i on i.id = r.institution_id"
        + " join lateral (select max(c.effective_on) as moved_on from resident_status_change c where c.resident_id = r.id and c.to_status = 'MOVED') mv"
        + " on mv.moved_on is not null where r.status in ('MOVED', 'SETTLED') and " + from + " + " + interval + " < current_date"
        + " and " + from + " + " + interval + " <= mv.moved_on + interval '" + Agenda.MONTHS_OF_FOLLOW_UP + " months' and " + NATIVE_WHERE
        + " group by i.id", region, scope);
  }

  /**
   * (institution id, currency) of the institutions whose own running and capital costs in
   * {@code fiscalYear} exceed what their budget lines for them plan, reallocations included: while
   * the institution should wind down, it costs more than planned, so the overlap of the two systems
   * (the double funding) runs above plan.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> institutionSpendAboveBudget(String region, Set<Long> scope, int fiscalYear) {
    return em.createNativeQuery("select l.institution_id, l.currency from budget_line l join institution i on i.id = l.institution_id"
            + " left join lateral (select coalesce(sum(a.amount), 0) as spent from budget_actual a where a.budget_line_id = l.id) s on true"
            + " left join lateral (select coalesce(sum(case when r.to_line_id = l.id then r.amount else -r.amount end), 0) as moved"
            + " from budget_reallocation r where r.to_line_id = l.id or r.from_line_id = l.id) m on true"
            + " where l.fiscal_year = ?4 and l.category in ('INSTITUTION_RUNNING', 'INSTITUTION_CAPITAL') and " + NATIVE_WHERE
            + " group by l.institution_id, l.currency having sum(s.spent) > sum(l.planned_amount + m.moved)")
        .setParameter(1, region).setParameter(2, scope != null).setParameter(3, ids(scope).toArray(Long[]::new)).setParameter(4, fiscalYear)
        .getResultList();
  }

  @SuppressWarnings("rawtypes")
  private List nativeRows(String sql, String region, Set<Long> scope) {
    return em.createNativeQuery(sql).setParameter(1, region).setParameter(2, scope != null).setParameter(3, ids(scope).toArray(Long[]::new))
        .getResultList();
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
