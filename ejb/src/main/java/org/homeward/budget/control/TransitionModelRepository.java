package org.homeward.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.budget.entity.CostScenario;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.institution.entity.Institution;
import org.homeward.resident.entity.ResidentStatus;

/** Persistence of the transition models and their scenarios, and the planned moves the model reads from residents' placements. */
@Dependent
public class TransitionModelRepository {

  /** Residents who still live in the institution. */
  private static final List<ResidentStatus> LIVING = List.of(ResidentStatus.IN_INSTITUTION, ResidentStatus.PREPARING,
      ResidentStatus.READY_TO_MOVE, ResidentStatus.READMITTED);

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /**
   * A resident still in the institution with a planned move date: the latest move-in date of their
   * placements, the unit they live in (if any) and whether they have complex support needs.
   */
  public record PlannedMove(long residentId, LocalDate moveOn, String unit, boolean complexSupportNeeds) {}

  public Optional<TransitionModel> model(long institutionId) {
    return em.createQuery("select m from TransitionModel m where m.institution.id = :id", TransitionModel.class)
        .setParameter("id", institutionId).getResultStream().findFirst();
  }

  public TransitionModel add(TransitionModel model) {
    em.persist(model);
    return model;
  }

  /** By name. */
  public List<CostScenario> scenarios(long modelId) {
    return em.createQuery("select s from CostScenario s where s.model.id = :id order by s.name, s.id", CostScenario.class)
        .setParameter("id", modelId).getResultList();
  }

  public Optional<CostScenario> scenario(long modelId, long scenarioId) {
    return scenarios(modelId).stream().filter(s -> s.getId() == scenarioId).findFirst();
  }

  public boolean scenarioNameTaken(long modelId, String name) {
    return scenarios(modelId).stream().anyMatch(s -> s.getName().equalsIgnoreCase(name));
  }

  public CostScenario add(CostScenario scenario) {
    em.persist(scenario);
    return scenario;
  }

  public void remove(CostScenario scenario) {
    em.remove(scenario);
  }

  public void flush() {
    em.flush();
  }

  // --- many institutions at once, for national and regional sums ---

  /** The institutions in {@code region} (all when null, "" for those without one) and {@code scope} (all when null), with their units. */
  public List<Institution> institutions(String region, Set<Long> scope) {
    return bind(em.createQuery("select i from Institution i where " + where(region, scope) + " order by i.region, i.name", Institution.class)
        .setHint("eclipselink.batch", "i.units").setHint("eclipselink.batch.type", "IN"), region, scope).getResultList();
  }

  /** The stored models of those institutions, by institution id (read after {@link #institutions}, which puts them in the context). */
  public Map<Long, TransitionModel> models(String region, Set<Long> scope) {
    Map<Long, TransitionModel> models = new HashMap<>();
    for (TransitionModel model : bind(em.createQuery("select m from TransitionModel m join m.institution i where " + where(region, scope),
        TransitionModel.class).setHint("eclipselink.batch", "m.unitCosts").setHint("eclipselink.batch.type", "IN"), region, scope).getResultList()) {
      models.put(model.getInstitution().getId(), model);
    }
    return models;
  }

  /** {@link #plannedMoves(long)} of those institutions, by institution id. */
  public Map<Long, List<PlannedMove>> plannedMoves(String region, Set<Long> scope) {
    Map<Long, List<PlannedMove>> moves = new HashMap<>();
    bind(em.createQuery("select i.id, r.id, max(p.moveInOn), u.name, r.complexSupportNeeds from Placement p join p.resident r"
            + " join r.institution i left join r.unit u where " + where(region, scope) + " and p.moveInOn is not null and r.status in :living"
            + " group by i.id, r.id, u.name, r.complexSupportNeeds order by r.id", Object[].class), region, scope)
        .setParameter("living", LIVING)
        .getResultList()
        .forEach(row -> moves.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
            .add(new PlannedMove((Long) row[1], (LocalDate) row[2], (String) row[3], (Boolean) row[4])));
    return moves;
  }

  private static String where(String region, Set<Long> scope) {
    String inRegion = region == null ? "1 = 1" : region.isEmpty() ? "(i.region is null or i.region = '')" : "i.region = :region";
    return inRegion + (scope == null ? "" : " and i.id in :scope");
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, String region, Set<Long> scope) {
    if (region != null && !region.isEmpty()) {
      query.setParameter("region", region);
    }
    if (scope != null) {
      query.setParameter("scope", scope.isEmpty() ? List.of(-1L) : List.copyOf(scope));
    }
    return query;
  }

  /** Residents living in the institution whose placement has a move-in date, one row each. */
  public List<PlannedMove> plannedMoves(long institutionId) {
    return em.createQuery("select r.id, max(p.moveInOn), u.name, r.complexSupportNeeds from Placement p join p.resident r left join r.unit u"
            + " where r.institution.id = :id and p.moveInOn is not null and r.status in :living"
            + " group by r.id, u.name, r.complexSupportNeeds order by r.id", Object[].class)
        .setParameter("id", institutionId)
        .setParameter("living", LIVING)
        .getResultList().stream()
        .map(row -> new PlannedMove((Long) row[0], (LocalDate) row[1], (String) row[2], (Boolean) row[3]))
        .toList();
  }
}
