package org.homeward.qol.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.homeward.qol.entity.QualityOfLifeCheck;

@Dependent
public class QualityOfLifeRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** Latest first, each with its answers. */
  public List<QualityOfLifeCheck> checks(long residentId) {
    List<QualityOfLifeCheck> checks = em.createQuery(
            "select c from QualityOfLifeCheck c where c.resident.id = :id order by c.askedOn desc, c.id desc", QualityOfLifeCheck.class)
        .setParameter("id", residentId).getResultList();
    checks.forEach(c -> c.getAnswers().size());
    return checks;
  }

  public QualityOfLifeCheck add(QualityOfLifeCheck check) {
    em.persist(check);
    return check;
  }
}
