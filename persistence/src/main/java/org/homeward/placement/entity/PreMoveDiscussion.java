package org.homeward.placement.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.resident.entity.Resident;

/**
 * The formal meeting before a move with the formal and informal providers, which goes through each
 * planned service and records whether it is confirmed. A move needs one that confirmed them all.
 */
@Entity
@Table(name = "pre_move_discussion")
public class PreMoveDiscussion implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotNull
  @PastOrPresent
  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @NotBlank
  @Size(max = 2000)
  @Column(nullable = false, length = 2000)
  private String participants;

  @Size(max = 4000)
  @Column(length = 4000)
  private String notes;

  @Valid
  @Size(min = 1, message = "{premove.services.required}")
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "pre_move_service", joinColumns = @JoinColumn(name = "discussion_id"))
  @OrderColumn(name = "position")
  private List<PlannedService> services = new ArrayList<>();

  public PreMoveDiscussion() {
    // a blank meeting for a form
  }

  public PreMoveDiscussion(LocalDate heldOn, String participants, List<PlannedService> services) {
    this.heldOn = heldOn;
    this.participants = participants;
    this.services = new ArrayList<>(services);
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  public void updateFrom(PreMoveDiscussion edited) {
    heldOn = edited.heldOn;
    participants = edited.participants;
    notes = edited.notes;
    services.clear();
    services.addAll(edited.services);
  }

  /** Whether every planned service is confirmed (and at least one was planned). */
  public boolean allConfirmed() {
    return !services.isEmpty() && services.stream().allMatch(PlannedService::isConfirmed);
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

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public List<PlannedService> getServices() {
    return services;
  }
}
