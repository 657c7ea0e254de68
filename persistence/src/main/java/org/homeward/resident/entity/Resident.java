package org.homeward.resident.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;
import org.homeward.security.entity.UserAccount;

/**
 * A person living in an institution, and their transition case. Descriptive fields are edited
 * through forms; the status only through {@link #changeStatus}, which keeps the history and will not
 * let a move skip its safeguards; the focal point only through {@link #assignFocalPoint}.
 */
@Entity
@Table(name = "resident")
public class Resident implements AuditableEntity {

  public static final int NAME_MAX = 100;
  public static final int TEXT_MAX = 1000;
  public static final int REASON_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false)
  private Institution institution;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @NotBlank
  @Size(max = 40)
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9./-]*", message = "{resident.identifier.pattern}")
  @Column(nullable = false, unique = true, length = 40)
  private String identifier;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(name = "given_name", nullable = false, length = NAME_MAX)
  private String givenName;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(name = "family_name", nullable = false, length = NAME_MAX)
  private String familyName;

  @Size(max = NAME_MAX)
  @Column(name = "preferred_name", length = NAME_MAX)
  private String preferredName;

  @NotNull
  @Past
  @Column(name = "born_on", nullable = false)
  private LocalDate bornOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Sex sex;

  @Size(max = NAME_MAX)
  @Column(length = NAME_MAX)
  private String gender;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String disability;

  @Sensitive
  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "disability_group", length = 20)
  private DisabilityGroup disabilityGroup = DisabilityGroup.NOT_RECORDED;

  @Size(max = 300)
  @Column(length = 300)
  private String languages;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "legal_capacity", nullable = false, length = 30)
  private LegalCapacity legalCapacity = LegalCapacity.FULL;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String guardianship;

  @PastOrPresent
  @Column(name = "advance_directive_on")
  private LocalDate advanceDirectiveOn;

  @Size(max = 300)
  @Column(name = "advance_directive_kept", length = 300)
  private String advanceDirectiveKept;

  @NotNull
  @PastOrPresent
  @Column(name = "admitted_on", nullable = false)
  private LocalDate admittedOn;

  @Size(max = REASON_MAX)
  @Column(name = "admitted_after_stop_reason", length = REASON_MAX)
  private String admittedAfterStopReason;

  @Column(name = "complex_support_needs", nullable = false)
  private boolean complexSupportNeeds;

  @Sensitive
  @Size(max = REASON_MAX)
  @Column(name = "complex_support_notes", length = REASON_MAX)
  private String complexSupportNotes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ResidentStatus status = ResidentStatus.IN_INSTITUTION;

  @Column(name = "status_since", nullable = false)
  private LocalDate statusSince;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "focal_point_id")
  private UserAccount focalPoint;

  @OneToMany(mappedBy = "resident", cascade = CascadeType.ALL)
  @OrderBy("recordedAt, id")
  private List<StatusChange> statusHistory = new ArrayList<>();

  @OneToMany(mappedBy = "resident", cascade = CascadeType.ALL)
  @OrderBy("fromOn, recordedAt")
  private List<FocalPointAssignment> focalPointHistory = new ArrayList<>();

  public Resident() {
    // a blank record for a form
  }

  public Resident(String identifier, String givenName, String familyName, LocalDate bornOn, Sex sex, LocalDate admittedOn) {
    this.identifier = identifier;
    this.givenName = givenName;
    this.familyName = familyName;
    this.bornOn = bornOn;
    this.sex = sex;
    this.admittedOn = admittedOn;
  }

  /** Records the person in {@code home}, the first step of their history. */
  public void admitTo(Institution home, Unit inUnit, String by, Instant at) {
    institution = home;
    unit = inUnit;
    status = ResidentStatus.IN_INSTITUTION;
    statusSince = admittedOn;
    statusHistory.add(new StatusChange(this, null, status, admittedOn, admittedAfterStopReason, by, at));
  }

  /** Copies what a form or API request may change; status and focal point have their own actions. */
  public void updateFrom(Resident edited) {
    unit = edited.unit;
    identifier = edited.identifier;
    givenName = edited.givenName;
    familyName = edited.familyName;
    preferredName = edited.preferredName;
    bornOn = edited.bornOn;
    sex = edited.sex;
    gender = edited.gender;
    disability = edited.disability;
    disabilityGroup = edited.disabilityGroup;
    languages = edited.languages;
    legalCapacity = edited.legalCapacity;
    guardianship = edited.guardianship;
    advanceDirectiveOn = edited.advanceDirectiveOn;
    advanceDirectiveKept = edited.advanceDirectiveKept;
    admittedOn = edited.admittedOn;
    admittedAfterStopReason = edited.admittedAfterStopReason;
    complexSupportNeeds = edited.complexSupportNeeds;
    complexSupportNotes = edited.complexSupportNotes;
  }

  /**
   * The rules across fields: admitted after birth; an advance directive's place needs its date; and
   * an admission after the institution stopped admitting needs its reason, because long-stay
   * populations grow back otherwise.
   */
  public List<FieldError> crossFieldErrors(Institution home) {
    List<FieldError> errors = new ArrayList<>();
    if (bornOn != null && admittedOn != null && admittedOn.isBefore(bornOn)) {
      errors.add(new FieldError("admittedOn", "{resident.admittedOn.beforeBirth}"));
    }
    if (advanceDirectiveKept != null && !advanceDirectiveKept.isBlank() && advanceDirectiveOn == null) {
      errors.add(new FieldError("advanceDirectiveOn", "{resident.advanceDirective.dateRequired}"));
    }
    if (admittedAfterStop(home) && (admittedAfterStopReason == null || admittedAfterStopReason.isBlank())) {
      errors.add(new FieldError("admittedAfterStopReason", "{resident.admittedAfterStop.reasonRequired}"));
    }
    return errors;
  }

  /** Whether the person was admitted after {@code home} stopped admitting: a warning to committee and ministry. */
  public boolean admittedAfterStop(Institution home) {
    return home != null && home.getAdmissionsStoppedOn() != null && admittedOn != null && admittedOn.isAfter(home.getAdmissionsStoppedOn());
  }

  /**
   * Moves the case to {@code next} from {@code effectiveOn}. Only the steps {@link ResidentStatus#next}
   * allows are taken; endings, returns and steps back need a reason; ready to move and moved need
   * every safeguard of {@code readiness}, settled a follow-up visit that found the person settled.
   * Each refusal names everything that is missing.
   */
  public void changeStatus(ResidentStatus next, LocalDate effectiveOn, String reason, Readiness readiness, boolean foundSettled,
      String by, Instant at, LocalDate today) {
    if (status.ended()) {
      throw new RuleViolationException("resident.status.ended");
    }
    if (next == null || !status.next().contains(next)) {
      throw new RuleViolationException("resident.status.jump", "status", "{resident.status.notNext}");
    }
    List<FieldError> errors = new ArrayList<>();
    if (effectiveOn == null) {
      errors.add(new FieldError("effectiveOn", "{jakarta.validation.constraints.NotNull.message}"));
    } else if (effectiveOn.isAfter(today)) {
      errors.add(new FieldError("effectiveOn", "{jakarta.validation.constraints.PastOrPresent.message}"));
    } else if (effectiveOn.isBefore(statusSince)) {
      errors.add(new FieldError("effectiveOn", "{resident.status.beforeCurrent}"));
    }
    if (next.needsReason(status) && (reason == null || reason.isBlank())) {
      errors.add(new FieldError("reason", "{resident.status.reasonRequired}"));
    }
    if (reason != null && reason.length() > REASON_MAX) {
      errors.add(new FieldError("reason", "{resident.reason.length}"));
    }
    InvalidInputException.throwIfAny(errors);
    if (next == ResidentStatus.READY_TO_MOVE || next == ResidentStatus.MOVED) {
      List<FieldError> missing = readiness.missing().stream().map(key -> new FieldError("status", "{" + key + "}")).toList();
      if (!missing.isEmpty()) {
        throw new RuleViolationException("resident.readiness.notReady", missing);
      }
    }
    if (next == ResidentStatus.SETTLED && !foundSettled) {
      throw new RuleViolationException("resident.readiness.notReady", "status", "{resident.readiness.followUp}");
    }
    statusHistory.add(new StatusChange(this, status, next, effectiveOn, reason, by, at));
    status = next;
    statusSince = effectiveOn;
  }

  /**
   * Makes {@code worker} the person's focal point from {@code fromOn}: whom they chose or agreed to.
   * A change of worker says why; the earlier assignment ends that day and stays in the history.
   */
  public void assignFocalPoint(UserAccount worker, Consent consent, LocalDate fromOn, String reason, String by, Instant at) {
    List<FieldError> errors = new ArrayList<>();
    if (consent == null || !consent.given()) {
      errors.add(new FieldError("consent", "{resident.focalPoint.consentRequired}"));
    }
    changeFocalPoint(worker, consent, fromOn, reason, by, at, errors, true);
  }

  /**
   * Gives the person {@code worker} without them having been asked, as when their worker leaves: the
   * assignment says the person is still to be asked, and the case is not ready to move until they
   * choose or agree ({@link #recordConsent}).
   */
  public void reassignFocalPoint(UserAccount worker, LocalDate fromOn, String reason, String by, Instant at) {
    changeFocalPoint(worker, Consent.TO_BE_ASKED, fromOn, reason, by, at, new ArrayList<>(), true);
  }

  /**
   * Records the answer of a person who was given their worker without being asked: from {@code on}
   * the same worker is the one they chose or agreed to. The assignment that said "to be asked" ends
   * that day and stays in the history. (A person who does not agree is given another worker.)
   */
  public void recordConsent(Consent consent, LocalDate on, String by, Instant at) {
    FocalPointAssignment current = currentAssignment().filter(a -> a.getConsent() == Consent.TO_BE_ASKED)
        .orElseThrow(() -> new RuleViolationException("resident.focalPoint.nothingToAsk"));
    if (consent == null || !consent.given()) {
      throw new InvalidInputException("consent", "{resident.focalPoint.consentRequired}");
    }
    changeFocalPoint(current.getWorker(), consent, on, null, by, at, new ArrayList<>(), false);
  }

  /** Whether the current focal point was given to the person without asking them, and they are still to be asked. */
  public boolean consentToBeAsked() {
    return currentAssignment().map(a -> a.getConsent() == Consent.TO_BE_ASKED).orElse(false);
  }

  /** Whether the person chose or agreed to their current focal point. */
  public boolean focalPointConsented() {
    return currentAssignment().map(a -> a.getConsent().given()).orElse(false);
  }

  /** A change of worker needs its reason; recording the answer of the person about the same worker does not. */
  private void changeFocalPoint(UserAccount worker, Consent consent, LocalDate fromOn, String reason, String by, Instant at,
      List<FieldError> errors, boolean reasonNeeded) {
    Optional<FocalPointAssignment> current = currentAssignment();
    if (fromOn == null) {
      errors.add(new FieldError("fromOn", "{jakarta.validation.constraints.NotNull.message}"));
    } else if (current.isPresent() && fromOn.isBefore(current.get().getFromOn())) {
      errors.add(new FieldError("fromOn", "{resident.focalPoint.beforeCurrent}"));
    }
    if (current.isPresent() && reasonNeeded && (reason == null || reason.isBlank())) {
      errors.add(new FieldError("reason", "{resident.focalPoint.reasonRequired}"));
    }
    if (reason != null && reason.length() > REASON_MAX) {
      errors.add(new FieldError("reason", "{resident.reason.length}"));
    }
    InvalidInputException.throwIfAny(errors);
    current.ifPresent(a -> a.end(fromOn));
    focalPointHistory.add(new FocalPointAssignment(this, worker, consent, fromOn, reason, by, at));
    focalPoint = worker;
  }

  /**
   * Moves the person's record to {@code destination}, as when they move between facilities before
   * their move to the community. The unit belonged to the old institution and is cleared; the focal
   * point stays with the person. The accepted transfer is the history of the move.
   */
  public void transferTo(Institution destination) {
    if (destination == null || destination == institution
        || (institution != null && destination.getId() != null && destination.getId().equals(institution.getId()))) {
      throw new InvalidInputException("toInstitutionId", "{transfer.toInstitution.same}");
    }
    institution = destination;
    unit = null;
  }

  /** The day of the latest move to the community, while the person has not been readmitted since. */
  public Optional<LocalDate> movedOn() {
    LocalDate moved = null;
    for (StatusChange change : statusHistory) {
      if (change.getToStatus() == ResidentStatus.MOVED) {
        moved = change.getEffectiveOn();
      } else if (change.getToStatus() == ResidentStatus.READMITTED) {
        moved = null;
      }
    }
    return Optional.ofNullable(moved);
  }

  public Optional<FocalPointAssignment> currentAssignment() {
    return focalPointHistory.stream().filter(FocalPointAssignment::current).findFirst();
  }

  /** Whether {@code account} is this person's focal point now. */
  public boolean accompaniedBy(UserAccount account) {
    return focalPoint != null && account != null && focalPoint.getId().equals(account.getId());
  }

  /** How long the person has lived in the institution, up to {@code today} or the day they left. */
  public Period lengthOfStay(LocalDate today) {
    LocalDate until = status.inInstitution() ? today : statusSince;
    return admittedOn == null ? Period.ZERO : Period.between(admittedOn, until.isBefore(admittedOn) ? admittedOn : until);
  }

  /** The name the person wants to be called by. */
  public String getDisplayName() {
    return (preferredName != null && !preferredName.isBlank() ? preferredName : givenName) + " " + familyName;
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

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier == null ? null : identifier.strip();
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getPreferredName() {
    return preferredName;
  }

  public void setPreferredName(String preferredName) {
    this.preferredName = preferredName;
  }

  public LocalDate getBornOn() {
    return bornOn;
  }

  public void setBornOn(LocalDate bornOn) {
    this.bornOn = bornOn;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public String getDisability() {
    return disability;
  }

  public void setDisability(String disability) {
    this.disability = disability;
  }

  public DisabilityGroup getDisabilityGroup() {
    return disabilityGroup;
  }

  public void setDisabilityGroup(DisabilityGroup disabilityGroup) {
    this.disabilityGroup = disabilityGroup;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public LegalCapacity getLegalCapacity() {
    return legalCapacity;
  }

  public void setLegalCapacity(LegalCapacity legalCapacity) {
    this.legalCapacity = legalCapacity;
  }

  public String getGuardianship() {
    return guardianship;
  }

  public void setGuardianship(String guardianship) {
    this.guardianship = guardianship;
  }

  public LocalDate getAdvanceDirectiveOn() {
    return advanceDirectiveOn;
  }

  public void setAdvanceDirectiveOn(LocalDate advanceDirectiveOn) {
    this.advanceDirectiveOn = advanceDirectiveOn;
  }

  public String getAdvanceDirectiveKept() {
    return advanceDirectiveKept;
  }

  public void setAdvanceDirectiveKept(String advanceDirectiveKept) {
    this.advanceDirectiveKept = advanceDirectiveKept;
  }

  public LocalDate getAdmittedOn() {
    return admittedOn;
  }

  public void setAdmittedOn(LocalDate admittedOn) {
    this.admittedOn = admittedOn;
  }

  public String getAdmittedAfterStopReason() {
    return admittedAfterStopReason;
  }

  public void setAdmittedAfterStopReason(String admittedAfterStopReason) {
    this.admittedAfterStopReason = admittedAfterStopReason;
  }

  public boolean isComplexSupportNeeds() {
    return complexSupportNeeds;
  }

  public void setComplexSupportNeeds(boolean complexSupportNeeds) {
    this.complexSupportNeeds = complexSupportNeeds;
  }

  public String getComplexSupportNotes() {
    return complexSupportNotes;
  }

  public void setComplexSupportNotes(String complexSupportNotes) {
    this.complexSupportNotes = complexSupportNotes;
  }

  public ResidentStatus getStatus() {
    return status;
  }

  public LocalDate getStatusSince() {
    return statusSince;
  }

  public UserAccount getFocalPoint() {
    return focalPoint;
  }

  public List<StatusChange> getStatusHistory() {
    return Collections.unmodifiableList(statusHistory);
  }

  public List<FocalPointAssignment> getFocalPointHistory() {
    return Collections.unmodifiableList(focalPointHistory);
  }
}
