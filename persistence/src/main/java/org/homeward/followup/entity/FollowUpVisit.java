package org.homeward.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/** A visit to the person after the move, and what it found, with what they said. */
@Entity
@Table(name = "follow_up_visit")
public class FollowUpVisit implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotNull
  @PastOrPresent
  @Column(name = "visited_on", nullable = false)
  private LocalDate visitedOn;

  @NotBlank
  @Size(max = 300)
  @Column(name = "where_living", nullable = false, length = 300)
  private String whereLiving;

  @Column(name = "services_in_place", nullable = false)
  private boolean servicesInPlace;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Outcome outcome;

  @Size(max = 2000)
  @Column(name = "persons_words", length = 2000)
  private String personsWords;

  @Size(max = 4000)
  @Column(length = 4000)
  private String notes;

  public FollowUpVisit() {
    // a blank visit for a form
  }

  public FollowUpVisit(LocalDate visitedOn, String whereLiving, boolean servicesInPlace, Outcome outcome) {
    this.visitedOn = visitedOn;
    this.whereLiving = whereLiving;
    this.servicesInPlace = servicesInPlace;
    this.outcome = outcome;
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  /** A visit comes after the move it follows up; a person found settled has their services in place. */
  public List<FieldError> crossFieldErrors(LocalDate movedOn) {
    if (movedOn == null || (visitedOn != null && visitedOn.isBefore(movedOn))) {
      return List.of(new FieldError("visitedOn", "{followup.visitedOn.beforeMove}"));
    }
    if (outcome == Outcome.SETTLED && !servicesInPlace) {
      return List.of(new FieldError("servicesInPlace", "{followup.settled.servicesMissing}"));
    }
    return List.of();
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public Resident getResident() {
    return resident;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public void setVisitedOn(LocalDate visitedOn) {
    this.visitedOn = visitedOn;
  }

  public String getWhereLiving() {
    return whereLiving;
  }

  public void setWhereLiving(String whereLiving) {
    this.whereLiving = whereLiving;
  }

  public boolean isServicesInPlace() {
    return servicesInPlace;
  }

  public void setServicesInPlace(boolean servicesInPlace) {
    this.servicesInPlace = servicesInPlace;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public String getPersonsWords() {
    return personsWords;
  }

  public void setPersonsWords(String personsWords) {
    this.personsWords = personsWords;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
