package org.homeward.budget.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.budget.boundary.BudgetFigures.LineFigures;
import org.homeward.budget.entity.BudgetCategory;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.FundingSource;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/**
 * A budget line. {@code movedIn}, {@code movedOut}, {@code budget} (planned after reallocations) and
 * {@code actual} (spend so far) are read-only.
 */
public record BudgetLineJson(
    Long id,
    Long version,
    Integer fiscalYear,
    @Schema(implementation = BudgetCategory.class) String category,
    @Schema(implementation = FundingSource.class) String fundingSource,
    Boolean ringFenced,
    String currency,
    BigDecimal plannedAmount,
    String description,
    BigDecimal movedIn,
    BigDecimal movedOut,
    BigDecimal budget,
    BigDecimal actual) {

  static BudgetLineJson of(LineFigures f) {
    BudgetLine l = f.line();
    return new BudgetLineJson(l.getId(), l.getVersion(), l.getFiscalYear(), EnumParam.name(l.getCategory()), EnumParam.name(l.getFundingSource()),
        l.isRingFenced(), l.getCurrency(), l.getPlannedAmount(), l.getDescription(), f.movedIn(), f.movedOut(), f.budget(), f.actual());
  }

  static BudgetLineJson of(BudgetLine l) {
    return new BudgetLineJson(l.getId(), l.getVersion(), l.getFiscalYear(), EnumParam.name(l.getCategory()), EnumParam.name(l.getFundingSource()),
        l.isRingFenced(), l.getCurrency(), l.getPlannedAmount(), l.getDescription(), null, null, null, null);
  }

  BudgetLine toLine() {
    List<FieldError> errors = new ArrayList<>();
    BudgetLine line = new BudgetLine(fiscalYear, EnumParam.parse(BudgetCategory.class, category, "category", errors),
        EnumParam.parse(FundingSource.class, fundingSource, "fundingSource", errors), Boolean.TRUE.equals(ringFenced), currency, plannedAmount,
        description);
    InvalidInputException.throwIfAny(errors);
    if (version != null) {
      line.setVersion(version);
    }
    return line;
  }
}
