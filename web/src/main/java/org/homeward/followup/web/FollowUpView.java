package org.homeward.followup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.homeward.followup.boundary.FollowUps;
import org.homeward.followup.entity.FollowUpVisit;
import org.homeward.followup.entity.Outcome;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;

/** A person's follow-up visits after the move, and recording a new one. */
@Named
@ViewScoped
public class FollowUpView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FollowUps followUps;
  @Inject Residents residents;

  private Long id;
  private Resident resident;
  private List<FollowUpVisit> visits;
  private FollowUpVisit visit;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Resident", null);
      }
      resident = residents.find(id);
      visits = followUps.visits(id);
      visit = new FollowUpVisit(LocalDate.now(), null, false, null);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public void record() {
    try {
      followUps.record(id, visit);
      visits = followUps.visits(id);
      visit = new FollowUpVisit(LocalDate.now(), null, false, null);
      Problems.info("followup.saved");
    } catch (HomewardException e) {
      Problems.show(e, "visitForm");
    }
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Resident getResident() {
    return resident;
  }

  public List<FollowUpVisit> getVisits() {
    return visits;
  }

  public FollowUpVisit getVisit() {
    return visit;
  }
}
