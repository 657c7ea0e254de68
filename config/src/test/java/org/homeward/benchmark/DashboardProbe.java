package org.homeward.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bare SQL behind {@code GET /api/monitoring/dashboard} ({@code NationalDashboard.dashboard}):
 * the institutions shown, residents, staff and undecided staff by area, the latest follow-up
 * outcome of each person who moved, each shown institution's closure plan summed up as {@code
 * ClosurePlans.overview} does (the revision in force or the first draft, its milestones by status,
 * the most slip, overdue actions), the plans' dated moves, the people to move, the people inside
 * month by month and the follow-ups overdue. The country is grouped by region, a region by institution.
 */
final class DashboardProbe {

  private static final String INSIDE = "('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE', 'READMITTED')";

  private DashboardProbe() {}

  static Probe dashboard(String region) {
    String area = region == null ? "i.region" : "i.id";
    String inRegion = region == null ? "true" : "i.region = ?";
    Object[] parameter = region == null ? new Object[0] : new Object[] {region};
    List<Probe.Query> queries = new ArrayList<>();
    queries.add(Probe.Query.of("institutions", "select i.* from institution i where " + inRegion + " order by i.region, i.name", parameter));
    queries.add(Probe.Query.of("residents", "select " + area + ", r.status, r.complex_support_needs, count(*) from resident r"
        + " join institution i on i.id = r.institution_id where " + inRegion + " group by " + area + ", r.status, r.complex_support_needs",
        parameter));
    queries.add(Probe.Query.of("staff", "select " + area + ", s.status, count(*) from staff_member s join institution i on i.id = s.institution_id"
        + " where " + inRegion + " group by " + area + ", s.status", parameter));
    queries.add(Probe.Query.of("undecided staff", "select " + area + ", count(*) from staff_member s join institution i on i.id = s.institution_id"
        + " where s.willingness = 'UNDECIDED' and " + inRegion + " group by " + area, parameter));
    queries.add(Probe.Query.of("latest outcomes", "select area, outcome, count(*) from (select distinct on (v.resident_id) v.outcome, "
        + area + " as area from follow_up_visit v join resident r on r.id = v.resident_id join institution i on i.id = r.institution_id"
        + " where " + inRegion + " order by v.resident_id, v.visited_on desc, v.id desc) latest group by area, outcome", parameter));
    queries.add(Probe.Query.of("plan dates", "select pr.institution_id, m.kind, coalesce(m.baseline_on, m.planned_on) from ("
        + " select distinct on (p.id) p.institution_id, r.id from closure_plan p join plan_revision r on r.plan_id = p.id"
        + " where r.status in ('APPROVED', 'DRAFT') order by p.id, (r.status = 'APPROVED') desc, r.number) pr"
        + " join plan_milestone m on m.revision_id = pr.id join institution i on i.id = pr.institution_id"
        + " where m.kind in ('ADMISSIONS_STOPPED', 'FIRST_RESIDENTS_MOVED', 'RESIDENTS_MOVED_25', 'RESIDENTS_MOVED_50', 'RESIDENTS_MOVED_75',"
        + " 'INSTITUTION_CLOSED') and " + inRegion, parameter));
    queries.add(Probe.Query.of("people to move", "select i.id, count(*) filter (where r.status in " + INSIDE + "),"
        + " count(*) filter (where r.status in ('MOVED', 'SETTLED')) from resident r join institution i on i.id = r.institution_id where "
        + inRegion + " group by i.id", parameter));
    queries.add(Probe.Query.of("inside by month", "select cast(date_trunc('month', c.effective_on) as date), sum((case when c.to_status in "
        + INSIDE + " then 1 else 0 end) - (case when c.from_status in " + INSIDE + " then 1 else 0 end)) from resident_status_change c"
        + " join resident r on r.id = c.resident_id join institution i on i.id = r.institution_id where " + inRegion + " group by 1 order by 1",
        parameter));
    String since = "coalesce((select max(v.visited_on) from follow_up_visit v where v.resident_id = r.id and v.visited_on >= mv.moved_on), mv.moved_on)";
    String interval = "make_interval(months => case when r.status = 'SETTLED' then 6 else 1 end)";
    queries.add(Probe.Query.of("follow-ups overdue", "select i.id, count(*) from resident r join institution i on i.id = r.institution_id"
        + " join lateral (select max(c.effective_on) as moved_on from resident_status_change c where c.resident_id = r.id and c.to_status = 'MOVED') mv"
        + " on mv.moved_on is not null where r.status in ('MOVED', 'SETTLED') and " + since + " + " + interval + " < current_date and " + since
        + " + " + interval + " <= mv.moved_on + interval '24 months' and " + inRegion + " group by i.id", parameter));
    queries.add(Probe.Query.of("closure plans", """
        with shown as (
          select distinct on (v.plan_id) v.id, v.number, v.status, v.target_closure_on, p.institution_id
          from plan_revision v join closure_plan p on p.id = v.plan_id join institution i on i.id = p.institution_id
          where v.status in ('APPROVED', 'DRAFT') and %s
          order by v.plan_id, v.status = 'APPROVED' desc),
        open_actions as (
          select a.milestone_id, count(*) as open from plan_action a join shown s on s.id = a.revision_id
          where a.status in ('PLANNED', 'IN_PROGRESS') and a.milestone_id is not null group by a.milestone_id),
        milestones as (
          select s.id as revision_id,
                 case when m.achieved_on is not null then 'ACHIEVED'
                      when coalesce(m.baseline_on, m.planned_on) < current_date then 'OVERDUE'
                      when m.forecast_on > coalesce(m.baseline_on, m.planned_on) then 'AT_RISK'
                      when coalesce(o.open, 0) > 0 and coalesce(m.baseline_on, m.planned_on) <= current_date + 30 then 'AT_RISK'
                      else 'ON_TRACK' end as status,
                 greatest(0, coalesce(m.achieved_on, m.forecast_on) - coalesce(m.baseline_on, m.planned_on)) as slip
          from shown s join plan_milestone m on m.revision_id = s.id left join open_actions o on o.milestone_id = m.id),
        counts as (
          select revision_id, count(*) filter (where status = 'ACHIEVED') as achieved,
                 count(*) filter (where status = 'ON_TRACK') as on_track, count(*) filter (where status = 'AT_RISK') as at_risk,
                 count(*) filter (where status = 'OVERDUE') as overdue, max(slip) as slip
          from milestones group by revision_id),
        overdue_actions as (
          select a.revision_id, count(*) as overdue from plan_action a join shown s on s.id = a.revision_id
          where a.status in ('PLANNED', 'IN_PROGRESS') and a.due_on < current_date group by a.revision_id)
        select s.institution_id, s.number, s.status, s.target_closure_on, coalesce(c.achieved, 0), coalesce(c.on_track, 0),
               coalesce(c.at_risk, 0), coalesce(c.overdue, 0), coalesce(c.slip, 0), coalesce(o.overdue, 0)
        from shown s left join counts c on c.revision_id = s.id left join overdue_actions o on o.revision_id = s.id
        union all
        select i.id, null, null, null, 0, 0, 0, 0, 0, 0 from institution i
        where not exists (select 1 from closure_plan p where p.institution_id = i.id) and %s
        """.formatted(inRegion, inRegion), region == null ? new Object[0] : new Object[] {region, region}));
    return new Probe(region == null ? "dashboard, country" : "dashboard, region " + region, "/api/monitoring/dashboard",
        region == null ? Map.of() : Map.of("region", region), List.copyOf(queries));
  }
}
