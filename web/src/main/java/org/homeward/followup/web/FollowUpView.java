package org.homeward.followup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.homeward.followup.boundary.FollowUps;
import org.homeward.followup.entity.FollowUpVisit;
import org.homeward.followup.entity.Outcome;
import org.homeward.problem.HomewardException;
import org.homeward.resident.web.ResidentPageView;
import org.homeward.problem.web.Problems;

/** A person's follow-up visits after the move, and recording a new one. */
@Named
@ViewScoped
public class FollowUpView extends ResidentPageView {

  private static final long serialVersionUID = 1L;

  @Inject FollowUps followUps;

  private List<FollowUpVisit> visits;
  private FollowUpVisit visit;

  @Override
  protected void reload() {
    visits = followUps.visits(getId());
    visit = new FollowUpVisit(LocalDate.now(), null, false, null);
  }

  public void record() {
    try {
      followUps.record(getId(), visit);
      visits = followUps.visits(getId());
      visit = new FollowUpVisit(LocalDate.now(), null, false, null);
      Problems.info("followup.saved");
    } catch (HomewardException e) {
      Problems.show(e, "visitForm");
    }
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public List<FollowUpVisit> getVisits() {
    return visits;
  }

  public FollowUpVisit getVisit() {
    return visit;
  }
}
