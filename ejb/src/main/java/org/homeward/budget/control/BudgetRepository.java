package org.homeward.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.budget.entity.ActualSpend;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.Reallocation;

/** Persistence of budget lines, their actual spend and reallocations. */
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
    return Optional.ofNullable(em.find(BudgetLine.class, lineId)).filter(l -> l.getInstitution().getId() == institutionId);
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
}
