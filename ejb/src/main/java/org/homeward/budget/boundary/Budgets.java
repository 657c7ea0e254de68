package org.homeward.budget.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.budget.control.BudgetRepository;
import org.homeward.budget.entity.ActualSpend;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.Reallocation;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * An institution's budget: lines per fiscal year and category, actual spend, and reallocations
 * from institution lines to community lines. Finance and administrators keep it; the institution's
 * committee and the ministry read it.
 *
 * <p>Ring-fencing is a rule, not a format: a line that breaks it is refused with a {@link
 * RuleViolationException} naming each field at fault and why, so that the form can explain it.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.FINANCE})
public class Budgets {

  @Inject BudgetRepository repository;
  @Inject InstitutionRepository institutions;
  @Inject Validator validator;

  @Permit({Role.ADMIN, Role.FINANCE, Role.COMMITTEE, Role.MINISTRY})
  public List<BudgetLine> lines(@InScope long institutionId) {
    institution(institutionId);
    return repository.lines(institutionId);
  }

  public BudgetLine addLine(@InScope long institutionId, BudgetLine draft) {
    Institution institution = institution(institutionId);
    check(draft);
    draft.attachTo(institution);
    return repository.add(draft);
  }

  public BudgetLine updateLine(@InScope long institutionId, long lineId, BudgetLine edited) {
    BudgetLine line = line(institutionId, lineId);
    StaleRecordException.requireVersion(line.getVersion(), edited.getVersion());
    check(edited);
    line.updateFrom(edited);
    return line;
  }

  @Permit({Role.ADMIN, Role.FINANCE, Role.COMMITTEE, Role.MINISTRY})
  public List<ActualSpend> actuals(@InScope long institutionId, long lineId) {
    line(institutionId, lineId);
    return repository.actuals(lineId);
  }

  public ActualSpend addActual(@InScope long institutionId, long lineId, ActualSpend draft) {
    BudgetLine line = line(institutionId, lineId);
    InvalidInputException.throwIfAny(validator.validate(draft));
    draft.attachTo(line);
    return repository.add(draft);
  }

  @Permit({Role.ADMIN, Role.FINANCE, Role.COMMITTEE, Role.MINISTRY})
  public List<Reallocation> reallocations(@InScope long institutionId) {
    institution(institutionId);
    return repository.reallocations(institutionId);
  }

  /**
   * Moves money from an institution line to a community line of the same institution. Refused, with
   * the reason on the field at fault, if it goes the other way, mixes currencies, takes more than the
   * line still holds, or moves before it is approved.
   */
  public Reallocation reallocate(@InScope long institutionId, Long fromLineId, Long toLineId, Reallocation draft) {
    Institution institution = institution(institutionId);
    BudgetLine from = fromLineId == null ? null : repository.line(institutionId, fromLineId).orElse(null);
    BudgetLine to = toLineId == null ? null : repository.line(institutionId, toLineId).orElse(null);
    Reallocation reallocation = BudgetRules.reallocation(validator, from, to, draft, from == null ? null : figures(institutionId));
    reallocation.attachTo(institution);
    return repository.add(reallocation);
  }

  /** Each line after reallocations with its spend, and per year plan against actual with the community share of each. */
  @Permit({Role.ADMIN, Role.FINANCE, Role.COMMITTEE, Role.MINISTRY})
  public BudgetFigures figures(@InScope long institutionId) {
    institution(institutionId);
    return BudgetFigures.of(repository.lines(institutionId), repository.reallocations(institutionId), repository.actualByLine(institutionId));
  }

  private void check(BudgetLine line) {
    BudgetRules.check(validator, line);
  }

  private BudgetLine line(long institutionId, long lineId) {
    institution(institutionId);
    return repository.line(institutionId, lineId).orElseThrow(() -> new RecordNotFoundException("BudgetLine", lineId));
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }
}
