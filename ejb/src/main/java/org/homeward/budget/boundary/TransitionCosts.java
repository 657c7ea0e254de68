package org.homeward.budget.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.budget.control.ModelInputs;
import org.homeward.budget.control.Projection;
import org.homeward.budget.control.ScenarioChange;
import org.homeward.budget.control.TransitionCostModel;
import org.homeward.budget.control.TransitionInputs;
import org.homeward.budget.control.TransitionModelRepository;
import org.homeward.budget.entity.CostScenario;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * The double-funding model of one institution: its inputs, the month-by-month projection, and
 * scenarios compared with it. Finance and administrators keep it; the institution's committee
 * keeps its own institution's; the ministry reads every institution's.
 *
 * <p>A model is only stored if the projection can be computed from it, so a unit that would close
 * before its residents have moved is refused when the model is saved, on the field at fault.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FINANCE})
public class TransitionCosts {

  @Inject TransitionModelRepository repository;
  @Inject InstitutionRepository institutions;
  @Inject Validator validator;
  @Inject Clock clock;

  /** The stored model, or a blank one starting next month for the residents there today (not stored until saved). */
  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FINANCE, Role.MINISTRY})
  public TransitionModel model(@InScope long institutionId) {
    Institution institution = institution(institutionId);
    return repository.model(institutionId).orElseGet(() -> blank(institution));
  }

  /** Creates or changes the institution's model; refuses inputs the model cannot project, field by field. */
  public TransitionModel save(@InScope long institutionId, TransitionModel edited) {
    Institution institution = institution(institutionId);
    TransitionModel model = repository.model(institutionId).orElse(null);
    if (model != null && edited.getVersion() < 0) {
      throw new InvalidInputException("version", "{version.required}");
    }
    if (model != null) {
      StaleRecordException.requireVersion(model.getVersion(), edited.getVersion());
    }
    List<FieldError> errors = new ArrayList<>(edited.crossFieldErrors());
    errors.addAll(unknownUnits(institution, edited));
    InvalidInputException.throwIfAny(validator.validate(edited), errors);
    InvalidInputException.throwIfAny(TransitionCostModel.errors(inputs(institution, edited)));
    if (model == null) {
      model = new TransitionModel();
      model.attachTo(institution);
      model.updateFrom(edited);
      return repository.add(model);
    }
    model.updateFrom(edited);
    return model;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FINANCE, Role.MINISTRY})
  public Projection projection(@InScope long institutionId) {
    Institution institution = institution(institutionId);
    return TransitionCostModel.project(inputs(institution, stored(institutionId)));
  }

  /** The baseline first, then each scenario by name. */
  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FINANCE, Role.MINISTRY})
  public List<ScenarioResult> comparison(@InScope long institutionId) {
    Institution institution = institution(institutionId);
    TransitionModel model = stored(institutionId);
    TransitionInputs baseline = inputs(institution, model);
    List<ScenarioResult> results = new ArrayList<>();
    results.add(new ScenarioResult(null, TransitionCostModel.project(baseline)));
    for (CostScenario scenario : repository.scenarios(model.getId())) {
      results.add(new ScenarioResult(scenario, project(institution, baseline, scenario)));
    }
    return results;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FINANCE, Role.MINISTRY})
  public List<CostScenario> scenarios(@InScope long institutionId) {
    institution(institutionId);
    return repository.scenarios(stored(institutionId).getId());
  }

  /** Adds a scenario to the model; refused if its projection cannot be computed (a closure now before its residents move). */
  public CostScenario addScenario(@InScope long institutionId, CostScenario draft) {
    Institution institution = institution(institutionId);
    TransitionModel model = stored(institutionId);
    List<FieldError> errors = new ArrayList<>(draft.crossFieldErrors());
    if (draft.getUnitId() != null && institution.getUnits().stream().noneMatch(u -> u.getId().equals(draft.getUnitId()))) {
      errors.add(new FieldError("unitId", "{budget.model.unit.unknown}"));
    }
    InvalidInputException.throwIfAny(validator.validate(draft), errors);
    if (repository.scenarioNameTaken(model.getId(), draft.getName().strip())) {
      throw new DuplicateRecordException("name", "{budget.scenario.duplicateName}");
    }
    draft.setName(draft.getName().strip());
    InvalidInputException.throwIfAny(TransitionCostModel.errors(change(institution, draft).applyTo(inputs(institution, model))));
    draft.attachTo(model);
    return repository.add(draft);
  }

  public void removeScenario(@InScope long institutionId, long scenarioId) {
    institution(institutionId);
    CostScenario scenario = repository.scenario(stored(institutionId).getId(), scenarioId)
        .orElseThrow(() -> new RecordNotFoundException("CostScenario", scenarioId));
    repository.remove(scenario);
  }

  private Projection project(Institution institution, TransitionInputs baseline, CostScenario scenario) {
    return TransitionCostModel.project(change(institution, scenario).applyTo(baseline));
  }

  private static ScenarioChange change(Institution institution, CostScenario scenario) {
    String unit = scenario.getUnitId() == null ? null : institution.getUnits().stream()
        .filter(u -> u.getId().equals(scenario.getUnitId())).map(Unit::getName).findFirst().orElse(null);
    return new ScenarioChange(scenario.getDelayMonths(), unit, scenario.getUnitDelayMonths(),
        scenario.getCommunityCostPercent() == null ? BigDecimal.ZERO : scenario.getCommunityCostPercent());
  }

  private TransitionInputs inputs(Institution institution, TransitionModel model) {
    return ModelInputs.of(model, institution.getUnits(), repository.plannedMoves(institution.getId()));
  }

  private static List<FieldError> unknownUnits(Institution institution, TransitionModel edited) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < edited.getUnitCosts().size(); i++) {
      Long unitId = edited.getUnitCosts().get(i).getUnitId();
      if (unitId == null || institution.getUnits().stream().noneMatch(u -> u.getId().equals(unitId))) {
        errors.add(new FieldError("unitCosts[" + i + "].unitId", "{budget.model.unit.unknown}"));
      }
    }
    return errors;
  }

  private TransitionModel stored(long institutionId) {
    return repository.model(institutionId).orElseThrow(() -> new RecordNotFoundException("TransitionModel", institutionId));
  }

  private TransitionModel blank(Institution institution) {
    TransitionModel model = new TransitionModel();
    model.setStartOn(LocalDate.now(clock).plusMonths(1).withDayOfMonth(1));
    model.setResidents(institution.getCurrentResidents() == null ? 0 : institution.getCurrentResidents());
    return model;
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }
}
