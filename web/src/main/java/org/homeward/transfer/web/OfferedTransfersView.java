package org.homeward.transfer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.entity.Consent;
import org.homeward.transfer.boundary.CaseTransfers;
import org.homeward.transfer.entity.CaseTransfer;
import org.omnifaces.util.Faces;

/** The cases offered to the signed-in worker or committee member, each answered here: accepted with the person's consent, or declined with a reason. */
@Named
@ViewScoped
public class OfferedTransfersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseTransfers transfers;

  private List<CaseTransfer> offered;
  private CaseTransfer selected;
  private Consent consent;
  private String reason;

  /** A caller who may answer no transfer (the ministry, finance) sees none. */
  public void load() {
    try {
      offered = transfers.offered();
    } catch (HomewardException e) {
      offered = List.of();
    }
    selected = null;
    consent = null;
    reason = null;
  }

  public void select(CaseTransfer transfer) {
    selected = transfer;
    consent = null;
    reason = null;
  }

  public void accept() {
    try {
      transfers.accept(selected.getId(), selected.getVersion(), consent);
      Problems.info("transfer.accepted");
      Faces.refreshWithQueryString();
    } catch (HomewardException e) {
      Problems.show(e, "answerForm");
    }
  }

  public void decline() {
    try {
      transfers.decline(selected.getId(), selected.getVersion(), reason);
      Problems.info("transfer.declined");
      Faces.refreshWithQueryString();
    } catch (HomewardException e) {
      Problems.show(e, "answerForm");
    }
  }

  public Consent[] getConsents() {
    return new Consent[] {Consent.CHOSE, Consent.AGREED};
  }

  public List<CaseTransfer> getOffered() {
    return offered;
  }

  public CaseTransfer getSelected() {
    return selected;
  }

  public Consent getConsent() {
    return consent;
  }

  public void setConsent(Consent consent) {
    this.consent = consent;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
