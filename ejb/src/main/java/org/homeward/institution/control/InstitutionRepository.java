package org.homeward.institution.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.boundary.InstitutionFilter;
import org.homeward.institution.boundary.InstitutionOverview;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;

@Dependent
public class InstitutionRepository {

  /** Fields the list may be sorted by; anything else falls back to the name. */
  public static final Set<String> SORTABLE =
      Set.of("code", "name", "type", "ownership", "region", "district", "bedCapacity", "currentResidents", "status", "admissionsStoppedOn");

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /**
   * One page of the institutions matching {@code filter}, among those with ids in {@code scope}
   * (null: all institutions).
   */
  public Page<Institution> search(InstitutionFilter filter, Set<Long> scope, PageRequest page) {
    if (scope != null && scope.isEmpty()) {
      return new Page<>(List.of(), 0);
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Institution> select = cb.createQuery(Institution.class);
    Root<Institution> root = select.from(Institution.class);
    select.where(where(cb, root, filter, scope)).orderBy(order(cb, root, page));
    List<Institution> items =
        em.createQuery(select).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Institution> counted = count.from(Institution.class);
    count.select(cb.count(counted)).where(where(cb, counted, filter, scope));
    return new Page<>(items, em.createQuery(count).getSingleResult());
  }

  public long count(InstitutionFilter filter, Set<Long> scope) {
    if (scope != null && scope.isEmpty()) {
      return 0;
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Institution> counted = count.from(Institution.class);
    count.select(cb.count(counted)).where(where(cb, counted, filter, scope));
    return em.createQuery(count).getSingleResult();
  }

  /** Institutions, beds and residents per status, among those with ids in {@code scope} (null: all). */
  public InstitutionOverview overview(Set<Long> scope) {
    Map<InstitutionStatus, Long> byStatus = new EnumMap<>(InstitutionStatus.class);
    for (InstitutionStatus status : InstitutionStatus.values()) {
      byStatus.put(status, 0L);
    }
    if (scope != null && scope.isEmpty()) {
      return new InstitutionOverview(0, 0, 0, byStatus);
    }
    String where = scope == null ? "" : " where i.id in :ids";
    var query = em.createQuery("select i.status, count(i), coalesce(sum(i.bedCapacity), 0), coalesce(sum(i.currentResidents), 0)"
        + " from Institution i" + where + " group by i.status", Object[].class);
    if (scope != null) {
      query.setParameter("ids", scope);
    }
    long institutions = 0;
    long beds = 0;
    long residents = 0;
    for (Object[] row : query.getResultList()) {
      byStatus.put((InstitutionStatus) row[0], ((Number) row[1]).longValue());
      institutions += ((Number) row[1]).longValue();
      beds += ((Number) row[2]).longValue();
      residents += ((Number) row[3]).longValue();
    }
    return new InstitutionOverview(institutions, beds, residents, byStatus);
  }

  public Optional<Institution> find(long id) {
    return Optional.ofNullable(em.find(Institution.class, id));
  }

  public Optional<Unit> findUnit(long institutionId, long unitId) {
    return Optional.ofNullable(em.find(Unit.class, unitId)).filter(u -> u.getInstitution().getId() == institutionId);
  }

  /** Whether an institution other than {@code exceptId} (null: any) has this code. */
  public boolean codeTaken(String code, Long exceptId) {
    return em.createQuery("select i.id from Institution i where i.code = :code", Long.class)
        .setParameter("code", code)
        .getResultStream()
        .anyMatch(id -> !id.equals(exceptId));
  }

  public boolean unitNameTaken(Institution institution, String name, Long exceptId) {
    return institution.getUnits().stream()
        .anyMatch(u -> !u.getId().equals(exceptId) && u.getName() != null && name != null
            && u.getName().strip().equalsIgnoreCase(name.strip()));
  }

  /** Distinct regions, for filter drop-downs. */
  public List<String> regions(Set<Long> scope) {
    if (scope != null && scope.isEmpty()) {
      return List.of();
    }
    return scope == null
        ? em.createQuery("select distinct i.region from Institution i order by i.region", String.class).getResultList()
        : em.createQuery("select distinct i.region from Institution i where i.id in :ids order by i.region", String.class)
            .setParameter("ids", scope).getResultList();
  }

  public Institution add(Institution institution) {
    em.persist(institution);
    return institution;
  }

  private static Predicate[] where(CriteriaBuilder cb, Root<Institution> root, InstitutionFilter f, Set<Long> scope) {
    List<Predicate> where = new ArrayList<>();
    if (scope != null) {
      where.add(root.get("id").in(scope));
    }
    if (f.text() != null && !f.text().isBlank()) {
      String like = "%" + escape(f.text().strip().toLowerCase(Locale.ROOT)) + "%";
      where.add(cb.or(
          cb.like(cb.lower(root.get("code")), like, '\\'),
          cb.like(cb.lower(root.get("name")), like, '\\'),
          cb.like(cb.lower(root.get("district")), like, '\\')));
    }
    if (f.region() != null && !f.region().isBlank()) {
      where.add(cb.equal(root.get("region"), f.region()));
    }
    if (f.type() != null) {
      where.add(cb.equal(root.get("type"), f.type()));
    }
    if (f.status() != null) {
      where.add(cb.equal(root.get("status"), f.status()));
    }
    return where.toArray(Predicate[]::new);
  }

  private static List<Order> order(CriteriaBuilder cb, Root<Institution> root, PageRequest page) {
    String field = page.sortBy() != null && SORTABLE.contains(page.sortBy()) ? page.sortBy() : "name";
    Expression<?> key = root.get(field);
    Order primary = page.ascending() ? cb.asc(key) : cb.desc(key);
    return List.of(primary, cb.asc(root.get("id")));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
