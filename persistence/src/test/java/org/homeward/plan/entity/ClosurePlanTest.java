package org.homeward.plan.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Revisions: a draft is changed freely, an approved one never; a review copies it. */
class ClosurePlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static ClosurePlan plan() {
    Institution institution = new Institution("PH-01", "North Hospital", InstitutionType.PSYCHIATRIC_HOSPITAL, Ownership.PUBLIC, "North", 120, 80);
    institution.addUnit(new Unit("Ward A", 60, TODAY.plusMonths(6)));
    institution.addUnit(new Unit("Ward B", 60, null));
    return ClosurePlan.create(institution, TODAY.plusYears(3), "committee", NOW, TODAY);
  }

  @Test
  void aNewPlanOffersTheStandardMilestonesIncludingOnePerUnit() {
    PlanRevision first = plan().current();

    assertThat(first.getStatus()).isEqualTo(RevisionStatus.DRAFT);
    assertThat(first.getMilestones()).extracting(Milestone::getKind).containsExactly(
        MilestoneKind.ADMISSIONS_STOPPED, MilestoneKind.FIRST_RESIDENTS_MOVED, MilestoneKind.RESIDENTS_MOVED_25,
        MilestoneKind.RESIDENTS_MOVED_50, MilestoneKind.RESIDENTS_MOVED_75, MilestoneKind.UNIT_CLOSED, MilestoneKind.UNIT_CLOSED,
        MilestoneKind.INSTITUTION_CLOSED, MilestoneKind.BUILDING_REPURPOSED);
    assertThat(first.getMilestones().get(5).getPlannedOn()).as("a unit's own planned closure date").isEqualTo(TODAY.plusMonths(6));
    assertThat(first.getMilestones()).filteredOn(m -> m.getKind() == MilestoneKind.INSTITUTION_CLOSED)
        .extracting(Milestone::getPlannedOn).containsExactly(TODAY.plusYears(3));
  }

  @Test
  void residentsMovesAchieveTheMovedShareMilestonesOnceAndOnlyThose() {
    PlanRevision first = plan().current();

    assertThat(first.recordMoves(0, 40, TODAY)).isEmpty();
    assertThat(first.recordMoves(10, 40, TODAY)).extracting(Milestone::getKind)
        .containsExactly(MilestoneKind.FIRST_RESIDENTS_MOVED, MilestoneKind.RESIDENTS_MOVED_25);
    assertThat(first.recordMoves(21, 40, TODAY.plusDays(30))).extracting(Milestone::getKind)
        .containsExactly(MilestoneKind.RESIDENTS_MOVED_50);
    assertThat(first.getMilestones()).filteredOn(m -> m.getKind() == MilestoneKind.FIRST_RESIDENTS_MOVED)
        .extracting(Milestone::getAchievedOn).containsExactly(TODAY);
    assertThat(first.getMilestones()).filteredOn(m -> m.getKind() == MilestoneKind.RESIDENTS_MOVED_75)
        .extracting(Milestone::getAchievedOn).containsOnlyNulls();
  }

  @Test
  void approvalNeedsASummaryOfWhatChangedAndFixesTheBaselines() {
    ClosurePlan plan = plan();
    PlanRevision first = plan.current();

    assertThatThrownBy(() -> plan.approve(first, "chair", NOW)).isInstanceOf(InvalidInputException.class);
    first.updateFrom(first.getTargetClosureOn(), "First plan");
    plan.approve(first, "chair", NOW);

    assertThat(first.getStatus()).isEqualTo(RevisionStatus.APPROVED);
    assertThat(first.getApprovedBy()).isEqualTo("chair");
    assertThat(first.getMilestones()).allMatch(m -> m.getPlannedOn().equals(m.getBaselineOn()));
    assertThatThrownBy(first::requireDraft).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aReviewCopiesEverythingIntoADraftAndApprovingItSupersedesTheRevisionInForce() {
    ClosurePlan plan = plan();
    PlanRevision first = plan.current();
    Milestone quarter = first.getMilestones().get(2);
    PlanAction action = new PlanAction("Secure tenancies", ActionCategory.HOUSING, "Chair", TODAY, TODAY.plusMonths(2));
    action.setMilestone(quarter);
    first.addAction(action);
    first.addPhase(new Phase("Preparation", TODAY, TODAY.plusMonths(6), null));
    first.updateFrom(first.getTargetClosureOn(), "First plan");
    plan.approve(first, "chair", NOW);

    PlanRevision review = plan.startReview("member", NOW);

    assertThat(review.getNumber()).isEqualTo(2);
    assertThat(review.getStatus()).isEqualTo(RevisionStatus.DRAFT);
    assertThat(review.getChangeSummary()).isNull();
    assertThat(review.getPhases()).extracting(Phase::getName).containsExactly("Preparation");
    assertThat(review.getActions()).singleElement().satisfies(copy -> {
      assertThat(copy).isNotSameAs(action);
      assertThat(copy.getTitle()).isEqualTo("Secure tenancies");
      assertThat(copy.getMilestone()).isSameAs(review.getMilestones().get(2)).isNotSameAs(quarter);
    });
    assertThat(review.getMilestones()).extracting(Milestone::getBaselineOn).containsExactlyElementsOf(
        first.getMilestones().stream().map(Milestone::getBaselineOn).toList());
    assertThat(plan.current()).isSameAs(review);
    assertThatThrownBy(first::requireCurrent).as("progress goes to the draft under review").isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> plan.startReview("member", NOW)).isInstanceOf(RuleViolationException.class);

    review.updateFrom(TODAY.plusYears(4), "Moves delayed a year: housing came late");
    plan.approve(review, "chair", NOW);

    assertThat(first.getStatus()).isEqualTo(RevisionStatus.SUPERSEDED);
    assertThat(first.getTargetClosureOn()).isEqualTo(TODAY.plusYears(3));
    assertThat(plan.approved()).contains(review);
  }

  @Test
  void aReviewNeedsAnApprovedPlan() {
    assertThatThrownBy(() -> plan().startReview("member", NOW)).isInstanceOf(RuleViolationException.class);
  }
}
