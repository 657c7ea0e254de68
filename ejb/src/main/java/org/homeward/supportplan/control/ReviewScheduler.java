package org.homeward.supportplan.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.resident.entity.Resident;
import org.homeward.supportplan.boundary.ReviewSchedule;
import org.homeward.supportplan.entity.SupportPlanRevision;

/** Dates the support plan's reviews after the move ({@code homeward.support-plan.review-months}). */
@Dependent
public class ReviewScheduler {

  @Inject SupportPlanRepository repository;

  @Inject
  @ConfigProperty(name = "homeward.support-plan.review-months", defaultValue = "1,3,6,12")
  List<Integer> reviewMonths;

  public List<Integer> reviewMonths() {
    return reviewMonths;
  }

  public ReviewSchedule schedule(Resident resident) {
    LocalDate movedOn = resident.movedOn().orElse(null);
    List<LocalDate> agreed = repository.revisions(resident.getId()).stream().map(SupportPlanRevision::getAgreedOn)
        .filter(Objects::nonNull).filter(d -> movedOn != null && d.isAfter(movedOn)).toList();
    return ReviewSchedule.of(movedOn, reviewMonths, agreed);
  }
}
