package org.homeward.transfer.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.transfer.entity.CaseTransfer;
import org.homeward.transfer.entity.TransferKind;
import org.homeward.transfer.entity.TransferStatus;

@Dependent
public class TransferRepository {

  private static final EnumSet<ResidentStatus> ENDED = EnumSet.of(ResidentStatus.DIED, ResidentStatus.MOVED_ELSEWHERE);

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  public Optional<CaseTransfer> find(long id) {
    return Optional.ofNullable(em.find(CaseTransfer.class, id));
  }

  public CaseTransfer add(CaseTransfer transfer) {
    em.persist(transfer);
    return transfer;
  }

  /** The person's transfers, latest first. */
  public List<CaseTransfer> ofResident(long residentId) {
    return em.createQuery("select t from CaseTransfer t where t.resident.id = :id order by t.proposedAt desc, t.id desc", CaseTransfer.class)
        .setParameter("id", residentId).getResultList();
  }

  public Optional<CaseTransfer> pendingOf(long residentId) {
    return em.createQuery("select t from CaseTransfer t where t.resident.id = :id and t.status = :pending", CaseTransfer.class)
        .setParameter("id", residentId).setParameter("pending", TransferStatus.PENDING).getResultStream().findFirst();
  }

  /**
   * Pending transfers offered to worker {@code workerId}, and, when {@code institutions} is true, every
   * pending transfer to an institution (the caller narrows them to the ones they may answer); oldest first.
   */
  public List<CaseTransfer> pendingOffers(long workerId, boolean institutions) {
    return em.createQuery("select t from CaseTransfer t where t.status = :pending and ((t.kind = :worker and t.toWorker.id = :me)"
            + " or (t.kind = :institution and :institutions = true)) order by t.proposedAt, t.id", CaseTransfer.class)
        .setParameter("pending", TransferStatus.PENDING)
        .setParameter("worker", TransferKind.WORKER)
        .setParameter("institution", TransferKind.INSTITUTION)
        .setParameter("me", workerId)
        .setParameter("institutions", institutions)
        .getResultList();
  }

  /** The cases worker {@code workerId} holds at the institution that have not ended, by name. */
  public List<Resident> activeCases(long institutionId, long workerId) {
    return em.createQuery("select r from Resident r where r.institution.id = :institution and r.focalPoint.id = :worker"
            + " and r.status not in :ended order by r.familyName, r.givenName, r.id", Resident.class)
        .setParameter("institution", institutionId).setParameter("worker", workerId).setParameter("ended", ENDED)
        .getResultList();
  }

  /** For each worker holding cases at the institution that have not ended: their id and how many. */
  public List<Object[]> activeCaseCounts(long institutionId) {
    return em.createQuery("select r.focalPoint.id, count(r) from Resident r where r.institution.id = :institution"
            + " and r.focalPoint is not null and r.status not in :ended group by r.focalPoint.id", Object[].class)
        .setParameter("institution", institutionId).setParameter("ended", ENDED)
        .getResultList();
  }
}
