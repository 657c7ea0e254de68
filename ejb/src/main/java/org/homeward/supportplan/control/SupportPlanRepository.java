package org.homeward.supportplan.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.homeward.supportplan.entity.SupportPlanRevision;

@Dependent
public class SupportPlanRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** Oldest first. */
  public List<SupportPlanRevision> revisions(long residentId) {
    return em.createQuery("select r from SupportPlanRevision r where r.resident.id = :id order by r.number", SupportPlanRevision.class)
        .setParameter("id", residentId).getResultList();
  }

  /** Whether the person has a plan agreed with them that still holds. */
  public boolean agreed(long residentId) {
    return revisions(residentId).stream().anyMatch(SupportPlanRevision::agreedWithPerson);
  }

  public SupportPlanRevision add(SupportPlanRevision revision) {
    em.persist(revision);
    return revision;
  }
}
