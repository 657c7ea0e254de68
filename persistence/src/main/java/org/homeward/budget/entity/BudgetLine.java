package org.homeward.budget.entity;

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
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;

/**
 * One line of an institution's budget (or of the national budget, when it has no institution) for a
 * fiscal year: what it pays for, where the money comes from, whether it is ring-fenced, and the
 * amount planned. Actual spend is recorded against it.
 *
 * <p>Ring-fencing (WHO guidance, strategy 2.4.1): DI funds and ring-fenced money may not be spent on
 * refurbishing, rebuilding or building institutions; proceeds from repurposed land and buildings go
 * to community services, and stay ring-fenced.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine implements AuditableEntity {

  public static final int DESCRIPTION_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  /** Null for a national line: money the ministry holds for the whole country. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", updatable = false)
  private Institution institution;

  @NotNull
  @Min(value = 2000, message = "{budget.line.fiscalYear.range}")
  @Max(value = 2100, message = "{budget.line.fiscalYear.range}")
  @Column(name = "fiscal_year", nullable = false)
  private Integer fiscalYear;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private BudgetCategory category;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "funding_source", nullable = false, length = 30)
  private FundingSource fundingSource;

  @Column(name = "ring_fenced", nullable = false)
  private boolean ringFenced;

  @NotNull(message = "{money.currency.required}")
  @Pattern(regexp = "[A-Z]{3}", message = "{money.currency.pattern}")
  @Column(nullable = false, length = 3)
  private String currency;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "planned_amount", nullable = false, precision = 15, scale = 2)
  private BigDecimal plannedAmount;

  @Size(max = DESCRIPTION_MAX)
  @Column(length = DESCRIPTION_MAX)
  private String description;

  public BudgetLine() {
    // a blank line for a form
  }

  public BudgetLine(Integer fiscalYear, BudgetCategory category, FundingSource fundingSource, boolean ringFenced, String currency,
      BigDecimal plannedAmount, String description) {
    this.fiscalYear = fiscalYear;
    this.category = category;
    this.fundingSource = fundingSource;
    this.ringFenced = ringFenced;
    this.currency = currency;
    this.plannedAmount = plannedAmount;
    this.description = description;
  }

  public void attachTo(Institution owner) {
    this.institution = owner;
  }

  /** A currency ISO 4217 knows. */
  public List<FieldError> crossFieldErrors() {
    List<FieldError> errors = new ArrayList<>();
    if (currency != null && currency.matches("[A-Z]{3}")
        && Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(currency))) {
      errors.add(new FieldError("currency", "{money.currency.unknown}"));
    }
    return errors;
  }

  /** Why the ring-fencing rules refuse this line, field by field; empty if they allow it. */
  public List<FieldError> ringFencingErrors() {
    List<FieldError> errors = new ArrayList<>();
    if (category == BudgetCategory.INSTITUTION_CAPITAL && fundingSource != null && fundingSource.deinstitutionalization()) {
      errors.add(new FieldError("fundingSource", "{budget.line.diFundsOnCapital}"));
    }
    if (category == BudgetCategory.INSTITUTION_CAPITAL && ringFenced) {
      errors.add(new FieldError("ringFenced", "{budget.line.ringFencedOnCapital}"));
    }
    if (fundingSource == FundingSource.REPURPOSED_PROPERTY && category != null && category != BudgetCategory.COMMUNITY_SERVICES) {
      errors.add(new FieldError("category", "{budget.line.proceedsForCommunity}"));
    }
    if (fundingSource == FundingSource.REPURPOSED_PROPERTY && !ringFenced) {
      errors.add(new FieldError("ringFenced", "{budget.line.proceedsRingFenced}"));
    }
    return errors;
  }

  public void updateFrom(BudgetLine edited) {
    fiscalYear = edited.fiscalYear;
    category = edited.category;
    fundingSource = edited.fundingSource;
    ringFenced = edited.ringFenced;
    currency = edited.currency;
    plannedAmount = edited.plannedAmount;
    description = edited.description;
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

  /** Whether this is a national line, held for the whole country rather than by an institution. */
  public boolean isNational() {
    return institution == null;
  }

  public Integer getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(Integer fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  public void setCategory(BudgetCategory category) {
    this.category = category;
  }

  public FundingSource getFundingSource() {
    return fundingSource;
  }

  public void setFundingSource(FundingSource fundingSource) {
    this.fundingSource = fundingSource;
  }

  public boolean isRingFenced() {
    return ringFenced;
  }

  public void setRingFenced(boolean ringFenced) {
    this.ringFenced = ringFenced;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getPlannedAmount() {
    return plannedAmount;
  }

  public void setPlannedAmount(BigDecimal plannedAmount) {
    this.plannedAmount = plannedAmount;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
