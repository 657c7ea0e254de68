package org.homeward.committee.entity;

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
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;

/** A meeting of the management committee: who came, what was said and what was decided. */
@Entity
@Table(name = "committee_meeting")
public class CommitteeMeeting implements AuditableEntity {

  public static final int ATTENDEES_MAX = 2000;
  public static final int MINUTES_MAX = 20000;
  public static final int DECISIONS_MAX = 10000;

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

  @NotBlank
  @Size(max = ATTENDEES_MAX)
  @Column(nullable = false, length = ATTENDEES_MAX)
  private String attendees;

  @Size(max = MINUTES_MAX)
  @Column(length = MINUTES_MAX)
  private String minutes;

  @Size(max = DECISIONS_MAX)
  @Column(length = DECISIONS_MAX)
  private String decisions;

  public CommitteeMeeting() {
    // a blank meeting for a form
  }

  public CommitteeMeeting(LocalDate heldOn, String attendees, String minutes, String decisions) {
    this.heldOn = heldOn;
    this.attendees = attendees;
    this.minutes = minutes;
    this.decisions = decisions;
  }

  public void attachTo(Institution owner) {
    this.institution = owner;
  }

  public void updateFrom(CommitteeMeeting edited) {
    heldOn = edited.heldOn;
    attendees = edited.attendees;
    minutes = edited.minutes;
    decisions = edited.decisions;
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

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
  }
}
