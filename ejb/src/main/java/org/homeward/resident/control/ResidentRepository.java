package org.homeward.resident.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.resident.boundary.ResidentFilter;
import org.homeward.resident.boundary.ResidentFigures;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

@Dependent
public class ResidentRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /**
   * One page of the residents matching {@code filter}, of institution {@code institutionId} (null:
   * any) and accompanied by focal point {@code focalPointId} (null: any), by family name.
   */
  public Page<Resident> search(Long institutionId, Long focalPointId, ResidentFilter filter, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Resident> select = cb.createQuery(Resident.class);
    Root<Resident> root = select.from(Resident.class);
    select.where(where(cb, root, institutionId, focalPointId, filter))
        .orderBy(cb.asc(root.get("familyName")), cb.asc(root.get("givenName")), cb.asc(root.get("id")));
    List<Resident> items = em.createQuery(select).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Resident> counted = count.from(Resident.class);
    count.select(cb.count(counted)).where(where(cb, counted, institutionId, focalPointId, filter));
    return new Page<>(items, em.createQuery(count).getSingleResult());
  }

  public Optional<Resident> find(long id) {
    return Optional.ofNullable(em.find(Resident.class, id));
  }

  public boolean identifierTaken(String identifier, Long exceptId) {
    return em.createQuery("select r.id from Resident r where lower(r.identifier) = lower(:identifier)", Long.class)
        .setParameter("identifier", identifier)
        .getResultStream()
        .anyMatch(id -> !id.equals(exceptId));
  }

  public ResidentFigures figures(long institutionId) {
    Map<ResidentStatus, Long> all = zeroes();
    Map<ResidentStatus, Long> complex = zeroes();
    for (Object[] row : em.createQuery("select r.status, r.complexSupportNeeds, count(r) from Resident r"
            + " where r.institution.id = :id group by r.status, r.complexSupportNeeds", Object[].class)
        .setParameter("id", institutionId).getResultList()) {
      ResidentStatus status = (ResidentStatus) row[0];
      long n = ((Number) row[2]).longValue();
      all.merge(status, n, Long::sum);
      if (Boolean.TRUE.equals(row[1])) {
        complex.merge(status, n, Long::sum);
      }
    }
    long afterStop = em.createQuery("select count(r) from Resident r where r.institution.id = :id"
            + " and r.institution.admissionsStoppedOn is not null and r.admittedOn > r.institution.admissionsStoppedOn", Long.class)
        .setParameter("id", institutionId).getSingleResult();
    return new ResidentFigures(all, complex, afterStop);
  }

  /** Enabled users with the focal point role whose scope includes the institution, by name. */
  public List<UserAccount> focalPointsFor(long institutionId) {
    return em.createQuery("select distinct u from UserAccount u join u.roles r join u.institutionIds i"
            + " where r = :role and i = :id and u.enabled = true order by u.displayName", UserAccount.class)
        .setParameter("role", Role.FOCAL_POINT)
        .setParameter("id", institutionId)
        .getResultList();
  }

  public Optional<UserAccount> user(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public Resident add(Resident resident) {
    em.persist(resident);
    return resident;
  }

  private static Map<ResidentStatus, Long> zeroes() {
    Map<ResidentStatus, Long> zeroes = new EnumMap<>(ResidentStatus.class);
    for (ResidentStatus status : ResidentStatus.values()) {
      zeroes.put(status, 0L);
    }
    return zeroes;
  }

  private static Predicate[] where(CriteriaBuilder cb, Root<Resident> root, Long institutionId, Long focalPointId, ResidentFilter f) {
    List<Predicate> where = new ArrayList<>();
    if (institutionId != null) {
      where.add(cb.equal(root.get("institution").get("id"), institutionId));
    }
    if (focalPointId != null) {
      where.add(cb.equal(root.get("focalPoint").get("id"), focalPointId));
    }
    if (f.text() != null && !f.text().isBlank()) {
      String like = "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      where.add(cb.or(
          cb.like(cb.lower(root.get("identifier")), like, '\\'),
          cb.like(cb.lower(root.get("givenName")), like, '\\'),
          cb.like(cb.lower(root.get("familyName")), like, '\\'),
          cb.like(cb.lower(root.get("preferredName")), like, '\\')));
    }
    if (f.status() != null) {
      where.add(cb.equal(root.get("status"), f.status()));
    }
    if (f.complexSupportNeeds() != null) {
      where.add(cb.equal(root.get("complexSupportNeeds"), f.complexSupportNeeds()));
    }
    return where.toArray(Predicate[]::new);
  }
}
