package org.homeward.voice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/** Someone the person chose to support them in making their own decisions. */
@Entity
@Table(name = "supporter")
public class Supporter implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotBlank @Size(max = 200) @Column(nullable = false, length = 200) private String name;

  @NotBlank @Size(max = 200) @Column(nullable = false, length = 200) private String relationship;

  @Size(max = 300) @Column(name = "how_to_reach", length = 300) private String howToReach;

  @NotNull @Column(name = "chosen_on", nullable = false) private LocalDate chosenOn;

  @Column(name = "until_on") private LocalDate untilOn;

  @Size(max = 2000) @Column(length = 2000) private String notes;

  public Supporter() {
    // a blank supporter for a form
  }

  public Supporter(String name, String relationship, LocalDate chosenOn) {
    this.name = name;
    this.relationship = relationship;
    this.chosenOn = chosenOn;
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  public void updateFrom(Supporter edited) {
    name = edited.name;
    relationship = edited.relationship;
    howToReach = edited.howToReach;
    chosenOn = edited.chosenOn;
    untilOn = edited.untilOn;
    notes = edited.notes;
  }

  public List<FieldError> crossFieldErrors() {
    return FieldError.orderedDates(chosenOn, "untilOn", untilOn, "{dates.endBeforeStart}");
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public String getHowToReach() {
    return howToReach;
  }

  public void setHowToReach(String howToReach) {
    this.howToReach = howToReach;
  }

  public LocalDate getChosenOn() {
    return chosenOn;
  }

  public void setChosenOn(LocalDate chosenOn) {
    this.chosenOn = chosenOn;
  }

  public LocalDate getUntilOn() {
    return untilOn;
  }

  public void setUntilOn(LocalDate untilOn) {
    this.untilOn = untilOn;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
