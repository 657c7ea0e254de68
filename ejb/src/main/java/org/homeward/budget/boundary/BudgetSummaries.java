package org.homeward.budget.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.homeward.audit.control.Audited;
import org.homeward.budget.boundary.BudgetFigures.YearFigures;
import org.homeward.budget.control.BudgetRepository;
import org.homeward.budget.control.BudgetRepository.Selection;
import org.homeward.budget.control.NationalProjection;
import org.homeward.budget.control.NationalProjections;
import org.homeward.budget.control.Projection.DoubleFunding;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.entity.Role;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.UserAccount;

/**
 * Budget and double funding in a few figures for the ministry's dashboard ({@link BudgetSummary}).
 * Administrators and the ministry see every institution, finance officers and committees the
 * institutions in their scope; the national budget lines count only for the whole country and
 * not for a committee.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.MINISTRY, Role.FINANCE, Role.COMMITTEE})
public class BudgetSummaries {

  @Inject BudgetRepository budgets;
  @Inject NationalProjections projections;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /**
   * The summary of the whole country when {@code region} is null, of one region otherwise ("" for
   * institutions without a region). A region holding no institution the caller may see is refused as
   * unknown ({@link org.homeward.problem.RecordNotFoundException}).
   */
  public BudgetSummary summary(String region) {
    UserAccount account = caller.require();
    Set<Long> scope = account.national() ? null : account.getInstitutionIds();
    NationalProjection projection = projections.project(region, scope);
    boolean national = region == null && (account.national() || account.hasRole(Role.FINANCE));
    List<YearFigures> years = BudgetTotals.figures(budgets, new Selection(national, region, scope)).years().stream()
        .sorted(Comparator.comparingInt(YearFigures::year).thenComparing(YearFigures::currency)).toList();
    DoubleFunding d = projection.projection().doubleFunding();
    return new BudgetSummary(region, national, years, latest(years, LocalDate.now(clock).getYear()), projection.projection().currency(),
        d.first(), d.peakMonth(), d.peak(), d.total(), d.end(), projection.included(), projection.withoutModel());
  }

  /** The latest year up to {@code thisYear} (else the first), in the currency with the largest budget that year. */
  static YearFigures latest(List<YearFigures> years, int thisYear) {
    int year = years.stream().mapToInt(YearFigures::year).filter(y -> y <= thisYear).max()
        .orElse(years.stream().mapToInt(YearFigures::year).min().orElse(0));
    return years.stream().filter(y -> y.year() == year).max(Comparator.comparing(YearFigures::budget)).orElse(null);
  }
}
