package org.homeward.placement.entity;

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
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.resident.entity.Resident;

/** A place or kind of home the person looked at, and what they thought of it, in their words. */
@Entity
@Table(name = "living_option")
public class LivingOption implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Arrangement arrangement;

  @NotBlank
  @Size(max = 1000)
  @Column(nullable = false, length = 1000)
  private String description;

  @Size(max = 2000)
  @Column(name = "persons_view", length = 2000)
  private String personsView;

  @PastOrPresent
  @Column(name = "visited_on")
  private LocalDate visitedOn;

  @Column(nullable = false)
  private boolean chosen;

  public LivingOption() {
    // a blank option for a form
  }

  public LivingOption(Arrangement arrangement, String description, String personsView) {
    this.arrangement = arrangement;
    this.description = description;
    this.personsView = personsView;
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  public void updateFrom(LivingOption edited) {
    arrangement = edited.arrangement;
    description = edited.description;
    personsView = edited.personsView;
    visitedOn = edited.visitedOn;
  }

  public void choose(boolean chosenNow) {
    chosen = chosenNow;
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

  public Arrangement getArrangement() {
    return arrangement;
  }

  public void setArrangement(Arrangement arrangement) {
    this.arrangement = arrangement;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPersonsView() {
    return personsView;
  }

  public void setPersonsView(String personsView) {
    this.personsView = personsView;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public void setVisitedOn(LocalDate visitedOn) {
    this.visitedOn = visitedOn;
  }

  public boolean isChosen() {
    return chosen;
  }
}
