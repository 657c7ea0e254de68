package org.homeward.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.plan.boundary.Consultations;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.ConsultationKind;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;

/** The consultation events of an institution's communication strategy, with the concerns raised and the answers given. */
@Named
@ViewScoped
public class ConsultationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Consultations records;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private List<ConsultationEvent> list;
  private ConsultationEvent edited;
  private Long editedId;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      list = records.list(id);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** Whether the caller's role records these; the service checks role and scope again on every change. */
  public boolean isEditor() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public void create() {
    edited = new ConsultationEvent();
    editedId = null;
  }

  public void edit(ConsultationEvent selected) {
    edited = copyOf(selected);
    editedId = selected.getId();
  }

  public void save() {
    try {
      if (editedId == null) {
        records.add(id, edited);
      } else {
        records.update(id, editedId, edited);
      }
      edited = null;
      list = records.list(id);
      Problems.info("consultation.saved");
    } catch (HomewardException e) {
      Problems.show(e, "consultationForm");
    }
  }

  public void remove(ConsultationEvent selected) {
    try {
      records.remove(id, selected.getId());
      list = records.list(id);
      Problems.info("consultation.removed");
    } catch (HomewardException e) {
      Problems.show(e, "listForm");
    }
  }

  private static ConsultationEvent copyOf(ConsultationEvent e) {
    ConsultationEvent copy = new ConsultationEvent(e.getHeldOn(), e.getKind(), e.getAudience(), e.getPlace());
    copy.setParticipants(e.getParticipants());
    copy.setConcerns(e.getConcerns());
    copy.setResponse(e.getResponse());
    copy.setVersion(e.getVersion());
    return copy;
  }

  public ConsultationKind[] getKinds() {
    return ConsultationKind.values();
  }

  /** Events whose concerns have had no response yet. */
  public long getAwaitingResponse() {
    return list.stream().filter(ConsultationEvent::awaitsResponse).count();
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

  public List<ConsultationEvent> getList() {
    return list;
  }

  public ConsultationEvent getEdited() {
    return edited;
  }

  public boolean isEditing() {
    return editedId != null;
  }
}
