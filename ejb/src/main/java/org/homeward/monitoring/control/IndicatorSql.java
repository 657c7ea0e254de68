package org.homeward.monitoring.control;

/**
 * The SQL behind the indicators, plain text with positional parameters ?1 the day counted, ?2 the
 * period's first day, ?3 the region (or null), ?4 whether a scope applies, ?5 the institutions in
 * scope; the benchmark runs the same text as its bare SQL.
 */
public final class IndicatorSql {

  /** The people the closures concern: living in an institution, on their way out, or moved into the community. */
  private static final String CONCERNED = "p.status in ('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE', 'READMITTED', 'MOVED', 'SETTLED')";
  private static final String AGREED_BY_DAY = "exists (select 1 from support_plan_revision s where s.resident_id = p.id and s.agreed_on <= ?1)";
  private static final String LATEST_AGREED = "(select %s from support_plan_revision s where s.resident_id = p.id and s.agreed_on <= ?1"
      + " order by s.agreed_on desc, s.number desc limit 1)";
  private static final String MOVED_IN_PERIOD = "exists (select 1 from resident_status_change c where c.resident_id = p.id"
      + " and c.to_status = 'MOVED' and c.effective_on between ?2 and ?1)";
  private static final String ARRANGEMENT = "(select pl.arrangement from placement pl where pl.resident_id = p.id)";
  private static final String LAST_MOVE = "(select max(c.effective_on) from resident_status_change c where c.resident_id = p.id"
      + " and c.to_status = 'MOVED' and c.effective_on <= ?1)";

  /** (population, numerator) conditions on a person {@code p} for each resident indicator. */
  public static String[] conditions(String indicator) {
    return switch (indicator) {
      case "AGREED_PLAN" -> new String[] {CONCERNED, AGREED_BY_DAY};
      case "ADVANCE_DIRECTIVE" -> new String[] {CONCERNED, "p.advance_directive_on <= ?1"};
      case "PLAN_COMMUNITY_INCLUSION" -> new String[] {CONCERNED + " and " + AGREED_BY_DAY,
          "coalesce(" + LATEST_AGREED.formatted("s.addresses_inclusion") + ", false)"};
      case "PEER_SUPPORT_OFFERED" -> new String[] {CONCERNED,
          "exists (select 1 from support_plan_revision s where s.resident_id = p.id and s.agreed_on <= ?1 and s.peer_support_offered)"};
      case "COMPLAINTS_ACCESS" -> new String[] {CONCERNED, "coalesce(" + LATEST_AGREED.formatted("s.complaints_access") + ", false)"};
      case "SUPPORTED_DECISION_MAKING" -> new String[] {CONCERNED, "exists (select 1 from supporter su where su.resident_id = p.id"
          + " and su.chosen_on <= ?1 and (su.until_on is null or su.until_on > ?1))"};
      case "SUBSTITUTE_DECISION_MAKING" -> new String[] {CONCERNED, "p.legal_capacity in ('PARTIALLY_RESTRICTED', 'FULLY_RESTRICTED')"};
      case "MOVED_TO_OWN_HOME" -> new String[] {MOVED_IN_PERIOD, ARRANGEMENT + " = 'INDEPENDENT_LIVING'"};
      case "MOVED_TO_SUPPORTED_HOUSING" -> new String[] {MOVED_IN_PERIOD, ARRANGEMENT + " = 'SUPPORTED_HOUSING'"};
      case "MOVED_TO_SHARED_HOUSING" -> new String[] {MOVED_IN_PERIOD, ARRANGEMENT + " = 'SHARED_HOUSING'"};
      case "MOVED_TO_FAMILY" -> new String[] {MOVED_IN_PERIOD, ARRANGEMENT + " = 'FAMILY_BASED'"};
      case "MOVED_TO_GROUP_OR_OTHER" -> new String[] {MOVED_IN_PERIOD,
          "coalesce(" + ARRANGEMENT + ", 'OTHER') in ('TRANSITIONAL_HOUSING', 'OTHER')"};
      case "READMITTED_WITHIN_30_DAYS" -> readmittedWithin(30);
      case "READMITTED_WITHIN_180_DAYS" -> readmittedWithin(180);
      case "READMITTED_WITHIN_365_DAYS" -> readmittedWithin(365);
      default -> throw new IllegalArgumentException("not about residents: " + indicator);
    };
  }

  private static String[] readmittedWithin(int days) {
    return new String[] {LAST_MOVE + " > cast(?1 as date) - 365",
        "exists (select 1 from resident_status_change c where c.resident_id = p.id and c.to_status = 'READMITTED'"
            + " and c.effective_on > " + LAST_MOVE + " and c.effective_on <= least(cast(?1 as date), " + LAST_MOVE + " + " + days + "))"};
  }

  /**
   * The query behind {@link IndicatorRepository#residents}, with positional parameters ?1 the day, ?2 the period's
   * first day, ?3 the region (or null), ?4 whether a scope applies, ?5 the institutions in scope.
   */
  public static String residents(String indicator, boolean today, String region) {
    String[] condition = conditions(indicator);
    String status = today ? "r.status" : "(select c.to_status from resident_status_change c where c.resident_id = r.id and c.effective_on <= ?1"
        + " order by c.effective_on desc, c.recorded_at desc, c.id desc limit 1)";
    return "select area, sex, age, disability, count(*) filter (where hit), count(*) from ("
        + " select p.area, p.sex, p.age, p.disability, (" + condition[1] + ") as hit from ("
        + "  select r.id, r.advance_directive_on, r.legal_capacity, r.sex, r.disability_group as disability, " + area(region) + " as area,"
        + "   case when date_part('year', age(?1, r.born_on)) < 25 then 'UNDER_25' when date_part('year', age(?1, r.born_on)) < 45 then '25_44'"
        + "    when date_part('year', age(?1, r.born_on)) < 65 then '45_64' else '65_PLUS' end as age, " + status + " as status"
        + "  from resident r join institution i on i.id = r.institution_id where r.admitted_on <= ?1 and " + where() + ") p"
        + " where " + condition[0] + ") counted group by area, sex, age, disability";
  }

  /** The query behind {@link IndicatorRepository#institutions}, parameters as in {@link #residents}. */
  public static String institutions(String region) {
    return "select " + area(region) + ", count(distinct i.id) filter (where i.status <> 'CLOSED'),"
        + " count(r.id) filter (where r.status in ('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE', 'READMITTED'))"
        + " from institution i left join resident r on r.institution_id = i.id where " + where() + " group by 1";
  }

  /** The query behind {@link IndicatorRepository#staffTrainedInRights}, parameters as in {@link #residents}. */
  public static String staffTrained(String region) {
    return "select " + area(region) + ", count(*) filter (where exists (select 1 from staff_training t where t.staff_member_id = s.id"
        + " and t.course_code = 'HUMAN_RIGHTS' and t.status = 'COMPLETED' and t.completed_on <= ?1)), count(*)"
        + " from staff_member s join institution i on i.id = s.institution_id where s.status not in ('RETIRED', 'LEFT') and " + where()
        + " group by 1";
  }

  private static String area(String region) {
    return region == null ? "coalesce(i.region, '')" : "cast(i.id as varchar)";
  }

  private static String where() {
    return "(cast(?3 as varchar) is null or coalesce(i.region, '') = ?3) and (?4 = false or i.id = any(?5))";
  }

  private IndicatorSql() {}
}
