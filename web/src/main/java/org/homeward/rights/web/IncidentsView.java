package org.homeward.rights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.boundary.CoercionRecords;
import org.homeward.rights.boundary.IncidentFigures;
import org.homeward.rights.boundary.Incidents;
import org.homeward.rights.entity.Death;
import org.homeward.rights.entity.Incident;
import org.homeward.rights.entity.IncidentKind;
import org.homeward.security.entity.Role;

/** An institution's reports of abuse, neglect and violence, and its deaths: figures for everyone who may read them, the records and forms for those who keep them. */
@Named
@ViewScoped
public class IncidentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Incidents incidents;
  @Inject CoercionRecords coercion;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private IncidentFigures figures;
  private List<Incident> reports;
  private List<Death> deaths;
  private List<Resident> people;
  private Incident report = new Incident();
  private Long reportResidentId;
  private Death death = new Death();
  private Long deathResidentId;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      reload();
      if (isKeeper()) {
        people = coercion.residentsNow(id);
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    figures = incidents.figures(id);
    if (isKeeper()) {
      reports = incidents.reports(id);
      deaths = incidents.deaths(id);
    }
  }

  /** Whether the caller's role keeps these records; the service checks role and scope again. */
  public boolean isKeeper() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name())
        || security.isCallerInRole(Role.FOCAL_POINT.name());
  }

  public void saveReport() {
    try {
      incidents.report(id, report, reportResidentId);
      report = new Incident();
      reportResidentId = null;
      reload();
      Problems.info("rights.incident.recorded");
    } catch (HomewardException e) {
      Problems.show(e, "incidentForm");
    }
  }

  public void saveDeath() {
    try {
      incidents.recordDeath(id, death, deathResidentId);
      death = new Death();
      deathResidentId = null;
      reload();
      Problems.info("rights.death.recorded");
    } catch (HomewardException e) {
      Problems.show(e, "deathForm");
    }
  }

  public IncidentKind[] getKinds() {
    return IncidentKind.values();
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

  public IncidentFigures getFigures() {
    return figures;
  }

  public List<Incident> getReports() {
    return reports;
  }

  public List<Death> getDeaths() {
    return deaths;
  }

  public List<Resident> getPeople() {
    return people;
  }

  public Incident getReport() {
    return report;
  }

  public Long getReportResidentId() {
    return reportResidentId;
  }

  public void setReportResidentId(Long reportResidentId) {
    this.reportResidentId = reportResidentId;
  }

  public Death getDeath() {
    return death;
  }

  public Long getDeathResidentId() {
    return deathResidentId;
  }

  public void setDeathResidentId(Long deathResidentId) {
    this.deathResidentId = deathResidentId;
  }
}
