package org.homeward.rights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.web.ResidentPageView;
import org.homeward.rights.boundary.LegalStatuses;
import org.homeward.rights.entity.AdmissionStatus;
import org.homeward.rights.entity.LegalStatusChange;

/**
 * A person's voluntary or involuntary status as history, and the form to record a change (from a
 * date, under a legal basis). The committee and focal points of the institution keep it; the
 * ministry never sees it (the person's record is refused to it).
 */
@Named
@ViewScoped
public class LegalStatusView extends ResidentPageView {

  private static final long serialVersionUID = 1L;

  @Inject LegalStatuses statuses;

  private List<LegalStatusChange> history;
  private AdmissionStatus status;
  private LocalDate since;
  private String legalBasis;

  @Override
  protected void reload() {
    history = statuses.history(getId());
  }

  public void record() {
    try {
      statuses.record(getId(), new LegalStatusChange(status, since, legalBasis));
      status = null;
      since = null;
      legalBasis = null;
      reload();
      Problems.info("rights.legalStatus.recorded");
    } catch (HomewardException e) {
      Problems.show(e, "statusForm");
    }
  }

  /** The status now: the last of the history, or {@code null} when none is recorded. */
  public LegalStatusChange getCurrent() {
    return history == null || history.isEmpty() ? null : history.get(history.size() - 1);
  }

  /** Latest first, for the table. */
  public List<LegalStatusChange> getHistoryLatestFirst() {
    List<LegalStatusChange> latestFirst = new java.util.ArrayList<>(history == null ? List.of() : history);
    java.util.Collections.reverse(latestFirst);
    return latestFirst;
  }

  public AdmissionStatus[] getStatuses() {
    return AdmissionStatus.values();
  }

  public AdmissionStatus getStatus() {
    return status;
  }

  public void setStatus(AdmissionStatus status) {
    this.status = status;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }
}
