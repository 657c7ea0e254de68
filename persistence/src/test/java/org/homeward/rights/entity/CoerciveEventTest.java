package org.homeward.rights.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoerciveEventTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 12, 0);

  private static LocalDateTime time(String text) {
    return text == null ? null : LocalDateTime.parse(text);
  }

  private static CoercionFacts facts(CoercionCategory category, RestraintType type, String start, String end) {
    return new CoercionFacts(category, type, time(start), time(end), "Dr Petrova", "Hit another resident", false);
  }

  @ParameterizedTest(name = "{0} {1} {2} to {3} -> {4}")
  @CsvSource(nullValues = "-", value = {
      "SECLUSION,         -,          2026-06-14T22:00, 2026-06-15T01:30, -",
      "RESTRAINT,         MECHANICAL, 2026-06-14T22:00, 2026-06-14T22:40, -",
      "RESTRAINT,         -,          2026-06-14T22:00, 2026-06-14T22:40, restraintType",
      "SECLUSION,         PHYSICAL,   2026-06-14T22:00, 2026-06-14T22:40, restraintType",
      "SECLUSION,         -,          2026-06-14T22:00, -,                endedAt",
      "FORCED_MEDICATION, -,          2026-06-14T22:00, -,                -",
      "SECLUSION,         -,          2026-06-14T22:00, 2026-06-14T21:59, endedAt",
      "FORCED_MEDICATION, -,          2026-06-15T12:01, -,                startedAt",
      "SECLUSION,         -,          2026-06-15T11:00, 2026-06-15T12:30, endedAt"})
  void aRestraintSaysItsTypeALastingPracticeEndsAndNothingLiesAhead(
      CoercionCategory category, RestraintType type, String start, String end, String badField) {
    List<FieldError> errors = facts(category, type, start, end).crossFieldErrors(NOW);

    assertThat(errors).extracting(FieldError::field).containsExactlyElementsOf(badField == null ? List.of() : List.of(badField));
  }

  @Test
  void deEscalationTriedSaysWhat() {
    CoercionFacts facts = facts(CoercionCategory.SECLUSION, null, "2026-06-14T22:00", "2026-06-14T23:00");
    facts.setDeEscalationTried(true);

    assertThat(facts.crossFieldErrors(NOW)).extracting(FieldError::field).containsExactly("deEscalation");
    facts.setDeEscalation("Quiet room offered, talked with her key nurse");
    assertThat(facts.crossFieldErrors(NOW)).isEmpty();
  }

  @ParameterizedTest(name = "{0} to {1} lasts {2} minutes")
  @CsvSource({
      "2026-06-14T23:30, 2026-06-15T00:15, 45",
      "2026-01-31T22:00, 2026-02-01T02:00, 240",
      "2025-12-31T23:00, 2026-01-01T01:00, 120",
      "2026-02-28T20:00, 2026-03-02T08:00, 2160"})
  void aDurationRunsAcrossMidnightAndMonthEnds(String start, String end, long minutes) {
    assertThat(facts(CoercionCategory.SECLUSION, null, start, end).getDurationMinutes()).isEqualTo(minutes);
  }

  @Test
  void aCorrectionKeepsTheFactsAsTheyStoodWithWhoAndWhy() {
    CoercionFacts original = facts(CoercionCategory.RESTRAINT, RestraintType.PHYSICAL, "2026-06-14T22:00", "2026-06-14T22:20");
    CoerciveEvent event = new CoerciveEvent(null, original, "committee.north", Instant.parse("2026-06-15T08:00:00Z"));
    CoercionFacts corrected = original.copy();
    corrected.setRestraintType(RestraintType.MECHANICAL);
    corrected.setEndedAt(time("2026-06-14T23:20"));

    CoercionCorrection correction = event.correct(corrected, "Ward book says belts, until 23:20", "focal.north",
        Instant.parse("2026-06-15T09:00:00Z"));

    assertThat(event.getFacts().kind()).isEqualTo(CoercionKind.MECHANICAL_RESTRAINT);
    assertThat(event.getCorrections()).containsExactly(correction);
    assertThat(correction.getPrevious().kind()).isEqualTo(CoercionKind.PHYSICAL_RESTRAINT);
    assertThat(correction.getPrevious().getDurationMinutes()).isEqualTo(20);
    assertThat(correction.getCorrectedBy()).isEqualTo("focal.north");
    assertThatThrownBy(() -> event.correct(corrected.copy(), " ", "focal.north", Instant.now()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theAccountIsThePersonsToGiveOrDecline() {
    CoerciveEvent event = new CoerciveEvent(null, facts(CoercionCategory.FORCED_MEDICATION, null, "2026-06-14T22:00", null), "x", Instant.EPOCH);

    assertThatThrownBy(() -> event.recordAccount(AccountChoice.GIVEN, "")).isInstanceOf(InvalidInputException.class);
    event.recordAccount(AccountChoice.GIVEN, "They held me down; nobody asked what was wrong.");
    assertThat(event.getOwnAccount()).startsWith("They held me down");
    event.recordAccount(AccountChoice.DECLINED, "ignored");
    assertThat(event.getOwnAccount()).isNull();
    assertThat(event.getAccountChoice()).isEqualTo(AccountChoice.DECLINED);
  }
}
