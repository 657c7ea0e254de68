package org.homeward.network.entity;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/**
 * Two residents of one institution who want to live together, friends or a couple. The link has no
 * direction: it is stored with the lower resident id first, so one pair is one row. Ending it keeps
 * the record, with the day it ended.
 */
@Entity
@Table(name = "live_together_link")
public class LiveTogetherLink implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "first_resident_id", nullable = false, updatable = false)
  private Resident first;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "second_resident_id", nullable = false, updatable = false)
  private Resident second;

  @NotNull @PastOrPresent @Column(name = "recorded_on", nullable = false) private LocalDate recordedOn;

  @Size(max = 2000) @Column(name = "persons_words", length = 2000) private String personsWords;

  @Size(max = 2000) @Column(length = 2000) private String notes;

  @Column(name = "ended_on") private LocalDate endedOn;

  public LiveTogetherLink() {
    // a blank link for a form
  }

  public LiveTogetherLink(LocalDate recordedOn, String personsWords) {
    this.recordedOn = recordedOn;
    this.personsWords = personsWords;
  }

  /**
   * Why {@code person} and {@code partner} cannot be linked: they are one person, or live in different
   * institutions (the committee of one cannot plan a move with the other's).
   */
  public static List<FieldError> pairingErrors(Resident person, Resident partner) {
    if (Objects.equals(person.getId(), partner.getId())) {
      return List.of(new FieldError("partnerId", "{network.liveTogether.self}"));
    }
    if (!Objects.equals(person.getInstitution().getId(), partner.getInstitution().getId())) {
      return List.of(new FieldError("partnerId", "{network.liveTogether.otherInstitution}"));
    }
    return List.of();
  }

  /** Links the two, in the order the table keeps them. */
  public void link(Resident person, Resident partner) {
    boolean personFirst = person.getId() < partner.getId();
    first = personFirst ? person : partner;
    second = personFirst ? partner : person;
  }

  public void end(LocalDate on) {
    endedOn = on;
  }

  public boolean involves(long residentId) {
    return first.getId() == residentId || second.getId() == residentId;
  }

  /** The other person of the pair, seen from {@code residentId}. */
  public Resident partnerOf(long residentId) {
    return first.getId() == residentId ? second : first;
  }

  public boolean current() {
    return endedOn == null;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Resident getFirst() {
    return first;
  }

  public Resident getSecond() {
    return second;
  }

  public LocalDate getRecordedOn() {
    return recordedOn;
  }

  public void setRecordedOn(LocalDate recordedOn) {
    this.recordedOn = recordedOn;
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

  public LocalDate getEndedOn() {
    return endedOn;
  }
}
