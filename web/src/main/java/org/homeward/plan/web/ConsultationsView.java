package org.homeward.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.homeward.plan.boundary.Consultations;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.ConsultationKind;

/** The consultation events of an institution's communication strategy, with the concerns raised and the answers given. */
@Named
@ViewScoped
public class ConsultationsView extends InstitutionRecordsView<ConsultationEvent> {

  private static final long serialVersionUID = 1L;

  @Inject Consultations consultations;

  @Override
  List<ConsultationEvent> records(long institutionId) {
    return consultations.list(institutionId);
  }

  @Override
  void addRecord(long institutionId, ConsultationEvent draft) {
    consultations.add(institutionId, draft);
  }

  @Override
  void updateRecord(long institutionId, long recordId, ConsultationEvent changed) {
    consultations.update(institutionId, recordId, changed);
  }

  @Override
  void removeRecord(long institutionId, long recordId) {
    consultations.remove(institutionId, recordId);
  }

  @Override
  ConsultationEvent blank() {
    return new ConsultationEvent();
  }

  @Override
  ConsultationEvent copyOf(ConsultationEvent e) {
    ConsultationEvent copy = new ConsultationEvent(e.getHeldOn(), e.getKind(), e.getAudience(), e.getPlace());
    copy.setParticipants(e.getParticipants());
    copy.setConcerns(e.getConcerns());
    copy.setResponse(e.getResponse());
    copy.setVersion(e.getVersion());
    return copy;
  }

  @Override
  long idOf(ConsultationEvent e) {
    return e.getId();
  }

  @Override
  String name() {
    return "consultation";
  }

  public ConsultationKind[] getKinds() {
    return ConsultationKind.values();
  }

  /** Events whose concerns have had no response yet. */
  public long getAwaitingResponse() {
    return getList().stream().filter(ConsultationEvent::awaitsResponse).count();
  }
}
