package org.homeward.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.budget.entity.CostScenario;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.resident.entity.ResidentStatus;

/** Persistence of the transition models and their scenarios, and the planned moves the model reads from residents' placements. */
@Dependent
public class TransitionModelRepository {

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

  /** Residents living in the institution whose placement has a move-in date, one row each. */
  public List<PlannedMove> plannedMoves(long institutionId) {
    return em.createQuery("select r.id, max(p.moveInOn), u.name, r.complexSupportNeeds from Placement p join p.resident r left join r.unit u"
            + " where r.institution.id = :id and p.moveInOn is not null and r.status in :living"
            + " group by r.id, u.name, r.complexSupportNeeds order by r.id", Object[].class)
        .setParameter("id", institutionId)
        .setParameter("living", List.of(ResidentStatus.IN_INSTITUTION, ResidentStatus.PREPARING, ResidentStatus.READY_TO_MOVE,
            ResidentStatus.READMITTED))
        .getResultList().stream()
        .map(row -> new PlannedMove((Long) row[0], (LocalDate) row[1], (String) row[2], (Boolean) row[3]))
        .toList();
  }
}
