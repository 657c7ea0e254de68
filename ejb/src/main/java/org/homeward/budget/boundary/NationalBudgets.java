package org.homeward.budget.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.homeward.audit.control.Audited;
import org.homeward.budget.control.BudgetRepository;
import org.homeward.budget.control.BudgetRepository.Selection;
import org.homeward.budget.control.NationalProjection;
import org.homeward.budget.control.NationalProjections;
import org.homeward.budget.entity.ActualSpend;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.Reallocation;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * The national budget: lines the ministry holds for the whole country (not tied to an institution),
 * with the same categories, funding sources, ring-fencing rules, actual spend and reallocations as
 * an institution's; and the country's budget, national lines and institutions' lines together.
 * Finance and administrators keep the national lines; the ministry reads them.
 *
 * <p>The country's budget and the national projection count every institution for administrators
 * and the ministry, and the institutions in a finance officer's scope for them.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.FINANCE})
public class NationalBudgets {

  @Inject BudgetRepository repository;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject NationalProjections projections;

  @Permit({Role.ADMIN, Role.FINANCE, Role.MINISTRY})
  public List<BudgetLine> lines() {
    return repository.nationalLines();
  }

  /** Adds a national line; bad fields are refused as input errors, ring-fencing breaches as rule violations naming each field. */
  public BudgetLine addLine(BudgetLine draft) {
    BudgetRules.check(validator, draft);
    return repository.add(draft);
  }

  public BudgetLine updateLine(long lineId, BudgetLine edited) {
    BudgetLine line = line(lineId);
    StaleRecordException.requireVersion(line.getVersion(), edited.getVersion());
    BudgetRules.check(validator, edited);
    line.updateFrom(edited);
    return line;
  }

  @Permit({Role.ADMIN, Role.FINANCE, Role.MINISTRY})
  public List<ActualSpend> actuals(long lineId) {
    line(lineId);
    return repository.actuals(lineId);
  }

  public ActualSpend addActual(long lineId, ActualSpend draft) {
    BudgetLine line = line(lineId);
    InvalidInputException.throwIfAny(validator.validate(draft));
    draft.attachTo(line);
    return repository.add(draft);
  }

  @Permit({Role.ADMIN, Role.FINANCE, Role.MINISTRY})
  public List<Reallocation> reallocations() {
    return repository.nationalReallocations();
  }

  /**
   * Moves money from a national institution line to a national community line, under the same rules
   * as an institution's reallocations; a line that is not national counts as missing.
   */
  public Reallocation reallocate(Long fromLineId, Long toLineId, Reallocation draft) {
    BudgetLine from = fromLineId == null ? null : repository.nationalLine(fromLineId).orElse(null);
    BudgetLine to = toLineId == null ? null : repository.nationalLine(toLineId).orElse(null);
    return repository.add(BudgetRules.reallocation(validator, from, to, draft, from == null ? null : figures()));
  }

  /** The national lines after reallocations with their spend, and per year plan against actual with the community share. */
  @Permit({Role.ADMIN, Role.FINANCE, Role.MINISTRY})
  public BudgetFigures figures() {
    return BudgetFigures.of(repository.nationalLines(), repository.nationalReallocations(), repository.nationalActualByLine());
  }

  /**
   * The country's budget: the national lines and the lines of every institution the caller may see,
   * per fiscal year (and currency) planned after reallocations against actual, with the community
   * share of each. Only {@link BudgetFigures#years()} is meant to be read: the lines are every line.
   */
  @Permit({Role.ADMIN, Role.FINANCE, Role.MINISTRY})
  public BudgetFigures country() {
    return BudgetTotals.figures(repository, new Selection(true, null, scope()));
  }

  /**
   * The national projection: every stored institution model the caller may see (optionally of one
   * {@code region}, "" for institutions without one) added up by calendar month, and each institution
   * with its own double funding or why it is not in the sum ("no model yet" among them).
   */
  @Permit({Role.ADMIN, Role.FINANCE, Role.MINISTRY})
  public NationalProjection projection(String region) {
    return projections.project(region, scope());
  }

  private Set<Long> scope() {
    UserAccount account = caller.require();
    return account.national() ? null : account.getInstitutionIds();
  }

  private BudgetLine line(long lineId) {
    return repository.nationalLine(lineId).orElseThrow(() -> new RecordNotFoundException("BudgetLine", lineId));
  }
}
