package org.homeward.supportplan.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.Sex;
import org.junit.jupiter.api.Test;

/** A plan is agreed with the person, never about them: no agreement without the record of their participation. */
class SupportPlanRevisionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static SupportPlanRevision draft() {
    Resident ana = new Resident("NR-1", "Ana", "Kovac", LocalDate.of(1970, 1, 1), Sex.FEMALE, LocalDate.of(2001, 1, 1));
    return new SupportPlanRevision(ana, 1, "worker", NOW);
  }

  @Test
  void aDraftCannotBeAgreedWithoutTheRecordOfHowThePersonTookPartWhoSupportedThemAndWhen() {
    SupportPlanRevision plan = draft();

    assertThatThrownBy(() -> plan.agree(TODAY, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("participationHow", "participationOn", "participationSupportedBy"));
    plan.write(new PlanContent(), new Participation("Two meetings in Easy Read; she wrote her goals herself", "Her sister Maja", TODAY.plusDays(1)));
    assertThatThrownBy(() -> plan.agree(TODAY, TODAY)).isInstanceOf(InvalidInputException.class);
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);

    plan.write(new PlanContent(), new Participation("Two meetings in Easy Read; she wrote her goals herself", "Her sister Maja", TODAY));
    plan.agree(TODAY, TODAY);
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.AGREED);
    assertThat(plan.agreedWithPerson()).isTrue();
    assertThatThrownBy(() -> plan.write(new PlanContent(), plan.getParticipation())).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aReviewStartsANewDraftFromTheAgreedWordsAndSupersedesItOnceAgreed() {
    SupportPlanRevision first = draft();
    PlanContent words = new PlanContent();
    words.setHopesAndGoals("A flat with a balcony; work in a bakery");
    first.write(words, new Participation("Meeting", "No one, by her choice", TODAY));
    first.addStep(new ActionStep("Work in a bakery", "Visit the supported employment service", "Ana and her worker", TODAY.plusMonths(1)));
    first.agree(TODAY, TODAY);

    SupportPlanRevision second = first.review(2, "worker", NOW);

    assertThat(first.getStatus()).isEqualTo(PlanStatus.UNDER_REVIEW);
    assertThat(first.agreedWithPerson()).as("the agreed plan holds while it is reviewed").isTrue();
    assertThat(second.getContent().getHopesAndGoals()).isEqualTo("A flat with a balcony; work in a bakery");
    assertThat(second.getSteps()).extracting(ActionStep::getStep).containsExactly("Visit the supported employment service");
    assertThat(second.getParticipation().getHow()).as("participation is recorded anew").isNull();
    second.write(second.getContent(), new Participation("Meeting", "Her sister", TODAY));
    second.agree(TODAY, TODAY);
    second.replaces(first);
    assertThat(first.getStatus()).isEqualTo(PlanStatus.SUPERSEDED);
  }
}
