package org.homeward.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.boundary.AuditQuery;
import org.homeward.audit.entity.AuditEntry;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;

/** Appends audit rows and searches them, newest first. */
@Dependent
public class AuditRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  public void add(AuditEntry entry) {
    em.persist(entry);
  }

  public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> root = select.from(AuditEntry.class);
    select.where(filters(cb, root, query)).orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
    TypedQuery<AuditEntry> items =
        em.createQuery(select).setFirstResult(page.first()).setMaxResults(page.size());

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEntry> counted = count.from(AuditEntry.class);
    count.select(cb.count(counted)).where(filters(cb, counted, query));

    return new Page<>(items.getResultList(), em.createQuery(count).getSingleResult());
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> root, AuditQuery q) {
    List<Predicate> where = new ArrayList<>();
    if (q.actor() != null && !q.actor().isBlank()) {
      where.add(cb.equal(root.get("actor"), q.actor().strip().toLowerCase(java.util.Locale.ROOT)));
    }
    if (q.recordType() != null && !q.recordType().isBlank()) {
      where.add(cb.equal(root.get("recordType"), q.recordType().strip()));
    }
    if (q.recordId() != null && !q.recordId().isBlank()) {
      where.add(cb.equal(root.get("recordId"), q.recordId().strip()));
    }
    if (q.action() != null) {
      where.add(cb.equal(root.get("action"), q.action()));
    }
    if (q.from() != null) {
      where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from()));
    }
    if (q.to() != null) {
      where.add(cb.lessThan(root.get("occurredAt"), q.to()));
    }
    return where.toArray(Predicate[]::new);
  }
}
