package org.homeward.plan.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.homeward.institution.entity.Institution;
import org.homeward.plan.entity.ClosurePlan;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.RepurposingSite;

@Dependent
public class PlanRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  public Optional<ClosurePlan> planOf(long institutionId) {
    return em.createQuery("select p from ClosurePlan p where p.institution.id = :id", ClosurePlan.class)
        .setParameter("id", institutionId)
        .getResultStream()
        .findFirst();
  }

  /** The plans of the institutions in {@code scope} (null: all), by institution name. */
  public List<ClosurePlan> plans(Set<Long> scope) {
    if (scope != null && scope.isEmpty()) {
      return List.of();
    }
    String where = scope == null ? "" : " where p.institution.id in :ids";
    var query = em.createQuery("select p from ClosurePlan p join fetch p.institution" + where + " order by p.institution.name",
        ClosurePlan.class);
    // an overview reads every plan's revisions, milestones and actions: a few IN queries, not a query per plan
    query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN).setHint(QueryHints.BATCH, "p.revisions")
        .setHint(QueryHints.BATCH, "p.revisions.milestones").setHint(QueryHints.BATCH, "p.revisions.actions");
    if (scope != null) {
      query.setParameter("ids", scope);
    }
    return query.getResultList();
  }

  /** The institutions in {@code scope} (null: all) that have no closure plan yet, by name. */
  public List<Institution> institutionsWithoutPlan(Set<Long> scope) {
    if (scope != null && scope.isEmpty()) {
      return List.of();
    }
    String where = scope == null ? "" : " and i.id in :ids";
    var query = em.createQuery("select i from Institution i where not exists"
        + " (select p from ClosurePlan p where p.institution = i)" + where + " order by i.name", Institution.class);
    if (scope != null) {
      query.setParameter("ids", scope);
    }
    return query.getResultList();
  }

  /** Latest first. */
  public List<ConsultationEvent> consultations(long institutionId) {
    return em.createQuery("select e from ConsultationEvent e where e.institution.id = :id order by e.heldOn desc, e.id desc",
            ConsultationEvent.class)
        .setParameter("id", institutionId)
        .getResultList();
  }

  public Optional<ConsultationEvent> consultation(long institutionId, long eventId) {
    return Optional.ofNullable(em.find(ConsultationEvent.class, eventId)).filter(e -> e.getInstitution().getId() == institutionId);
  }

  public List<RepurposingSite> sites(long institutionId) {
    return em.createQuery("select s from RepurposingSite s where s.institution.id = :id order by s.name, s.id", RepurposingSite.class)
        .setParameter("id", institutionId)
        .getResultList();
  }

  public Optional<RepurposingSite> site(long institutionId, long siteId) {
    return Optional.ofNullable(em.find(RepurposingSite.class, siteId)).filter(s -> s.getInstitution().getId() == institutionId);
  }

  public <T> T add(T record) {
    em.persist(record);
    return record;
  }

  public void remove(Object record) {
    em.remove(record);
  }
}
