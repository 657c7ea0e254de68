package org.homeward.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.budget.entity.ActualSpend;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.Reallocation;

/**
 * Persistence of budget lines, their actual spend and reallocations: an institution's, the national
 * ones (no institution), and the country's (national lines and institutions' lines together).
 */
@Dependent
public class BudgetRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** By year, category and id. */
  public List<BudgetLine> lines(long institutionId) {
    return em.createQuery("select l from BudgetLine l where l.institution.id = :id order by l.fiscalYear, l.category, l.id", BudgetLine.class)
        .setParameter("id", institutionId).getResultList();
  }

  /** The line, if it belongs to the institution. */
  public Optional<BudgetLine> line(long institutionId, long lineId) {
    return Optional.ofNullable(em.find(BudgetLine.class, lineId)).filter(l -> !l.isNational() && l.getInstitution().getId() == institutionId);
  }

  public <T> T add(T record) {
    em.persist(record);
    return record;
  }

  public List<ActualSpend> actuals(long lineId) {
    return em.createQuery("select a from ActualSpend a where a.line.id = :id order by a.spentOn, a.id", ActualSpend.class)
        .setParameter("id", lineId).getResultList();
  }

  /** Actual spend per line of the institution. */
  public Map<Long, BigDecimal> actualByLine(long institutionId) {
    Map<Long, BigDecimal> sums = new HashMap<>();
    em.createQuery("select a.line.id, sum(a.amount) from ActualSpend a where a.line.institution.id = :id group by a.line.id", Object[].class)
        .setParameter("id", institutionId).getResultList().forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
    return sums;
  }

  /** Newest first. */
  public List<Reallocation> reallocations(long institutionId) {
    return em.createQuery("select r from Reallocation r where r.institution.id = :id order by r.movedOn desc, r.id desc", Reallocation.class)
        .setParameter("id", institutionId).getResultList();
  }

  // --- national lines ---

  /** National lines by year, category and id. */
  public List<BudgetLine> nationalLines() {
    return em.createQuery("select l from BudgetLine l where l.institution is null order by l.fiscalYear, l.category, l.id", BudgetLine.class)
        .getResultList();
  }

  /** The line, if it is national. */
  public Optional<BudgetLine> nationalLine(long lineId) {
    return Optional.ofNullable(em.find(BudgetLine.class, lineId)).filter(BudgetLine::isNational);
  }

  /** Reallocations between national lines, newest first. */
  public List<Reallocation> nationalReallocations() {
    return em.createQuery("select r from Reallocation r where r.institution is null order by r.movedOn desc, r.id desc", Reallocation.class)
        .getResultList();
  }

  /** Actual spend per national line. */
  public Map<Long, BigDecimal> nationalActualByLine() {
    Map<Long, BigDecimal> sums = new HashMap<>();
    em.createQuery("select a.line.id, sum(a.amount) from ActualSpend a where a.line.institution is null group by a.line.id", Object[].class)
        .getResultList().forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
    return sums;
  }

  // --- the country ---

  /**
   * Which lines count in a country's or region's budget: the national ones if {@code national}, and
   * those of the institutions in {@code region} (all when null) and {@code scope} (all when null).
   */
  public record Selection(boolean national, String region, Set<Long> scope) {

    /** Over the institution left-joined as {@code i} (a path such as {@code l.institution} here would join it inner). */
    String where() {
      String inRegion = region == null ? "1 = 1" : region.isEmpty() ? "(i.region is null or i.region = '')" : "i.region = :region";
      String institutions = "i.id is not null and " + inRegion + (scope == null ? "" : " and i.id in :scope");
      return national ? "(i.id is null or (" + institutions + "))" : "(" + institutions + ")";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      if (region != null && !region.isEmpty()) {
        query.setParameter("region", region);
      }
      if (scope != null) {
        query.setParameter("scope", scope.isEmpty() ? List.of(-1L) : List.copyOf(scope));
      }
      return query;
    }
  }

  /** The selected lines by year, category and id. */
  public List<BudgetLine> lines(Selection selection) {
    return selection.bind(em.createQuery("select l from BudgetLine l left join l.institution i where " + selection.where()
        + " order by l.fiscalYear, l.category, l.id", BudgetLine.class)).getResultList();
  }

  /** Reallocations between the selected lines. */
  public List<Reallocation> reallocations(Selection selection) {
    return selection.bind(em.createQuery("select r from Reallocation r left join r.institution i where " + selection.where(),
        Reallocation.class)).getResultList();
  }

  /** Actual spend per selected line. */
  public Map<Long, BigDecimal> actualByLine(Selection selection) {
    Map<Long, BigDecimal> sums = new HashMap<>();
    selection.bind(em.createQuery("select l.id, sum(a.amount) from ActualSpend a join a.line l left join l.institution i where "
            + selection.where() + " group by l.id", Object[].class))
        .getResultList().forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
    return sums;
  }
}
