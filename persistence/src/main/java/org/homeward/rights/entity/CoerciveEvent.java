package org.homeward.rights.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/**
 * One seclusion, restraint or forced treatment in an institution (WHO guidance, Box 4). Recorded
 * once, from the ward book or at the time; corrected when it was written down wrong, never deleted:
 * every correction keeps the facts as they stood, with who corrected them and why, so that a falling
 * rate cannot be made by quietly rewriting the past.
 */
@Entity
@Table(name = "coercive_event")
public class CoerciveEvent implements AuditableEntity {

  public static final int OWN_ACCOUNT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false)
  private Institution institution;

  @Embedded private CoercionFacts facts;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_choice", nullable = false, length = 20)
  private AccountChoice accountChoice = AccountChoice.NOT_ASKED;

  @Sensitive
  @Column(name = "own_account", length = OWN_ACCOUNT_MAX)
  private String ownAccount;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @OneToMany(mappedBy = "event", cascade = CascadeType.PERSIST)
  @OrderBy("correctedAt, id")
  private List<CoercionCorrection> corrections = new ArrayList<>();

  protected CoerciveEvent() {
    // for JPA
  }

  public CoerciveEvent(Institution institution, CoercionFacts facts, String by, Instant at) {
    this.institution = institution;
    this.facts = facts;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /**
   * Replaces the facts with {@code corrected}, keeping the ones replaced in a correction that says
   * who corrected them, when and why.
   */
  public CoercionCorrection correct(CoercionFacts corrected, String why, String by, Instant at) {
    if (why == null || why.isBlank()) {
      throw new InvalidInputException("why", "{rights.coercion.correction.why}");
    }
    if (why.length() > CoercionCorrection.WHY_MAX) {
      throw new InvalidInputException("why", "{rights.coercion.correction.whySize}");
    }
    CoercionCorrection correction = new CoercionCorrection(this, facts.copy(), why.strip(), by, at);
    corrections.add(correction);
    facts = corrected;
    return correction;
  }

  /** Records whether the person gave their own account and, if they did, in their words. */
  public void recordAccount(AccountChoice choice, String account) {
    List<FieldError> errors = new ArrayList<>();
    if (choice == null) {
      errors.add(new FieldError("accountChoice", "{rights.coercion.account.choice}"));
    } else if (choice == AccountChoice.GIVEN && (account == null || account.isBlank())) {
      errors.add(new FieldError("ownAccount", "{rights.coercion.account.required}"));
    } else if (account != null && account.length() > OWN_ACCOUNT_MAX) {
      errors.add(new FieldError("ownAccount", "{rights.coercion.account.size}"));
    }
    InvalidInputException.throwIfAny(errors);
    accountChoice = choice;
    ownAccount = choice == AccountChoice.GIVEN ? account.strip() : null;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Institution getInstitution() {
    return institution;
  }

  public CoercionFacts getFacts() {
    return facts;
  }

  public AccountChoice getAccountChoice() {
    return accountChoice;
  }

  public String getOwnAccount() {
    return ownAccount;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  /** Oldest first. */
  public List<CoercionCorrection> getCorrections() {
    return Collections.unmodifiableList(corrections);
  }
}
