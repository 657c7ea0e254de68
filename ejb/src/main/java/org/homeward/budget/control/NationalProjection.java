package org.homeward.budget.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.homeward.budget.control.Projection.DoubleFunding;

/**
 * The double-funding model of the country (or of one region): the month-by-month sum of every
 * stored institution model in one currency, and each institution with what became of it.
 *
 * @param region the region asked for; null for the whole country, "" for institutions without a region
 * @param projection the sum by calendar month ({@link Projection#sum}); its double funding is the sum of each institution's.
 *     Its own {@code closedIn} and {@code monthlySaving} read the sum as if it were one institution: use
 *     {@link #closedIn()} and {@link #monthlySaving()} instead
 * @param institutions every institution in the region and the caller's scope, by region and name
 */
public record NationalProjection(String region, Projection projection, List<InstitutionRow> institutions) implements Serializable {

  /** Whether an institution's model is in the sum, and if not, why. */
  public enum Status {
    /** Its stored model is summed. */
    INCLUDED,
    /** No model has been stored for it yet. */
    NO_MODEL,
    /** Its model is in another currency than the sum's (the currency most models use). */
    OTHER_CURRENCY,
    /** Its stored model no longer fits its units or its residents' move dates, so it cannot be projected. */
    INPUTS_INVALID
  }

  /**
   * One institution. The months and the double funding are its own model's; null unless {@code status} is
   * INCLUDED (OTHER_CURRENCY: in its own currency).
   */
  public record InstitutionRow(long id, String code, String name, String region, Status status, String currency, YearMonth firstMonth,
      YearMonth lastMonth, DoubleFunding doubleFunding) implements Serializable {}

  /** How many institutions are in the sum. */
  public long included() {
    return institutions.stream().filter(i -> i.status() == Status.INCLUDED).count();
  }

  /**
   * What the institutions in the sum save each month once closed, added up: each one's {@link
   * DoubleFunding#monthlySaving()}, for those that close within their model; null if none does.
   */
  public BigDecimal monthlySaving() {
    return institutions.stream().filter(i -> i.status() == Status.INCLUDED && i.doubleFunding().monthlySaving() != null)
        .map(i -> i.doubleFunding().monthlySaving()).reduce(BigDecimal::add).orElse(null);
  }

  /** The month the last institution in the sum closes, if every one of them closes within its model; null otherwise. */
  public YearMonth closedIn() {
    List<InstitutionRow> included = institutions.stream().filter(i -> i.status() == Status.INCLUDED).toList();
    if (included.isEmpty() || included.stream().anyMatch(i -> i.doubleFunding().closedIn() == null)) {
      return null;
    }
    return included.stream().map(i -> i.doubleFunding().closedIn()).max(YearMonth::compareTo).orElseThrow();
  }

  /** How many institutions have no model yet. */
  public long withoutModel() {
    return institutions.stream().filter(i -> i.status() == Status.NO_MODEL).count();
  }
}
