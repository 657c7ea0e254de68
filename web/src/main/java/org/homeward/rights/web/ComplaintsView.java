package org.homeward.rights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.boundary.CoercionRecords;
import org.homeward.rights.boundary.ComplaintAge;
import org.homeward.rights.boundary.ComplaintFigures;
import org.homeward.rights.boundary.Complaints;
import org.homeward.rights.entity.Complaint;
import org.homeward.rights.entity.ComplaintCategory;
import org.homeward.rights.entity.ComplaintStatus;
import org.homeward.security.entity.Role;

/** An institution's complaints: figures for everyone who may read them; the overdue, the list and a new complaint for those who handle them. */
@Named
@ViewScoped
public class ComplaintsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Complaints complaints;
  @Inject CoercionRecords coercion;
  @Inject Institutions institutions;
  @Inject SecurityContext security;
  @Inject Clock clock;

  private Long id;
  private Institution institution;
  private ComplaintFigures figures;
  private List<Complaint> list;
  private List<Complaint> overdue;
  private List<Resident> people;
  private Complaint draft = blank();
  private List<ComplaintCategory> categories = new ArrayList<>();
  private Long residentId;

  private static Complaint blank() {
    Complaint complaint = new Complaint();
    complaint.setReceivedOn(null);
    return complaint;
  }

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      reload();
      if (isHandler()) {
        people = coercion.residentsNow(id);
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    figures = complaints.figures(id);
    if (isHandler()) {
      list = complaints.complaints(id);
      overdue = complaints.overdue(id);
    }
  }

  /** Whether the caller's role handles complaints and sees them one by one; the service checks role and scope again. */
  public boolean isHandler() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name())
        || security.isCallerInRole(Role.FOCAL_POINT.name());
  }

  public void receive() {
    try {
      draft.setCategories(new java.util.LinkedHashSet<>(categories));
      complaints.receive(id, draft, residentId);
      draft = blank();
      categories = new ArrayList<>();
      residentId = null;
      reload();
      Problems.info("rights.complaint.received");
    } catch (HomewardException e) {
      Problems.show(e, "complaintForm");
    }
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public ComplaintStatus[] getStatuses() {
    return ComplaintStatus.values();
  }

  public ComplaintAge[] getAges() {
    return ComplaintAge.values();
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

  public ComplaintFigures getFigures() {
    return figures;
  }

  public List<Complaint> getList() {
    return list;
  }

  public List<Complaint> getOverdue() {
    return overdue;
  }

  public List<Resident> getPeople() {
    return people;
  }

  public Complaint getDraft() {
    return draft;
  }

  public List<ComplaintCategory> getCategories() {
    return categories;
  }

  public void setCategories(List<ComplaintCategory> categories) {
    this.categories = categories;
  }

  public Long getResidentId() {
    return residentId;
  }

  public void setResidentId(Long residentId) {
    this.residentId = residentId;
  }
}
