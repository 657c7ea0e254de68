package org.homeward.budget.boundary;

import org.homeward.budget.control.BudgetRepository;
import org.homeward.budget.control.BudgetRepository.Selection;

/** Budget figures over many owners: the national lines and institutions' lines, as a selection chooses them. */
final class BudgetTotals {

  private BudgetTotals() {}

  static BudgetFigures figures(BudgetRepository repository, Selection selection) {
    return BudgetFigures.of(repository.lines(selection), repository.reallocations(selection), repository.actualByLine(selection));
  }
}
