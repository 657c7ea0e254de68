package org.homeward.rights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.boundary.CoercionRecords;
import org.homeward.rights.entity.AccountChoice;
import org.homeward.rights.entity.CoerciveEvent;

/** One coercive practice event: its facts, the person's own account, a correction that keeps the original, and every earlier version. */
@Named
@ViewScoped
public class CoercionEventView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoercionRecords records;
  @Inject Institutions institutions;

  private Long id;
  private CoerciveEvent event;
  private FactsForm form;
  private String why;
  private AccountChoice accountChoice;
  private String ownAccount;
  private List<Unit> units;
  private List<Resident> people;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("CoerciveEvent", null);
      }
      reload();
      long institutionId = event.getInstitution().getId();
      units = institutions.units(institutionId);
      people = records.residentsNow(institutionId);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    event = records.event(id);
    form = FactsForm.of(event.getFacts());
    why = null;
    accountChoice = event.getAccountChoice();
    ownAccount = event.getOwnAccount();
  }

  public void correct() {
    try {
      records.correct(id, event.getVersion(), form.getFacts(), form.getUnitId(), form.getResidentId(), why);
      reload();
      Problems.info("rights.coercion.corrected");
    } catch (HomewardException e) {
      Problems.show(e, "correctionForm");
    }
  }

  public void saveAccount() {
    try {
      records.recordAccount(id, event.getVersion(), accountChoice, ownAccount);
      reload();
      Problems.info("rights.coercion.accountSaved");
    } catch (HomewardException e) {
      Problems.show(e, "accountForm");
    }
  }

  /** The person named in the event, if they no longer live in the institution, so that a correction keeps them selectable. */
  public List<Resident> getPeople() {
    Resident named = event.getFacts().getResident();
    if (named != null && people.stream().noneMatch(p -> p.getId().equals(named.getId()))) {
      List<Resident> all = new java.util.ArrayList<>(people);
      all.add(0, named);
      return all;
    }
    return people;
  }

  public AccountChoice[] getAccountChoices() {
    return AccountChoice.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CoerciveEvent getEvent() {
    return event;
  }

  public FactsForm getForm() {
    return form;
  }

  public String getWhy() {
    return why;
  }

  public void setWhy(String why) {
    this.why = why;
  }

  public AccountChoice getAccountChoice() {
    return accountChoice;
  }

  public void setAccountChoice(AccountChoice accountChoice) {
    this.accountChoice = accountChoice;
  }

  public String getOwnAccount() {
    return ownAccount;
  }

  public void setOwnAccount(String ownAccount) {
    this.ownAccount = ownAccount;
  }

  public List<Unit> getUnits() {
    return units;
  }
}
