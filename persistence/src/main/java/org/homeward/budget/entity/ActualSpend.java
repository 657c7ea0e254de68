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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.homeward.audit.entity.AuditableEntity;

/** Money actually spent on a budget line, in the line's currency. */
@Entity
@Table(name = "budget_actual")
public class ActualSpend implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "budget_line_id", nullable = false, updatable = false)
  private BudgetLine line;

  @NotNull
  @Column(name = "spent_on", nullable = false)
  private LocalDate spentOn;

  @NotNull(message = "{budget.model.amount.required}")
  @Positive(message = "{budget.amount.positive}")
  @Digits(integer = 13, fraction = 2)
  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal amount;

  @Size(max = 500)
  @Column(length = 500)
  private String note;

  public ActualSpend() {
    // a blank entry for a form
  }

  public ActualSpend(LocalDate spentOn, BigDecimal amount, String note) {
    this.spentOn = spentOn;
    this.amount = amount;
    this.note = note;
  }

  public void attachTo(BudgetLine owner) {
    this.line = owner;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public BudgetLine getLine() {
    return line;
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public void setSpentOn(LocalDate spentOn) {
    this.spentOn = spentOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
