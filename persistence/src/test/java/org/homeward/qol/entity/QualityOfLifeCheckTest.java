package org.homeward.qol.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each check is asked at its time: before the move, or about one and two years after it; ratings run from 1 to 5. */
class QualityOfLifeCheckTest {

  private static final LocalDate MOVED = LocalDate.of(2024, 3, 15);

  private static List<String> fieldsWithErrors(Timepoint timepoint, LocalDate askedOn, LocalDate movedOn) {
    return new QualityOfLifeCheck(askedOn, timepoint, "Fatima").crossFieldErrors(movedOn).stream().map(FieldError::field).toList();
  }

  @ParameterizedTest(name = "{0} asked on {1}, moved on {2}: error on \"{3}\"")
  @CsvSource({
    "BEFORE_MOVE,     2024-03-14, 2024-03-15, ''",
    "BEFORE_MOVE,     2024-03-15, 2024-03-15, askedOn",
    "BEFORE_MOVE,     2025-01-01, 2024-03-15, askedOn",
    "BEFORE_MOVE,     2026-11-23,           , ''",
    "ABOUT_ONE_YEAR,  2026-11-23,           , timepoint",
    "ABOUT_ONE_YEAR,  2024-12-14, 2024-03-15, askedOn",
    "ABOUT_ONE_YEAR,  2024-12-15, 2024-03-15, ''",
    "ABOUT_ONE_YEAR,  2025-03-15, 2024-03-15, ''",
    "ABOUT_TWO_YEARS, 2026-11-23,           , timepoint",
    "ABOUT_TWO_YEARS, 2025-03-15, 2024-03-15, askedOn",
    "ABOUT_TWO_YEARS, 2025-12-14, 2024-03-15, askedOn",
    "ABOUT_TWO_YEARS, 2025-12-15, 2024-03-15, ''",
  })
  void aCheckIsAskedAtItsTime(Timepoint timepoint, LocalDate askedOn, LocalDate movedOn, String field) {
    assertThat(fieldsWithErrors(timepoint, askedOn, movedOn)).isEqualTo(field.isEmpty() ? List.of() : List.of(field));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1, 10})
  void aRatingOutsideOneToFiveNamesItsDomain(int rating) {
    QualityOfLifeCheck check = new QualityOfLifeCheck(LocalDate.of(2026, 11, 23), Timepoint.BEFORE_MOVE, "Fatima");
    check.answer(LifeDomain.CHOICE_AND_CONTROL).setRating(rating);
    check.answer(LifeDomain.HEALTH).setRating(4);

    assertThat(check.crossFieldErrors(null)).extracting(FieldError::field).containsExactly("choiceAndControl");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5})
  void aRatingFromOneToFiveOrNoneAtAllIsAnAnswerTheCheckTakes(int rating) {
    QualityOfLifeCheck check = new QualityOfLifeCheck(LocalDate.of(2026, 11, 23), Timepoint.BEFORE_MOVE, "Fatima");
    check.answer(LifeDomain.LIVING_SITUATION).setRating(rating);

    assertThat(check.crossFieldErrors(null)).isEmpty();
    assertThat(check.getAnswers()).extracting(LifeAnswer::getDomain).containsExactly(LifeDomain.values());
    assertThat(check.answer(LifeDomain.HEALTH).answered()).as("the person did not want to answer").isFalse();
  }
}
