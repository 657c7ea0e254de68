package org.homeward.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.staff.boundary.Redeployment;
import org.homeward.staff.boundary.StaffRoster;
import org.homeward.staff.entity.ApplicationDecision;
import org.homeward.staff.entity.Commitment;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffMember;

/** The appraisal of one application: recorded once, with its decision, then shown as it was decided. */
@Named
@ViewScoped
public class AppraisalView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Redeployment redeployment;
  @Inject StaffRoster roster;

  private Long staff;
  private Long applicationId;
  private StaffMember member;
  private StaffApplication application;
  private StaffApplication appraisal;

  public void load() {
    try {
      if (staff == null || applicationId == null) {
        throw new RecordNotFoundException("StaffApplication", applicationId);
      }
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    member = roster.member(staff);
    application = redeployment.application(staff, applicationId);
    appraisal = new StaffApplication();
    appraisal.setVersion(application.getVersion());
    appraisal.setDecidedOn(LocalDate.now());
  }

  public String save() {
    try {
      redeployment.appraise(staff, applicationId, appraisal);
      Problems.info("staff.appraisal.saved");
      return "/staff/view?faces-redirect=true&id=" + staff;
    } catch (HomewardException e) {
      Problems.show(e, "appraisalForm");
      return null;
    }
  }

  public ApplicationDecision[] getDecisions() {
    return ApplicationDecision.values();
  }

  public Commitment[] getCommitments() {
    return Commitment.values();
  }

  public Long getStaff() {
    return staff;
  }

  public void setStaff(Long staff) {
    this.staff = staff;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public StaffMember getMember() {
    return member;
  }

  public StaffApplication getApplication() {
    return application;
  }

  public StaffApplication getAppraisal() {
    return appraisal;
  }
}
