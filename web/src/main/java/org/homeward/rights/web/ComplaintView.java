package org.homeward.rights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.rights.boundary.Complaints;
import org.homeward.rights.entity.Complaint;
import org.homeward.rights.entity.ComplaintStatus;

/** One complaint and its next step: under review, answered, closed or escalated. */
@Named
@ViewScoped
public class ComplaintView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Complaints complaints;
  @Inject Clock clock;

  private Long id;
  private Complaint complaint;
  private ComplaintStatus next;
  private LocalDate on;
  private String text;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Complaint", null);
      }
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    complaint = complaints.complaint(id);
    next = null;
    on = LocalDate.now(clock);
    text = null;
  }

  public void moveOn() {
    try {
      complaints.moveOn(id, complaint.getVersion(), next, on, text);
      reload();
      Problems.info("rights.complaint.moved");
    } catch (HomewardException e) {
      Problems.show(e, "stepForm");
    }
  }

  public List<ComplaintStatus> getNextStatuses() {
    return List.copyOf(complaint.getStatus().next());
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Complaint getComplaint() {
    return complaint;
  }

  public ComplaintStatus getNext() {
    return next;
  }

  public void setNext(ComplaintStatus next) {
    this.next = next;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
