package org.homeward.rights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.boundary.CoercionFigures;
import org.homeward.rights.boundary.CoercionRecords;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.CoercionKind;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.rights.entity.RestraintType;
import org.homeward.security.entity.Role;

/**
 * An institution's rights now: coercive practice month by month per 1,000 resident-days for everyone
 * who may read the figures; the events and the form to record one for the committee and focal points.
 */
@Named
@ViewScoped
public class RightsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MONTHS = 12;

  @Inject CoercionRecords records;
  @Inject Institutions institutions;
  @Inject SecurityContext security;
  @Inject Clock clock;

  private Long id;
  private Institution institution;
  private CoercionFigures figures;
  private List<CoerciveEvent> events;
  private List<Unit> units;
  private List<Resident> people;
  private FactsForm form = FactsForm.blank();

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      reload();
      if (isRecorder()) {
        units = institutions.units(id);
        people = records.residentsNow(id);
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    YearMonth last = YearMonth.now(clock);
    figures = records.figures(id, last.minusMonths(MONTHS - 1), last);
    if (isRecorder()) {
      events = records.events(id, last.minusMonths(MONTHS - 1), last);
    }
  }

  /** Whether the caller's role records events and sees them one by one; the service checks role and scope again. */
  public boolean isRecorder() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name())
        || security.isCallerInRole(Role.FOCAL_POINT.name());
  }

  public void record() {
    try {
      records.record(id, form.getFacts(), form.getUnitId(), form.getResidentId());
      form = FactsForm.blank();
      reload();
      Problems.info("rights.coercion.recorded");
    } catch (HomewardException e) {
      Problems.show(e, "eventForm");
    }
  }

  /** Latest month first, as the table reads. */
  public List<CoercionFigures.Month> getMonthsLatestFirst() {
    List<CoercionFigures.Month> months = new java.util.ArrayList<>(figures.months());
    java.util.Collections.reverse(months);
    return months;
  }

  /** A count with its rate per 1,000 resident-days, e.g. {@code 3 (9.7)}; {@code null} when withheld. */
  public String cell(CoercionFigures.Month month, CoercionKind kind) {
    Long count = month.events().get(kind);
    if (count == null) {
      return null;
    }
    BigDecimal rate = month.perThousand().get(kind);
    return rate == null ? String.valueOf(count) : count + " (" + rate.toPlainString() + ")";
  }

  public CoercionKind[] getKinds() {
    return CoercionKind.values();
  }

  public CoercionCategory[] getCategories() {
    return CoercionCategory.values();
  }

  public RestraintType[] getRestraintTypes() {
    return RestraintType.values();
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

  public CoercionFigures getFigures() {
    return figures;
  }

  public List<CoerciveEvent> getEvents() {
    return events;
  }

  public List<Unit> getUnits() {
    return units;
  }

  public List<Resident> getPeople() {
    return people;
  }

  public FactsForm getForm() {
    return form;
  }
}
