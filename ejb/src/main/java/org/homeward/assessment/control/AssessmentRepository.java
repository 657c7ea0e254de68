package org.homeward.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.assessment.entity.AssessmentFramework;
import org.homeward.assessment.entity.NeedsAssessment;

@Dependent
public class AssessmentRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** With their domains read, ready for a form after the transaction ends. */
  public List<AssessmentFramework> frameworks() {
    List<AssessmentFramework> frameworks = em.createQuery("select f from AssessmentFramework f order by f.position",
        AssessmentFramework.class).getResultList();
    frameworks.forEach(f -> f.getDomains().size());
    return frameworks;
  }

  public Optional<AssessmentFramework> framework(String code) {
    Optional<AssessmentFramework> framework = Optional.ofNullable(code).map(c -> em.find(AssessmentFramework.class, c));
    framework.ifPresent(f -> f.getDomains().size());
    return framework;
  }

  /** Latest first. */
  public List<NeedsAssessment> assessments(long residentId) {
    return em.createQuery("select a from NeedsAssessment a where a.resident.id = :id order by a.assessedOn desc, a.id desc",
        NeedsAssessment.class).setParameter("id", residentId).getResultList();
  }

  public Optional<NeedsAssessment> assessment(long residentId, long assessmentId) {
    return Optional.ofNullable(em.find(NeedsAssessment.class, assessmentId))
        .filter(a -> a.getResident().getId() == residentId);
  }

  /** The date of the person's first needs assessment, if they have had one. */
  public Optional<LocalDate> firstAssessedOn(long residentId) {
    return Optional.ofNullable(em.createQuery("select min(a.assessedOn) from NeedsAssessment a where a.resident.id = :id", LocalDate.class)
        .setParameter("id", residentId).getSingleResult());
  }

  public NeedsAssessment add(NeedsAssessment assessment) {
    em.persist(assessment);
    return assessment;
  }

  /** A change to the ratings alone is still a new version of the assessment, so stale edits are caught. */
  public void markChanged(NeedsAssessment assessment) {
    em.lock(assessment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }
}
