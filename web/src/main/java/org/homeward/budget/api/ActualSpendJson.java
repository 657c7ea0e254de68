package org.homeward.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.homeward.budget.entity.ActualSpend;

/** Money spent on a budget line, in the line's currency. */
public record ActualSpendJson(Long id, LocalDate spentOn, BigDecimal amount, String note) {

  static ActualSpendJson of(ActualSpend a) {
    return new ActualSpendJson(a.getId(), a.getSpentOn(), a.getAmount(), a.getNote());
  }

  ActualSpend toActual() {
    return new ActualSpend(spentOn, amount, note);
  }
}
