package org.homeward.plan.entity;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;

/**
 * A staff meeting, community discussion or briefing of the communication strategy: who was there,
 * the concerns they raised and the committee's response.
 */
@Entity
@Table(name = "consultation_event")
public class ConsultationEvent implements AuditableEntity {

  public static final int AUDIENCE_MAX = 300;
  public static final int PLACE_MAX = 200;
  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false)
  private Institution institution;

  @NotNull
  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ConsultationKind kind;

  @NotBlank
  @Size(max = AUDIENCE_MAX)
  @Column(nullable = false, length = AUDIENCE_MAX)
  private String audience;

  @Size(max = PLACE_MAX)
  @Column(length = PLACE_MAX)
  private String place;

  @PositiveOrZero
  @Max(1_000_000)
  private Integer participants;

  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String concerns;

  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String response;

  public ConsultationEvent() {
    // a blank event for a form
  }

  public ConsultationEvent(LocalDate heldOn, ConsultationKind kind, String audience, String place) {
    this.heldOn = heldOn;
    this.kind = kind;
    this.audience = audience;
    this.place = place;
  }

  public void attachTo(Institution owner) {
    this.institution = owner;
  }

  public void updateFrom(ConsultationEvent edited) {
    heldOn = edited.heldOn;
    kind = edited.kind;
    audience = edited.audience;
    place = edited.place;
    participants = edited.participants;
    concerns = edited.concerns;
    response = edited.response;
  }

  /** Whether concerns were raised that the committee has not yet answered. */
  public boolean awaitsResponse() {
    return concerns != null && !concerns.isBlank() && (response == null || response.isBlank());
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

  public Institution getInstitution() {
    return institution;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public ConsultationKind getKind() {
    return kind;
  }

  public void setKind(ConsultationKind kind) {
    this.kind = kind;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Integer getParticipants() {
    return participants;
  }

  public void setParticipants(Integer participants) {
    this.participants = participants;
  }

  public String getConcerns() {
    return concerns;
  }

  public void setConcerns(String concerns) {
    this.concerns = concerns;
  }

  public String getResponse() {
    return response;
  }

  public void setResponse(String response) {
    this.response = response;
  }
}
