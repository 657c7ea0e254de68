package org.homeward.transfer.entity;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.Resident;
import org.homeward.security.entity.UserAccount;

/**
 * A case offered to another focal point worker or another institution. While it is pending the case
 * stays where it is; the receiver answers once. A worker who accepts becomes the person's focal
 * point, with the person's choice or agreement recorded in the same step (the receiver meets the
 * person before accepting, so that no one is handed over without being asked). An institution that
 * accepts takes the person's record; the focal point stays with the person.
 */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer implements AuditableEntity {

  public static final int REASON_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private TransferKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "from_worker_id", updatable = false)
  private UserAccount fromWorker;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "to_worker_id", updatable = false)
  private UserAccount toWorker;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "from_institution_id", nullable = false, updatable = false)
  private Institution fromInstitution;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "to_institution_id", updatable = false)
  private Institution toInstitution;

  @Column(nullable = false, length = REASON_MAX, updatable = false)
  private String reason;

  @Column(name = "proposed_by", nullable = false, length = 100, updatable = false)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TransferStatus status = TransferStatus.PENDING;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Consent consent;

  @Column(name = "answer_reason", length = REASON_MAX)
  private String answerReason;

  @Column(name = "answered_by", length = 100)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected CaseTransfer() {
    // for JPA
  }

  private CaseTransfer(Resident resident, TransferKind kind, String reason, String by, Instant at) {
    this.resident = resident;
    this.kind = kind;
    this.fromWorker = resident.getFocalPoint();
    this.fromInstitution = resident.getInstitution();
    this.reason = reason;
    this.proposedBy = by;
    this.proposedAt = at;
  }

  /** Offers the person's case to {@code receiver}, another focal point worker. */
  public static CaseTransfer toWorker(Resident resident, UserAccount receiver, String reason, String by, Instant at) {
    requireOpen(resident);
    requireReason(reason);
    if (resident.accompaniedBy(receiver)) {
      throw new InvalidInputException("toWorkerId", "{transfer.toWorker.already}");
    }
    CaseTransfer transfer = new CaseTransfer(resident, TransferKind.WORKER, reason, by, at);
    transfer.toWorker = receiver;
    return transfer;
  }

  /** Offers the person's record to {@code destination}, another institution; only while they live in an institution. */
  public static CaseTransfer toInstitution(Resident resident, Institution destination, String reason, String by, Instant at) {
    requireOpen(resident);
    if (!resident.getStatus().inInstitution()) {
      throw new RuleViolationException("transfer.notInInstitution");
    }
    requireReason(reason);
    if (destination == resident.getInstitution()
        || (destination.getId() != null && destination.getId().equals(resident.getInstitution().getId()))) {
      throw new InvalidInputException("toInstitutionId", "{transfer.toInstitution.same}");
    }
    CaseTransfer transfer = new CaseTransfer(resident, TransferKind.INSTITUTION, reason, by, at);
    transfer.toInstitution = destination;
    return transfer;
  }

  /**
   * The receiver takes the case. A worker becomes the focal point from {@code on}, whom the person
   * chose or agreed to ({@code consent}); the offer no longer stands if the person's focal point
   * changed since it was made. An institution takes the person's record.
   */
  public void accept(Consent personsConsent, LocalDate on, String by, Instant at) {
    requirePending();
    if (kind == TransferKind.WORKER) {
      if (personsConsent == null || !personsConsent.given()) {
        throw new InvalidInputException("consent", "{transfer.consentRequired}");
      }
      if (!sameWorker(resident.getFocalPoint(), fromWorker)) {
        throw new RuleViolationException("transfer.outdated");
      }
      resident.assignFocalPoint(toWorker, personsConsent, on, reason, by, at);
      consent = personsConsent;
    } else {
      if (!resident.getStatus().inInstitution()) {
        throw new RuleViolationException("transfer.notInInstitution");
      }
      resident.transferTo(toInstitution);
    }
    answer(TransferStatus.ACCEPTED, null, by, at);
  }

  /** The receiver does not take the case, and says why; the case stays where it is. */
  public void decline(String why, String by, Instant at) {
    requirePending();
    List<FieldError> errors = new ArrayList<>();
    if (why == null || why.isBlank()) {
      errors.add(new FieldError("reason", "{transfer.declineReasonRequired}"));
    } else if (why.length() > REASON_MAX) {
      errors.add(new FieldError("reason", "{resident.reason.length}"));
    }
    InvalidInputException.throwIfAny(errors);
    answer(TransferStatus.DECLINED, why, by, at);
  }

  /** The offer no longer stands because the case was given to someone else in the meantime ({@code why}). */
  public void withdraw(String why, String by, Instant at) {
    requirePending();
    answer(TransferStatus.WITHDRAWN, why, by, at);
  }

  public boolean pending() {
    return status == TransferStatus.PENDING;
  }

  private void answer(TransferStatus outcome, String why, String by, Instant at) {
    status = outcome;
    answerReason = why;
    answeredBy = by;
    answeredAt = at;
  }

  private void requirePending() {
    if (status != TransferStatus.PENDING) {
      throw new RuleViolationException("transfer.answered");
    }
  }

  private static void requireOpen(Resident resident) {
    if (resident.getStatus().ended()) {
      throw new RuleViolationException("resident.status.ended");
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "{transfer.reasonRequired}");
    }
    if (reason.length() > REASON_MAX) {
      throw new InvalidInputException("reason", "{resident.reason.length}");
    }
  }

  private static boolean sameWorker(UserAccount a, UserAccount b) {
    return a == b || (a != null && b != null && a.getId() != null && a.getId().equals(b.getId()));
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Resident getResident() {
    return resident;
  }

  public TransferKind getKind() {
    return kind;
  }

  public UserAccount getFromWorker() {
    return fromWorker;
  }

  public UserAccount getToWorker() {
    return toWorker;
  }

  public Institution getFromInstitution() {
    return fromInstitution;
  }

  public Institution getToInstitution() {
    return toInstitution;
  }

  public String getReason() {
    return reason;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public TransferStatus getStatus() {
    return status;
  }

  public Consent getConsent() {
    return consent;
  }

  public String getAnswerReason() {
    return answerReason;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
