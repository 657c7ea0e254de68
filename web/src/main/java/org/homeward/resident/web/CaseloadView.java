package org.homeward.resident.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.agenda.boundary.Agendas;
import org.homeward.agenda.boundary.CaseAgenda;

/** The people the signed-in focal point accompanies, with what is overdue and due next in each case, soonest first. */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Agendas agendas;

  private List<CaseAgenda> caseload;

  public void load() {
    caseload = agendas.caseload();
  }

  public List<CaseAgenda> getCaseload() {
    return caseload;
  }
}
