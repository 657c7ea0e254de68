package org.homeward.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffStatusChange;
import org.homeward.staff.entity.TrainingStatus;

/** Community positions, the applications to them and the history of each staff member's redeployment status. */
@Dependent
public class PositionRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** By region, then service; {@code openOnly} leaves out positions with every opening filled. */
  public List<CommunityPosition> positions(String region, ServiceKind kind, boolean openOnly) {
    StringBuilder jpql = new StringBuilder("select p from CommunityPosition p where 1 = 1");
    if (region != null && !region.isBlank()) {
      jpql.append(" and lower(p.region) = :region");
    }
    if (kind != null) {
      jpql.append(" and p.kind = :kind");
    }
    if (openOnly) {
      jpql.append(" and p.filled < p.openings");
    }
    TypedQuery<CommunityPosition> query = em.createQuery(jpql.append(" order by p.region, p.serviceName, p.id").toString(),
        CommunityPosition.class);
    if (region != null && !region.isBlank()) {
      query.setParameter("region", region.strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    return query.getResultList();
  }

  public Optional<CommunityPosition> position(long id) {
    return Optional.ofNullable(em.find(CommunityPosition.class, id));
  }

  /**
   * The position, read again from the database with its row locked until the transaction ends, so
   * that two acceptances of its last opening wait for each other and the second sees it taken.
   */
  public CommunityPosition lockForFilling(CommunityPosition position) {
    em.flush();
    em.refresh(position, LockModeType.PESSIMISTIC_WRITE);
    return position;
  }

  /** Regions named by positions, alphabetically. */
  public List<String> regions() {
    return em.createQuery("select distinct p.region from CommunityPosition p order by p.region", String.class).getResultList();
  }

  /** Latest first. */
  public List<StaffApplication> applicationsOf(long staffId) {
    return em.createQuery("select a from StaffApplication a where a.staffMember.id = :id order by a.appliedOn desc, a.id desc",
        StaffApplication.class).setParameter("id", staffId).getResultList();
  }

  /** Applications to a position from staff of the given institutions (all of them when {@code institutionIds} is null). */
  public List<StaffApplication> applicationsTo(long positionId, Collection<Long> institutionIds) {
    String scope = institutionIds == null ? "" : " and a.staffMember.institution.id in :ids";
    TypedQuery<StaffApplication> query = em.createQuery("select a from StaffApplication a where a.position.id = :id" + scope
        + " order by a.appliedOn desc, a.id desc", StaffApplication.class).setParameter("id", positionId);
    if (institutionIds != null) {
      query.setParameter("ids", institutionIds.isEmpty() ? List.of(-1L) : institutionIds);
    }
    return query.getResultList();
  }

  public Optional<StaffApplication> application(long staffId, long applicationId) {
    return Optional.ofNullable(em.find(StaffApplication.class, applicationId)).filter(a -> a.getStaffMember().getId() == staffId);
  }

  public boolean hasApplied(long staffId, long positionId) {
    return em.createQuery("select count(a) from StaffApplication a where a.staffMember.id = :staff and a.position.id = :position", Long.class)
        .setParameter("staff", staffId).setParameter("position", positionId).getSingleResult() > 0;
  }

  /** Staff still on their way (not redeployed, retired or left) of the given institutions, or all when {@code institutionIds} is null. */
  public List<StaffMember> staffOnTheirWay(Collection<Long> institutionIds) {
    String scope = institutionIds == null ? "" : " and s.institution.id in :ids";
    TypedQuery<StaffMember> query = em.createQuery("select s from StaffMember s where s.status in :statuses" + scope
        + " order by s.name, s.id", StaffMember.class)
        .setParameter("statuses", List.of(RedeploymentStatus.NOT_STARTED, RedeploymentStatus.IN_TRAINING, RedeploymentStatus.APPLIED));
    if (institutionIds != null) {
      query.setParameter("ids", institutionIds.isEmpty() ? List.of(-1L) : institutionIds);
    }
    return query.getResultList();
  }

  /** Per staff member of the list, their course codes and how far each has gone. */
  public Map<Long, Map<String, TrainingStatus>> trainingsOf(Collection<Long> staffIds) {
    Map<Long, Map<String, TrainingStatus>> byMember = new HashMap<>();
    if (staffIds.isEmpty()) {
      return byMember;
    }
    em.createQuery("select t.staffMember.id, t.course.code, t.status from StaffTraining t where t.staffMember.id in :ids", Object[].class)
        .setParameter("ids", staffIds).getResultList()
        .forEach(row -> byMember.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (TrainingStatus) row[2]));
    return byMember;
  }

  /** Oldest first. */
  public List<StaffStatusChange> history(long staffId) {
    return em.createQuery("select c from StaffStatusChange c where c.staffMember.id = :id order by c.changedAt, c.id", StaffStatusChange.class)
        .setParameter("id", staffId).getResultList();
  }

  /** How many of an institution's staff were accepted into positions of each kind of service. */
  public Map<ServiceKind, Long> acceptedByKind(long institutionId) {
    Map<ServiceKind, Long> counts = new LinkedHashMap<>();
    for (ServiceKind kind : ServiceKind.values()) {
      counts.put(kind, 0L);
    }
    em.createQuery("select a.position.kind, count(a) from StaffApplication a where a.staffMember.institution.id = :id"
            + " and a.decision is not null and a.decision <> org.homeward.staff.entity.ApplicationDecision.DECLINED"
            + " group by a.position.kind", Object[].class)
        .setParameter("id", institutionId).getResultList()
        .forEach(row -> counts.put((ServiceKind) row[0], (Long) row[1]));
    return counts;
  }

  public <T> T add(T record) {
    em.persist(record);
    return record;
  }
}
