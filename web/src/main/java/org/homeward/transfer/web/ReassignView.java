package org.homeward.transfer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.entity.Resident;
import org.homeward.transfer.boundary.Handover;
import org.homeward.transfer.boundary.Reassignments;
import org.homeward.transfer.boundary.WorkerLoad;

/**
 * When a worker leaves: the committee sees each worker's caseload at the institution, picks the
 * leaving worker, and hands their cases to one worker or to several, person by person, in one step.
 */
@Named
@ViewScoped
public class ReassignView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reassignments reassignments;
  @Inject Institutions institutions;

  private Long id;
  private Institution institution;
  private List<WorkerLoad> workload;
  private Long fromWorkerId;
  private List<Resident> cases = List.of();
  private Long toWorkerId;
  private final Map<Long, Long> instead = new HashMap<>();
  private String reason;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      workload = reassignments.workload(id);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** Shows the cases of the worker chosen as leaving. */
  public void chooseLeaving() {
    instead.clear();
    cases = fromWorkerId == null ? List.of() : reassignments.activeCases(id, fromWorkerId);
  }

  public void reassign() {
    try {
      List<Handover> handovers = instead.entrySet().stream().filter(e -> e.getValue() != null)
          .map(e -> new Handover(e.getKey(), e.getValue())).toList();
      List<Resident> moved = reassignments.reassign(id, fromWorkerId, toWorkerId, handovers, reason);
      Problems.info("transfer.reassigned", moved.size());
      workload = reassignments.workload(id);
      fromWorkerId = null;
      toWorkerId = null;
      reason = null;
      chooseLeaving();
    } catch (HomewardException e) {
      Problems.show(e, "reassignForm");
    }
  }

  public List<WorkerLoad> getReceivers() {
    return workload.stream().filter(WorkerLoad::mayReceive).filter(w -> !w.worker().getId().equals(fromWorkerId)).toList();
  }

  public List<WorkerLoad> getLeaving() {
    return workload.stream().filter(w -> w.activeCases() > 0).toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public List<WorkerLoad> getWorkload() {
    return workload;
  }

  public Long getFromWorkerId() {
    return fromWorkerId;
  }

  public void setFromWorkerId(Long fromWorkerId) {
    this.fromWorkerId = fromWorkerId;
  }

  public List<Resident> getCases() {
    return cases;
  }

  public Long getToWorkerId() {
    return toWorkerId;
  }

  public void setToWorkerId(Long toWorkerId) {
    this.toWorkerId = toWorkerId;
  }

  public Map<Long, Long> getInstead() {
    return instead;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
