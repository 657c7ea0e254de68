package org.homeward.agenda.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.homeward.agenda.boundary.CaseFacts;
import org.homeward.assessment.control.AssessmentRepository;
import org.homeward.followup.control.FollowUpRepository;
import org.homeward.followup.entity.FollowUpVisit;
import org.homeward.qol.control.NextCheck;
import org.homeward.qol.control.QualityOfLifeSchedule;
import org.homeward.resident.entity.FocalPointAssignment;
import org.homeward.resident.entity.Resident;
import org.homeward.supportplan.boundary.ReviewSchedule;
import org.homeward.supportplan.control.ReviewScheduler;
import org.homeward.supportplan.control.SupportPlanRepository;
import org.homeward.supportplan.entity.PlanStatus;
import org.homeward.supportplan.entity.SupportPlanRevision;

/** Reads the facts of a person's case that decide what is due in it. */
@Dependent
public class CaseFactsReader {

  @Inject AssessmentRepository assessments;
  @Inject SupportPlanRepository supportPlans;
  @Inject ReviewScheduler reviews;
  @Inject FollowUpRepository followUps;
  @Inject QualityOfLifeSchedule qualityOfLife;

  public CaseFacts of(Resident resident, LocalDate today) {
    long id = resident.getId();
    LocalDate lastAssessed = assessments.assessments(id).stream().map(a -> a.getAssessedOn()).max(Comparator.naturalOrder()).orElse(null);
    List<LocalDate> reviewsOpen = reviews.schedule(resident).reviews().stream().filter(r -> !r.done())
        .map(ReviewSchedule.Review::dueOn).toList();
    List<CaseFacts.Step> openSteps = supportPlans.revisions(id).stream()
        .filter(r -> r.getStatus() != PlanStatus.SUPERSEDED).max(Comparator.comparingInt(SupportPlanRevision::getNumber))
        .map(plan -> plan.getSteps().stream().filter(s -> s.getDueOn() != null && s.open())
            .map(s -> new CaseFacts.Step(s.getStep(), s.getDueOn())).toList())
        .orElse(List.of());
    LocalDate movedOn = resident.movedOn().orElse(null);
    LocalDate lastVisit = movedOn == null ? null : followUps.visits(id).stream().map(FollowUpVisit::getVisitedOn)
        .filter(d -> !d.isBefore(movedOn)).max(Comparator.naturalOrder()).orElse(null);
    LocalDate caseOpened = resident.currentAssignment().map(FocalPointAssignment::getFromOn).orElse(resident.getStatusSince());
    return new CaseFacts(resident.getStatus(), resident.getStatusSince(), caseOpened, lastAssessed, reviewsOpen, openSteps, movedOn,
        lastVisit, qualityOfLife.nextCheckDue(resident).map(NextCheck::dueOn).orElse(null));
  }
}
