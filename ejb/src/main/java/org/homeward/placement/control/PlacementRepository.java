package org.homeward.placement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.homeward.placement.entity.LivingOption;
import org.homeward.placement.entity.Placement;
import org.homeward.placement.entity.PreMoveDiscussion;

@Dependent
public class PlacementRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  public List<LivingOption> options(long residentId) {
    return em.createQuery("select o from LivingOption o where o.resident.id = :id order by o.id", LivingOption.class)
        .setParameter("id", residentId).getResultList();
  }

  public Optional<Placement> placement(long residentId) {
    return em.createQuery("select p from Placement p where p.resident.id = :id", Placement.class)
        .setParameter("id", residentId).getResultStream().findFirst();
  }

  /** Latest first. */
  public List<PreMoveDiscussion> discussions(long residentId) {
    return em.createQuery("select d from PreMoveDiscussion d where d.resident.id = :id order by d.heldOn desc, d.id desc",
            PreMoveDiscussion.class)
        .setParameter("id", residentId).getResultList();
  }

  public <T> T add(T record) {
    em.persist(record);
    return record;
  }

  public void remove(Object record) {
    em.remove(record);
  }
}
