package org.homeward.committee.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.homeward.committee.entity.CommitteeMeeting;
import org.homeward.committee.entity.CommitteeMember;

@Dependent
public class CommitteeRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** Serving members first, then former ones, each by constituency and name. */
  public List<CommitteeMember> members(long institutionId) {
    return em.createQuery("select m from CommitteeMember m where m.institution.id = :id"
            + " order by case when m.memberTo is null then 0 else 1 end, m.constituency, m.name, m.id", CommitteeMember.class)
        .setParameter("id", institutionId)
        .getResultList();
  }

  public Optional<CommitteeMember> member(long institutionId, long memberId) {
    return Optional.ofNullable(em.find(CommitteeMember.class, memberId)).filter(m -> m.getInstitution().getId() == institutionId);
  }

  /** Latest first. */
  public List<CommitteeMeeting> meetings(long institutionId) {
    return em.createQuery("select m from CommitteeMeeting m where m.institution.id = :id order by m.heldOn desc, m.id desc",
            CommitteeMeeting.class)
        .setParameter("id", institutionId)
        .getResultList();
  }

  public Optional<CommitteeMeeting> meeting(long institutionId, long meetingId) {
    return Optional.ofNullable(em.find(CommitteeMeeting.class, meetingId)).filter(m -> m.getInstitution().getId() == institutionId);
  }

  public <T> T add(T record) {
    em.persist(record);
    return record;
  }

  public void remove(Object record) {
    em.remove(record);
  }

  /** Lets a copy be changed for one reader without the change reaching the database. */
  public void detach(Object record) {
    em.detach(record);
  }
}
