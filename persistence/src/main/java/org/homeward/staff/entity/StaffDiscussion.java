package org.homeward.staff.entity;

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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;

/** A discussion held with a staff member about the move to community services and their concerns. */
@Entity
@Table(name = "staff_discussion")
public class StaffDiscussion implements AuditableEntity {

  public static final int NOTES_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
  private StaffMember staffMember;

  @NotNull
  @PastOrPresent
  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Sensitive
  @NotBlank
  @Size(max = NOTES_MAX)
  @Column(nullable = false, length = NOTES_MAX)
  private String notes;

  public StaffDiscussion() {
    // a blank discussion for a form
  }

  public StaffDiscussion(LocalDate heldOn, String notes) {
    this.heldOn = heldOn;
    this.notes = notes;
  }

  public void attachTo(StaffMember owner) {
    this.staffMember = owner;
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

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
