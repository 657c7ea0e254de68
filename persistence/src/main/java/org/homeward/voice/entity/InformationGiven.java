package org.homeward.voice.entity;

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

/**
 * What the person was told or shown about the process, when, in which accessible format; or a
 * visit to a community option, with what the person said about it.
 */
@Entity
@Table(name = "information_given")
public class InformationGiven implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotNull @PastOrPresent @Column(name = "given_on", nullable = false) private LocalDate givenOn;

  @NotBlank @Size(max = 500) @Column(nullable = false, length = 500) private String topic;

  @NotNull @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) private Format format;

  @Column(nullable = false) private boolean visit;

  @Size(max = 300) @Column(length = 300) private String place;

  @Size(max = 2000) @Column(name = "persons_words", length = 2000) private String personsWords;

  public InformationGiven() {
    // a blank record for a form
  }

  public InformationGiven(LocalDate givenOn, String topic, Format format) {
    this.givenOn = givenOn;
    this.topic = topic;
    this.format = format;
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  /** A visit names the place visited. */
  public List<FieldError> crossFieldErrors() {
    return visit && (place == null || place.isBlank()) ? List.of(new FieldError("place", "{information.place.required}")) : List.of();
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

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(LocalDate givenOn) {
    this.givenOn = givenOn;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public Format getFormat() {
    return format;
  }

  public void setFormat(Format format) {
    this.format = format;
  }

  public boolean isVisit() {
    return visit;
  }

  public void setVisit(boolean visit) {
    this.visit = visit;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getPersonsWords() {
    return personsWords;
  }

  public void setPersonsWords(String personsWords) {
    this.personsWords = personsWords;
  }
}
