package org.homeward.supportplan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.homeward.problem.HomewardException;
import org.homeward.resident.web.ResidentPageView;
import org.homeward.problem.web.Problems;
import org.homeward.supportplan.boundary.ReviewSchedule;
import org.homeward.supportplan.boundary.SupportPlans;
import org.homeward.supportplan.entity.ActionStep;
import org.homeward.supportplan.entity.Participation;
import org.homeward.supportplan.entity.PlanContent;
import org.homeward.supportplan.entity.StepStatus;
import org.homeward.supportplan.entity.SupportPlanRevision;
import org.omnifaces.util.Faces;

/** The person's support plan: the latest revision, written with them in a draft, agreed, reviewed after the move. */
@Named
@ViewScoped
public class SupportPlanView extends ResidentPageView {

  private static final long serialVersionUID = 1L;

  @Inject SupportPlans plans;

  private List<SupportPlanRevision> revisions;
  private SupportPlanRevision latest;
  private PlanContent content;
  private Participation participation;
  private LocalDate agreedOn;
  private ActionStep step;
  private ReviewSchedule reviews;


  @Override
  protected void reload() {
    revisions = plans.revisions(getId());
    latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    content = latest == null ? null : latest.getContent().copy();
    participation = latest == null ? null
        : new Participation(latest.getParticipation().getHow(), latest.getParticipation().getSupportedBy(), latest.getParticipation().getOn());
    agreedOn = LocalDate.now();
    reviews = plans.reviews(getId());
  }

  public void start() {
    try {
      plans.start(getId());
      reload();
      Problems.info("supportplan.started");
    } catch (HomewardException e) {
      Problems.show(e, "planForm");
    }
  }

  public void save() {
    try {
      plans.write(getId(), latest.getNumber(), latest.getVersion(), content, participation);
      reload();
      Problems.info("supportplan.saved");
    } catch (HomewardException e) {
      Problems.show(e, "planForm");
    }
  }

  public void agree() {
    try {
      plans.writeAndAgree(getId(), latest.getNumber(), latest.getVersion(), content, participation, agreedOn);
      reload();
      Problems.info("supportplan.agreedNow");
    } catch (HomewardException e) {
      Problems.show(e, "planForm");
    }
  }

  /** The plan in plain language and large type, as a PDF download for the person to keep. */
  public void printSummary() {
    try {
      ResourceBundle labels = ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
      byte[] pdf = PlainLanguagePlanDocument.render(plans.plainLanguageSummary(getId()), labels);
      Faces.sendFile(pdf, "my-plan-" + getResident().getIdentifier() + ".pdf", true);
    } catch (HomewardException e) {
      Problems.show(e, "planForm");
    }
  }

  public void newStep() {
    step = new ActionStep();
  }

  public void saveStep() {
    try {
      plans.addStep(getId(), latest.getNumber(), step);
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
      plans.updateStep(getId(), latest.getNumber(), selected.getId(), done);
      reload();
      Problems.info("supportplan.step.saved");
    } catch (HomewardException e) {
      Problems.show(e, "stepsForm");
    }
  }

  public LocalDate getToday() {
    return LocalDate.now();
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
