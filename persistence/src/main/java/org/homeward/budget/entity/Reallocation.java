package org.homeward.budget.entity;

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
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;

/**
 * Money moved from an institution line to a community line of the same institution (or between two
 * national lines, when it has no institution), approved by someone on a date: the way the community
 * share of the budget grows as the institution shrinks.
 */
@Entity
@Table(name = "budget_reallocation")
public class Reallocation implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  /** Null for a reallocation between national lines. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", updatable = false)
  private Institution institution;

  @NotNull(message = "{budget.reallocation.line.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "from_line_id", nullable = false, updatable = false)
  private BudgetLine from;

  @NotNull(message = "{budget.reallocation.line.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "to_line_id", nullable = false, updatable = false)
  private BudgetLine to;

  @NotNull
  @Column(name = "moved_on", nullable = false)
  private LocalDate movedOn;

  @NotNull(message = "{budget.model.amount.required}")
  @Positive(message = "{budget.amount.positive}")
  @Digits(integer = 13, fraction = 2)
  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @NotBlank
  @Size(max = 1000)
  @Column(nullable = false, length = 1000)
  private String reason;

  @NotBlank
  @Size(max = 200)
  @Column(name = "approved_by", nullable = false, length = 200)
  private String approvedBy;

  @NotNull
  @Column(name = "approved_on", nullable = false)
  private LocalDate approvedOn;

  public Reallocation() {
    // for JPA
  }

  public Reallocation(BudgetLine from, BudgetLine to, LocalDate movedOn, BigDecimal amount, String reason, String approvedBy,
      LocalDate approvedOn) {
    this.from = from;
    this.to = to;
    this.movedOn = movedOn;
    this.amount = amount;
    this.reason = reason;
    this.approvedBy = approvedBy;
    this.approvedOn = approvedOn;
  }

  public void attachTo(Institution owner) {
    this.institution = owner;
  }

  /**
   * From an institution line to a community line, in the same currency, approved no later than the
   * money moves, and no more than the line still holds ({@code available}).
   */
  public List<FieldError> ruleErrors(BigDecimal available) {
    List<FieldError> errors = new ArrayList<>();
    if (from != null && !from.getCategory().institutional()) {
      errors.add(new FieldError("fromLineId", "{budget.reallocation.fromInstitution}"));
    }
    if (to != null && !to.getCategory().community()) {
      errors.add(new FieldError("toLineId", "{budget.reallocation.toCommunity}"));
    }
    if (from != null && to != null && !from.getCurrency().equals(to.getCurrency())) {
      errors.add(new FieldError("toLineId", "{budget.reallocation.currency}"));
    }
    if (amount != null && available != null && amount.compareTo(available) > 0) {
      errors.add(new FieldError("amount", "{budget.reallocation.moreThanAvailable}"));
    }
    errors.addAll(FieldError.orderedDates(approvedOn, "approvedOn", movedOn, "{budget.reallocation.approvedAfterMove}"));
    return errors;
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

  public BudgetLine getFrom() {
    return from;
  }

  public BudgetLine getTo() {
    return to;
  }

  public LocalDate getMovedOn() {
    return movedOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public LocalDate getApprovedOn() {
    return approvedOn;
  }
}
