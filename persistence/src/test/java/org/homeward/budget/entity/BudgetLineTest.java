package org.homeward.budget.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ring-fencing rules on a budget line, and the rules of a reallocation. */
class BudgetLineTest {

  @ParameterizedTest(name = "{0} from {1}, ring-fenced {2}: refused on \"{3}\"")
  @CsvSource({
    "INSTITUTION_CAPITAL, EU_OR_DONOR,         false, fundingSource",
    "INSTITUTION_CAPITAL, HEALTH_MINISTRY,     true,  ringFenced",
    "INSTITUTION_CAPITAL, HEALTH_MINISTRY,     false, ''",
    "INSTITUTION_RUNNING, EU_OR_DONOR,         false, ''",
    "COMMUNITY_SERVICES,  REPURPOSED_PROPERTY, true,  ''",
    "COMMUNITY_SERVICES,  REPURPOSED_PROPERTY, false, ringFenced",
    "DAILY_LIVING,        REPURPOSED_PROPERTY, true,  category",
    "INSTITUTION_CAPITAL, REPURPOSED_PROPERTY, true,  category ringFenced",
  })
  void ringFencing(BudgetCategory category, FundingSource source, boolean ringFenced, String fields) {
    BudgetLine line = new BudgetLine(2027, category, source, ringFenced, "EUR", BigDecimal.TEN, null);

    assertThat(line.ringFencingErrors()).extracting(FieldError::field)
        .containsExactlyInAnyOrderElementsOf(fields.isBlank() ? List.of() : List.of(fields.split(" ")));
  }

  @ParameterizedTest(name = "{0} to {1}, {2} of 100 available, approved {3} days before: refused on \"{4}\"")
  @CsvSource({
    "INSTITUTION_RUNNING, COMMUNITY_SERVICES,  100,    0, ''",
    "INSTITUTION_CAPITAL, DAILY_LIVING,        50,     3, ''",
    "COMMUNITY_SERVICES,  INSTITUTION_RUNNING, 10,     0, fromLineId toLineId",
    "INSTITUTION_RUNNING, COMMUNITY_SERVICES,  100.01, 0, amount",
    "INSTITUTION_RUNNING, COMMUNITY_SERVICES,  10,     -1, approvedOn",
  })
  void reallocation(BudgetCategory from, BudgetCategory to, BigDecimal amount, int approvedDaysBefore, String fields) {
    LocalDate moved = LocalDate.of(2027, 7, 1);
    Reallocation r = new Reallocation(new BudgetLine(2027, from, FundingSource.OTHER, false, "EUR", BigDecimal.valueOf(100), null),
        new BudgetLine(2027, to, FundingSource.OTHER, false, "EUR", BigDecimal.ZERO, null), moved, amount, "why", "who",
        moved.minusDays(approvedDaysBefore));

    assertThat(r.ruleErrors(BigDecimal.valueOf(100))).extracting(FieldError::field)
        .containsExactlyInAnyOrderElementsOf(fields.isBlank() ? List.of() : List.of(fields.split(" ")));
  }
}
