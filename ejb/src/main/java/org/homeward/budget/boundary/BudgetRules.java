package org.homeward.budget.boundary;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.budget.boundary.BudgetFigures.LineFigures;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.Reallocation;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;

/** The checks an institution's budget and the national budget share: a line's fields and ring-fencing, a reallocation's rules. */
final class BudgetRules {

  private BudgetRules() {}

  /** Bad fields as a 400, ring-fencing refusals (each on its field, with the reason) as a rule violation. */
  static void check(Validator validator, BudgetLine line) {
    InvalidInputException.throwIfAny(validator.validate(line), line.crossFieldErrors());
    List<FieldError> refusals = line.ringFencingErrors();
    if (!refusals.isEmpty()) {
      throw new RuleViolationException("budget.line.ringFencing", refusals);
    }
  }

  /**
   * The reallocation of {@code draft}'s date, amount, reason and approval from {@code from} to {@code
   * to} (null when unknown to the owner), checked: missing lines and bad fields as a 400, the rules
   * (institution line to community line, one currency, no more than the line holds after earlier
   * reallocations in {@code figures}, approved before the money moves) as a rule violation.
   */
  static Reallocation reallocation(Validator validator, BudgetLine from, BudgetLine to, Reallocation draft, BudgetFigures figures) {
    List<FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(new FieldError("fromLineId", "{budget.reallocation.line.required}"));
    }
    if (to == null) {
      errors.add(new FieldError("toLineId", "{budget.reallocation.line.required}"));
    }
    Reallocation reallocation = new Reallocation(from, to, draft.getMovedOn(), draft.getAmount(), draft.getReason(), draft.getApprovedBy(),
        draft.getApprovedOn());
    InvalidInputException.throwIfAny(validator.validate(reallocation).stream().filter(v -> !v.getPropertyPath().toString().equals("from")
        && !v.getPropertyPath().toString().equals("to")).collect(Collectors.toSet()), errors);
    List<FieldError> refusals = reallocation.ruleErrors(figures.lines().stream()
        .filter(f -> f.line().getId().equals(from.getId())).findFirst().map(LineFigures::budget).orElse(BigDecimal.ZERO));
    if (!refusals.isEmpty()) {
      throw new RuleViolationException("budget.reallocation.refused", refusals);
    }
    return reallocation;
  }
}
