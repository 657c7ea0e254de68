package org.homeward.network.entity;

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
import jakarta.validation.constraints.Size;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/**
 * Someone in the person's family or social network, what the person wants about contact with them,
 * how (re)establishing it goes, and any support agreed for the family. A person's wish for no contact
 * stands: no progress towards contact can be recorded against it.
 */
@Entity
@Table(name = "contact")
public class Contact implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotBlank @Size(max = 200) @Column(nullable = false, length = 200) private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Relationship relationship;

  /** A phone number or address of someone who is not a user of Homeward: kept, but not copied into the audit trail. */
  @Sensitive
  @Size(max = 300)
  @Column(name = "how_to_reach", length = 300)
  private String howToReach;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ContactWish wish;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ContactProgress progress = ContactProgress.NOT_STARTED;

  @Size(max = 2000) @Column(name = "family_support", length = 2000) private String familySupport;

  @Size(max = 2000) @Column(length = 2000) private String notes;

  public Contact() {
    // a blank contact for a form
  }

  public Contact(String name, Relationship relationship, ContactWish wish, ContactProgress progress) {
    this.name = name;
    this.relationship = relationship;
    this.wish = wish;
    this.progress = progress;
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  public void updateFrom(Contact edited) {
    name = edited.name;
    relationship = edited.relationship;
    howToReach = edited.howToReach;
    wish = edited.wish;
    progress = edited.progress;
    familySupport = edited.familySupport;
    notes = edited.notes;
  }

  /** Contact cannot be sought or kept with someone the person wants no contact with. */
  public List<FieldError> crossFieldErrors() {
    if (wish == ContactWish.NO_CONTACT && progress != null && progress.seeksContact()) {
      return List.of(new FieldError("progress", "{network.progress.noContactWished}"));
    }
    return List.of();
  }

  public boolean noContactWished() {
    return wish == ContactWish.NO_CONTACT;
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Relationship getRelationship() {
    return relationship;
  }

  public void setRelationship(Relationship relationship) {
    this.relationship = relationship;
  }

  public String getHowToReach() {
    return howToReach;
  }

  public void setHowToReach(String howToReach) {
    this.howToReach = howToReach;
  }

  public ContactWish getWish() {
    return wish;
  }

  public void setWish(ContactWish wish) {
    this.wish = wish;
  }

  public ContactProgress getProgress() {
    return progress;
  }

  public void setProgress(ContactProgress progress) {
    this.progress = progress;
  }

  public String getFamilySupport() {
    return familySupport;
  }

  public void setFamilySupport(String familySupport) {
    this.familySupport = familySupport;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
