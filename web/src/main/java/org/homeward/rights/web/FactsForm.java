package org.homeward.rights.web;

import java.io.Serializable;
import org.homeward.rights.entity.CoercionFacts;

/** The facts of an event as a form edits them: the facts, and the unit and person chosen by id. */
public class FactsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private CoercionFacts facts = new CoercionFacts();
  private Long unitId;
  private Long residentId;

  static FactsForm blank() {
    FactsForm form = new FactsForm();
    form.facts.setDeEscalationTried(Boolean.FALSE);
    return form;
  }

  /** A form holding a copy of {@code current}, to correct. */
  static FactsForm of(CoercionFacts current) {
    FactsForm form = new FactsForm();
    form.facts = current.copy();
    form.unitId = current.getUnit() == null ? null : current.getUnit().getId();
    form.residentId = current.getResident() == null ? null : current.getResident().getId();
    form.facts.setUnit(null);
    form.facts.setResident(null);
    return form;
  }

  public CoercionFacts getFacts() {
    return facts;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Long getResidentId() {
    return residentId;
  }

  public void setResidentId(Long residentId) {
    this.residentId = residentId;
  }
}
