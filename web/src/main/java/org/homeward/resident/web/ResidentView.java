package org.homeward.resident.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.homeward.problem.FieldError;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.Readiness;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.omnifaces.util.Faces;

/** One person's record and case: the status and its safeguards, and the focal point, each with its history. */
@Named
@ViewScoped
public class ResidentView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Residents residents;
  @Inject SecurityContext security;

  private Long id;
  private Resident resident;
  private Readiness readiness;

  private ResidentStatus nextStatus;
  private LocalDate effectiveOn;
  private String reason;

  private Long workerId;
  private Consent consent;
  private LocalDate fromOn;
  private String assignmentReason;
  private List<UserAccount> workers;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Resident", null);
      }
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    resident = residents.find(id);
    readiness = residents.readiness(id);
    effectiveOn = LocalDate.now();
    fromOn = LocalDate.now();
    nextStatus = null;
    reason = null;
    assignmentReason = null;
  }

  public void changeStatus() {
    try {
      residents.changeStatus(id, resident.getVersion(), nextStatus, effectiveOn, reason);
      Problems.info("resident.status.changed");
      reload();
    } catch (HomewardException e) {
      Problems.show(e, "statusForm");
    }
  }

  public void openAssignment() {
    workers = residents.focalPoints(resident.getInstitution().getId());
    workerId = null;
    consent = null;
  }

  public void assignFocalPoint() {
    try {
      residents.assignFocalPoint(id, resident.getVersion(), workerId, consent, fromOn, assignmentReason);
      Problems.info("resident.focalPoint.assigned");
      reload();
    } catch (HomewardException e) {
      Problems.show(e, "focalPointForm");
    }
  }

  /** The committee and administrators assign focal points; the service checks again. */
  public boolean isAssigner() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public List<ResidentStatus> getNextStatuses() {
    return resident.getStatus().next().stream().sorted().toList();
  }

  /** Each safeguard still missing before a move, in words. */
  public List<String> getMissing() {
    Locale locale = Faces.getLocale();
    return readiness.missing().stream().map(key -> ProblemMessages.fieldMessage(new FieldError("status", "{" + key + "}"), locale)).toList();
  }

  public Period getLengthOfStay() {
    return resident.lengthOfStay(LocalDate.now());
  }

  public boolean isAdmittedAfterStop() {
    return resident.admittedAfterStop(resident.getInstitution());
  }

  /** What the person says about a worker assigned here; "to be asked" is only for a bulk reassignment. */
  public Consent[] getConsents() {
    return new Consent[] {Consent.CHOSE, Consent.AGREED};
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

  public Readiness getReadiness() {
    return readiness;
  }

  public ResidentStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(ResidentStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(LocalDate effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public void setWorkerId(Long workerId) {
    this.workerId = workerId;
  }

  public Consent getConsent() {
    return consent;
  }

  public void setConsent(Consent consent) {
    this.consent = consent;
  }

  public LocalDate getFromOn() {
    return fromOn;
  }

  public void setFromOn(LocalDate fromOn) {
    this.fromOn = fromOn;
  }

  public String getAssignmentReason() {
    return assignmentReason;
  }

  public void setAssignmentReason(String assignmentReason) {
    this.assignmentReason = assignmentReason;
  }

  public List<UserAccount> getWorkers() {
    return workers;
  }
}
