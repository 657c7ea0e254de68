package org.homeward.resident.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.homeward.agenda.boundary.Agendas;
import org.homeward.agenda.boundary.CaseAgenda;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.network.boundary.LiveTogetherPair;
import org.homeward.network.boundary.LivingTogether;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.ResidentFigures;
import org.homeward.resident.boundary.ResidentFilter;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.security.entity.Role;

/** An institution's residents with their figures; a focal point sees only the people they accompany. */
@Named
@ViewScoped
public class ResidentListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Residents residents;
  @Inject Institutions institutions;
  @Inject LivingTogether livingTogether;
  @Inject Agendas agendas;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private ResidentFigures figures;
  private List<Resident> list;
  private long total;
  private String text;
  private ResidentStatus status;
  private boolean complexOnly;
  private List<LiveTogetherPair> pairs = List.of();
  private List<CaseAgenda> overdue = List.of();

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      figures = residents.figures(id);
      search();
      if (isAdmitter()) {
        pairs = livingTogether.pairs(id);
        overdue = agendas.overdueIn(id);
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public void search() {
    var page = residents.search(id, new ResidentFilter(text, status, complexOnly ? Boolean.TRUE : null), PageRequest.of(0, PageRequest.MAX_SIZE));
    list = page.items();
    total = page.total();
  }

  public boolean isAdmitter() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public ResidentStatus[] getStatuses() {
    return ResidentStatus.values();
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

  public ResidentFigures getFigures() {
    return figures;
  }

  public List<Resident> getList() {
    return list;
  }

  /** The residents who want to live together, for the committee and administrators. */
  public List<CaseAgenda> getOverdue() {
    return overdue;
  }

  public List<LiveTogetherPair> getPairs() {
    return pairs;
  }

  public long getTotal() {
    return total;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ResidentStatus getStatus() {
    return status;
  }

  public void setStatus(ResidentStatus status) {
    this.status = status;
  }

  public boolean isComplexOnly() {
    return complexOnly;
  }

  public void setComplexOnly(boolean complexOnly) {
    this.complexOnly = complexOnly;
  }
}
