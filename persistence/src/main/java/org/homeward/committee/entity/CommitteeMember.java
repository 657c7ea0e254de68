package org.homeward.committee.entity;

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
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;

/** A member of an institution's management committee, for the time they serve on it. */
@Entity
@Table(name = "committee_member")
public class CommitteeMember implements AuditableEntity {

  public static final int NAME_MAX = 200;
  public static final int ROLE_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false)
  private Institution institution;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Size(max = NAME_MAX)
  @Column(length = NAME_MAX)
  private String organisation;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Constituency constituency;

  @Size(max = ROLE_MAX)
  @Column(name = "committee_role", length = ROLE_MAX)
  private String committeeRole;

  @NotNull
  @Column(name = "member_from", nullable = false)
  private LocalDate memberFrom;

  @Column(name = "member_to")
  private LocalDate memberTo;

  public CommitteeMember() {
    // a blank member for a form
  }

  public CommitteeMember(String name, String organisation, Constituency constituency, String committeeRole, LocalDate memberFrom, LocalDate memberTo) {
    this.name = name;
    this.organisation = organisation;
    this.constituency = constituency;
    this.committeeRole = committeeRole;
    this.memberFrom = memberFrom;
    this.memberTo = memberTo;
  }

  public void attachTo(Institution owner) {
    this.institution = owner;
  }

  public void updateFrom(CommitteeMember edited) {
    name = edited.name;
    organisation = edited.organisation;
    constituency = edited.constituency;
    committeeRole = edited.committeeRole;
    memberFrom = edited.memberFrom;
    memberTo = edited.memberTo;
  }

  /** Whether the member serves on {@code day}: from their first day to their last, inclusive. */
  public boolean servesOn(LocalDate day) {
    return memberFrom != null && !memberFrom.isAfter(day) && (memberTo == null || !memberTo.isBefore(day));
  }

  /** What Bean Validation's per-field rules cannot see: the last day comes after the first. */
  public List<FieldError> crossFieldErrors() {
    return FieldError.orderedDates(memberFrom, "memberTo", memberTo, "{dates.endBeforeStart}");
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public Constituency getConstituency() {
    return constituency;
  }

  public void setConstituency(Constituency constituency) {
    this.constituency = constituency;
  }

  public String getCommitteeRole() {
    return committeeRole;
  }

  public void setCommitteeRole(String committeeRole) {
    this.committeeRole = committeeRole;
  }

  public LocalDate getMemberFrom() {
    return memberFrom;
  }

  public void setMemberFrom(LocalDate memberFrom) {
    this.memberFrom = memberFrom;
  }

  public LocalDate getMemberTo() {
    return memberTo;
  }

  public void setMemberTo(LocalDate memberTo) {
    this.memberTo = memberTo;
  }
}
