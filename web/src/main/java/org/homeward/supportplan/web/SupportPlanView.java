package org.homeward.supportplan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;
import org.homeward.supportplan.boundary.ReviewSchedule;
import org.homeward.supportplan.boundary.SupportPlans;
import org.homeward.supportplan.entity.ActionStep;
import org.homeward.supportplan.entity.Participation;
import org.homeward.supportplan.entity.PlanContent;
import org.homeward.supportplan.entity.StepStatus;
import org.homeward.supportplan.entity.SupportPlanRevision;

/** The person's support plan: the latest revision, written with them in a draft, agreed, reviewed after the move. */
@Named
@ViewScoped
public class SupportPlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SupportPlans plans;
  @Inject Residents residents;

  private Long id;
  private Resident resident;
  private List<SupportPlanRevision> revisions;
  private SupportPlanRevision latest;
  private PlanContent content;
  private Participation participation;
  private LocalDate agreedOn;
  private ActionStep step;
  private ReviewSchedule reviews;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Resident", null);
      }
      resident = residents.find(id);
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    revisions = plans.revisions(id);
    latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    content = latest == null ? null : latest.getContent().copy();
    participation = latest == null ? null
        : new Participation(latest.getParticipation().getHow(), latest.getParticipation().getSupportedBy(), latest.getParticipation().getOn());
    agreedOn = LocalDate.now();
    reviews = plans.reviews(id);
  }

  public void start() {
    try {
      plans.start(id);
      reload();
      Problems.info("supportplan.started");
    } catch (HomewardException e) {
      Problems.show(e, "planForm");
    }
  }

  public void save() {
    try {
      plans.write(id, latest.getNumber(), latest.getVersion(), content, participation);
      reload();
      Problems.info("supportplan.saved");
    } catch (HomewardException e) {
      Problems.show(e, "planForm");
    }
  }

  public void agree() {
    try {
      plans.writeAndAgree(id, latest.getNumber(), latest.getVersion(), content, participation, agreedOn);
      reload();
      Problems.info("supportplan.agreedNow");
    } catch (HomewardException e) {
      Problems.show(e, "planForm");
    }
  }

  public void newStep() {
    step = new ActionStep();
  }

  public void saveStep() {
    try {
      plans.addStep(id, latest.getNumber(), step);
      step = null;
      reload();
      Problems.info("supportplan.step.saved");
    } catch (HomewardException e) {
      Problems.show(e, "stepForm");
    }
  }

  public void markDone(ActionStep selected) {
    try {
      ActionStep done = new ActionStep(selected.getGoal(), selected.getStep(), selected.getWho(), selected.getDueOn());
      done.setStatus(StepStatus.DONE);
      done.setVersion(selected.getVersion());
      plans.updateStep(id, latest.getNumber(), selected.getId(), done);
      reload();
      Problems.info("supportplan.step.saved");
    } catch (HomewardException e) {
      Problems.show(e, "stepsForm");
    }
  }

  public LocalDate getToday() {
    return LocalDate.now();
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

  public List<SupportPlanRevision> getRevisions() {
    return revisions;
  }

  public SupportPlanRevision getLatest() {
    return latest;
  }

  public PlanContent getContent() {
    return content;
  }

  public Participation getParticipation() {
    return participation;
  }

  public LocalDate getAgreedOn() {
    return agreedOn;
  }

  public void setAgreedOn(LocalDate agreedOn) {
    this.agreedOn = agreedOn;
  }

  public ActionStep getStep() {
    return step;
  }

  public ReviewSchedule getReviews() {
    return reviews;
  }
}
