package org.homeward.transfer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.web.ResidentView;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.homeward.transfer.boundary.CaseTransfers;
import org.homeward.transfer.entity.CaseTransfer;

/**
 * On a person's page: their transfers, an offer of the case to another worker or institution, and,
 * after a bulk reassignment, the person's answer about the worker they were given.
 */
@Named
@ViewScoped
public class CaseTransferView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseTransfers transfers;
  @Inject Residents residents;
  @Inject ResidentView residentView;
  @Inject SecurityContext security;

  private Resident resident;
  private List<CaseTransfer> history;
  private List<UserAccount> receivers;
  private List<Institution> destinations;
  private Long toWorkerId;
  private Long toInstitutionId;
  private String reason;
  private String institutionReason;
  private Consent consent;

  /** Runs after the person's page loaded the record; a page that found none shows nothing of this. */
  public void load() {
    resident = residentView.getResident();
    if (resident == null) {
      return;
    }
    history = transfers.ofResident(resident.getId());
    receivers = transfers.receivers(resident.getId());
    destinations = isCommittee() ? transfers.destinations(resident.getId()) : List.of();
  }

  public void offerToWorker() {
    try {
      transfers.offerToWorker(resident.getId(), toWorkerId, reason);
      Problems.info("transfer.offered");
      reset();
    } catch (HomewardException e) {
      Problems.show(e, "transferForm");
    }
  }

  public void offerToInstitution() {
    try {
      transfers.offerToInstitution(resident.getId(), toInstitutionId, institutionReason);
      Problems.info("transfer.offered");
      reset();
    } catch (HomewardException e) {
      Problems.show(e, "institutionTransferForm");
    }
  }

  public void recordConsent() {
    try {
      residents.recordConsent(resident.getId(), resident.getVersion(), consent);
      Problems.info("transfer.consentRecorded");
      residentView.load();
      reset();
    } catch (HomewardException e) {
      Problems.show(e, "consentForm");
    }
  }

  private void reset() {
    toWorkerId = null;
    toInstitutionId = null;
    reason = null;
    institutionReason = null;
    consent = null;
    load();
  }

  public Optional<CaseTransfer> getPending() {
    return history.stream().filter(CaseTransfer::pending).findFirst();
  }

  public boolean isPendingTransfer() {
    return getPending().isPresent();
  }

  public boolean isCommittee() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public Consent[] getConsents() {
    return new Consent[] {Consent.CHOSE, Consent.AGREED};
  }

  public List<CaseTransfer> getHistory() {
    return history;
  }

  public List<UserAccount> getReceivers() {
    return receivers;
  }

  public List<Institution> getDestinations() {
    return destinations;
  }

  public Long getToWorkerId() {
    return toWorkerId;
  }

  public void setToWorkerId(Long toWorkerId) {
    this.toWorkerId = toWorkerId;
  }

  public Long getToInstitutionId() {
    return toInstitutionId;
  }

  public void setToInstitutionId(Long toInstitutionId) {
    this.toInstitutionId = toInstitutionId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getInstitutionReason() {
    return institutionReason;
  }

  public void setInstitutionReason(String institutionReason) {
    this.institutionReason = institutionReason;
  }

  public Consent getConsent() {
    return consent;
  }

  public void setConsent(Consent consent) {
    this.consent = consent;
  }
}
