package org.homeward.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.problem.FieldError;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.StaffDiscussion;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.TrainingCourse;

@Dependent
public class StaffRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** By name. */
  public List<StaffMember> members(long institutionId, StaffFilter filter) {
    StringBuilder jpql = new StringBuilder("select s from StaffMember s where s.institution.id = :id");
    if (filter.role() != null) {
      jpql.append(" and s.role = :role");
    }
    if (filter.willingness() != null) {
      jpql.append(" and s.willingness = :willingness");
    }
    if (filter.status() != null) {
      jpql.append(" and s.status = :status");
    }
    TypedQuery<StaffMember> query = em.createQuery(jpql.append(" order by s.name, s.id").toString(), StaffMember.class)
        .setParameter("id", institutionId);
    if (filter.role() != null) {
      query.setParameter("role", filter.role());
    }
    if (filter.willingness() != null) {
      query.setParameter("willingness", filter.willingness());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    return query.getResultList();
  }

  public Optional<StaffMember> member(long id) {
    return Optional.ofNullable(em.find(StaffMember.class, id));
  }

  /** Every qualification by code, in reference order. */
  public Map<String, Qualification> qualifications() {
    return em.createQuery("select q from Qualification q order by q.position, q.code", Qualification.class).getResultList().stream()
        .collect(Collectors.toMap(Qualification::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /** The stored qualifications for the codes named, in order; each unknown code adds an error on {@code field}. */
  public Set<Qualification> storedQualifications(Collection<Qualification> named, String field, List<FieldError> errors) {
    Map<String, Qualification> known = qualifications();
    Set<Qualification> stored = new LinkedHashSet<>();
    for (Qualification q : named) {
      Qualification found = q.getCode() == null ? null : known.get(q.getCode());
      if (found == null) {
        errors.add(new FieldError(field, "unknown qualification code: " + q.getCode()));
      } else {
        stored.add(found);
      }
    }
    return stored;
  }

  /** The stored courses for the codes named, in order; each unknown code adds an error on {@code field}. */
  public Set<TrainingCourse> storedCourses(Collection<TrainingCourse> named, String field, List<FieldError> errors) {
    Set<TrainingCourse> stored = new LinkedHashSet<>();
    for (TrainingCourse c : named) {
      course(c.getCode()).ifPresentOrElse(stored::add, () -> errors.add(new FieldError(field, "unknown course code: " + c.getCode())));
    }
    return stored;
  }

  public List<TrainingCourse> courses() {
    return em.createQuery("select c from TrainingCourse c order by c.position, c.code", TrainingCourse.class).getResultList();
  }

  public Optional<TrainingCourse> course(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(TrainingCourse.class, code));
  }

  public int nextCoursePosition() {
    Integer max = em.createQuery("select max(c.position) from TrainingCourse c", Integer.class).getSingleResult();
    return max == null ? 1 : max + 1;
  }

  /** In catalogue order. */
  public List<StaffTraining> trainings(long staffId) {
    return em.createQuery("select t from StaffTraining t where t.staffMember.id = :id order by t.course.position, t.id", StaffTraining.class)
        .setParameter("id", staffId).getResultList();
  }

  public Optional<StaffTraining> training(long staffId, long trainingId) {
    return Optional.ofNullable(em.find(StaffTraining.class, trainingId)).filter(t -> t.getStaffMember().getId() == staffId);
  }

  public boolean hasTraining(long staffId, String courseCode) {
    return em.createQuery("select count(t) from StaffTraining t where t.staffMember.id = :id and t.course.code = :code", Long.class)
        .setParameter("id", staffId).setParameter("code", courseCode).getSingleResult() > 0;
  }

  /** Latest first. */
  public List<StaffDiscussion> discussions(long staffId) {
    return em.createQuery("select d from StaffDiscussion d where d.staffMember.id = :id order by d.heldOn desc, d.id desc", StaffDiscussion.class)
        .setParameter("id", staffId).getResultList();
  }

  /** How many of an institution's staff there are per value of one of their fields, e.g. {@code role}. */
  public <E extends Enum<E>> Map<E, Long> countBy(long institutionId, String field, Class<E> type) {
    return countAcross(List.of(institutionId), field, type);
  }

  /** The same over several institutions, or over all of them when {@code institutionIds} is null. */
  public <E extends Enum<E>> Map<E, Long> countAcross(Collection<Long> institutionIds, String field, Class<E> type) {
    Map<E, Long> counts = new LinkedHashMap<>();
    for (E value : type.getEnumConstants()) {
      counts.put(value, 0L);
    }
    String scope = institutionIds == null ? "" : " where s.institution.id in :ids";
    TypedQuery<Object[]> query = em.createQuery("select s." + field + ", count(s) from StaffMember s" + scope + " group by s." + field,
        Object[].class);
    if (institutionIds != null) {
      query.setParameter("ids", institutionIds.isEmpty() ? List.of(-1L) : institutionIds);
    }
    query.getResultList().forEach(row -> counts.put(type.cast(row[0]), (Long) row[1]));
    return counts;
  }

  /** Per course code: how many of the institution's staff still need it (needed or planned) and how many completed it. */
  public Map<String, long[]> trainingCoverage(long institutionId) {
    Map<String, long[]> coverage = new LinkedHashMap<>();
    courses().forEach(c -> coverage.put(c.getCode(), new long[2]));
    em.createQuery("select t.course.code, t.status, count(t) from StaffTraining t where t.staffMember.institution.id = :id"
            + " group by t.course.code, t.status", Object[].class)
        .setParameter("id", institutionId).getResultList()
        .forEach(row -> {
          long[] counts = coverage.computeIfAbsent((String) row[0], k -> new long[2]);
          counts["COMPLETED".equals(String.valueOf(row[1])) ? 1 : 0] += (Long) row[2];
        });
    return coverage;
  }

  /** The institution's courses still needed or planned, by course, then by the person's name. */
  public List<StaffTraining> trainingsStillNeeded(long institutionId) {
    return em.createQuery("select t from StaffTraining t where t.staffMember.institution.id = :id and t.status <> :completed"
            + " order by t.course.position, t.staffMember.name, t.id", StaffTraining.class)
        .setParameter("id", institutionId).setParameter("completed", org.homeward.staff.entity.TrainingStatus.COMPLETED).getResultList();
  }

  /** Writes what is pending now, so that new records have their ids. */
  public void flush() {
    em.flush();
  }

  public <T> T add(T record) {
    em.persist(record);
    return record;
  }
}
