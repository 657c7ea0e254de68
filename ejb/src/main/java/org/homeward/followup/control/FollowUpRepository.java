package org.homeward.followup.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.homeward.followup.entity.FollowUpVisit;
import org.homeward.followup.entity.Outcome;
import org.homeward.resident.entity.Resident;

@Dependent
public class FollowUpRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** Latest first. */
  public List<FollowUpVisit> visits(long residentId) {
    return em.createQuery("select v from FollowUpVisit v where v.resident.id = :id order by v.visitedOn desc, v.id desc", FollowUpVisit.class)
        .setParameter("id", residentId).getResultList();
  }

  /** Whether a visit since the person's latest move found them settled. */
  public boolean foundSettled(Resident resident) {
    return resident.movedOn().map(moved -> visits(resident.getId()).stream()
        .anyMatch(v -> v.getOutcome() == Outcome.SETTLED && !v.getVisitedOn().isBefore(moved))).orElse(false);
  }

  public FollowUpVisit add(FollowUpVisit visit) {
    em.persist(visit);
    return visit;
  }
}
