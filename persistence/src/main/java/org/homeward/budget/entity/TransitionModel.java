package org.homeward.budget.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;

/**
 * What only finance knows about an institution's closure: its costs, the price of community
 * support, and the pace of moves for residents who have no move date yet. The transition cost model
 * reads these with the institution's units and its residents' planned moves; nothing it computes is
 * stored.
 */
@Entity
@Table(name = "transition_model")
public class TransitionModel implements AuditableEntity {

  public static final int MONTHS_MAX = 240;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false, unique = true)
  private Institution institution;

  @NotNull(message = "{money.currency.required}")
  @Pattern(regexp = "[A-Z]{3}", message = "{money.currency.pattern}")
  @Column(nullable = false, length = 3)
  private String currency = "EUR";

  @NotNull(message = "{budget.model.start.required}")
  @Column(name = "start_on", nullable = false)
  private LocalDate startOn;

  @NotNull
  @Min(value = 1, message = "{budget.model.months.range}")
  @Max(value = MONTHS_MAX, message = "{budget.model.months.range}")
  @Column(nullable = false)
  private Integer months = 60;

  @NotNull
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Max(Institution.BEDS_MAX)
  @Column(nullable = false)
  private Integer residents;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "fixed_monthly_cost", nullable = false, precision = 15, scale = 2)
  private BigDecimal fixedMonthlyCost;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "cost_per_resident_month", nullable = false, precision = 15, scale = 2)
  private BigDecimal costPerResidentMonth;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "set_up_cost_per_place", nullable = false, precision = 15, scale = 2)
  private BigDecimal setUpCostPerPlace;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "community_cost_low", nullable = false, precision = 15, scale = 2)
  private BigDecimal communityCostLow;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "community_cost_moderate", nullable = false, precision = 15, scale = 2)
  private BigDecimal communityCostModerate;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "community_cost_high", nullable = false, precision = 15, scale = 2)
  private BigDecimal communityCostHigh;

  @NotNull
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Max(Institution.BEDS_MAX)
  @Column(name = "staff_to_train", nullable = false)
  private Integer staffToTrain = 0;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "training_cost_per_staff", nullable = false, precision = 15, scale = 2)
  private BigDecimal trainingCostPerStaff = BigDecimal.ZERO;

  @NotNull(message = "{budget.model.inflation.range}")
  @DecimalMin(value = "-50", message = "{budget.model.inflation.range}")
  @DecimalMax(value = "100", message = "{budget.model.inflation.range}")
  @Digits(integer = 3, fraction = 2)
  @Column(name = "annual_inflation_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal annualInflationPercent = BigDecimal.ZERO;

  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Max(Institution.BEDS_MAX)
  @Column(name = "planned_moves_per_month")
  private Integer plannedMovesPerMonth;

  @Column(name = "planned_moves_from")
  private LocalDate plannedMovesFrom;

  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Max(Institution.BEDS_MAX)
  @Column(name = "admissions_per_month")
  private Integer admissionsPerMonth;

  @Column(name = "admissions_until")
  private LocalDate admissionsUntil;

  @Valid
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "transition_model_unit", joinColumns = @JoinColumn(name = "transition_model_id"))
  private List<UnitStepCost> unitCosts = new ArrayList<>();

  public TransitionModel() {
    // a blank model for a form
  }

  public void attachTo(Institution owner) {
    this.institution = owner;
  }

  /**
   * A known currency; months given as their first day; moves planned from the start on, and
   * admissions that end after they begin. (The model checks the rest: see TransitionCostModel.)
   */
  public List<FieldError> crossFieldErrors() {
    List<FieldError> errors = new ArrayList<>();
    if (currency != null && currency.matches("[A-Z]{3}") && Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(currency))) {
      errors.add(new FieldError("currency", "{money.currency.unknown}"));
    }
    if (plannedMovesPerMonth != null && plannedMovesPerMonth > 0 && plannedMovesFrom == null) {
      errors.add(new FieldError("plannedMovesFrom", "{budget.model.plannedMovesFrom.required}"));
    }
    if (startOn != null && plannedMovesFrom != null && plannedMovesFrom.isBefore(startOn.withDayOfMonth(1))) {
      errors.add(new FieldError("plannedMovesFrom", "{budget.model.month.beforeStart}"));
    }
    if (admissionsPerMonth != null && admissionsPerMonth > 0 && admissionsUntil == null) {
      errors.add(new FieldError("admissionsUntil", "{budget.model.admissionsUntil.required}"));
    }
    errors.addAll(FieldError.orderedDates(startOn, "admissionsUntil", admissionsUntil, "{budget.model.admissionsUntil.beforeStart}"));
    return errors;
  }

  /** Takes a form's or request's values; months are kept as their first day. */
  public void updateFrom(TransitionModel edited) {
    currency = edited.currency;
    startOn = firstDay(edited.startOn);
    months = edited.months;
    residents = edited.residents;
    fixedMonthlyCost = edited.fixedMonthlyCost;
    costPerResidentMonth = edited.costPerResidentMonth;
    setUpCostPerPlace = edited.setUpCostPerPlace;
    communityCostLow = edited.communityCostLow;
    communityCostModerate = edited.communityCostModerate;
    communityCostHigh = edited.communityCostHigh;
    staffToTrain = edited.staffToTrain;
    trainingCostPerStaff = edited.trainingCostPerStaff;
    annualInflationPercent = edited.annualInflationPercent;
    plannedMovesPerMonth = edited.plannedMovesPerMonth;
    plannedMovesFrom = firstDay(edited.plannedMovesFrom);
    admissionsPerMonth = edited.admissionsPerMonth;
    admissionsUntil = firstDay(edited.admissionsUntil);
    unitCosts.clear();
    unitCosts.addAll(edited.unitCosts);
  }

  private static LocalDate firstDay(LocalDate day) {
    return day == null ? null : day.withDayOfMonth(1);
  }

  /** The step cost the model holds for a unit; zero if none was entered. */
  public BigDecimal stepCostOf(long unitId) {
    return unitCosts.stream().filter(c -> c.getUnitId() == unitId).map(UnitStepCost::getMonthlyStepCost).findFirst().orElse(BigDecimal.ZERO);
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

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public LocalDate getStartOn() {
    return startOn;
  }

  public void setStartOn(LocalDate startOn) {
    this.startOn = startOn;
  }

  public Integer getMonths() {
    return months;
  }

  public void setMonths(Integer months) {
    this.months = months;
  }

  public Integer getResidents() {
    return residents;
  }

  public void setResidents(Integer residents) {
    this.residents = residents;
  }

  public BigDecimal getFixedMonthlyCost() {
    return fixedMonthlyCost;
  }

  public void setFixedMonthlyCost(BigDecimal fixedMonthlyCost) {
    this.fixedMonthlyCost = fixedMonthlyCost;
  }

  public BigDecimal getCostPerResidentMonth() {
    return costPerResidentMonth;
  }

  public void setCostPerResidentMonth(BigDecimal costPerResidentMonth) {
    this.costPerResidentMonth = costPerResidentMonth;
  }

  public BigDecimal getSetUpCostPerPlace() {
    return setUpCostPerPlace;
  }

  public void setSetUpCostPerPlace(BigDecimal setUpCostPerPlace) {
    this.setUpCostPerPlace = setUpCostPerPlace;
  }

  public BigDecimal getCommunityCostLow() {
    return communityCostLow;
  }

  public void setCommunityCostLow(BigDecimal communityCostLow) {
    this.communityCostLow = communityCostLow;
  }

  public BigDecimal getCommunityCostModerate() {
    return communityCostModerate;
  }

  public void setCommunityCostModerate(BigDecimal communityCostModerate) {
    this.communityCostModerate = communityCostModerate;
  }

  public BigDecimal getCommunityCostHigh() {
    return communityCostHigh;
  }

  public void setCommunityCostHigh(BigDecimal communityCostHigh) {
    this.communityCostHigh = communityCostHigh;
  }

  public Integer getStaffToTrain() {
    return staffToTrain;
  }

  public void setStaffToTrain(Integer staffToTrain) {
    this.staffToTrain = staffToTrain;
  }

  public BigDecimal getTrainingCostPerStaff() {
    return trainingCostPerStaff;
  }

  public void setTrainingCostPerStaff(BigDecimal trainingCostPerStaff) {
    this.trainingCostPerStaff = trainingCostPerStaff;
  }

  public BigDecimal getAnnualInflationPercent() {
    return annualInflationPercent;
  }

  public void setAnnualInflationPercent(BigDecimal annualInflationPercent) {
    this.annualInflationPercent = annualInflationPercent;
  }

  public Integer getPlannedMovesPerMonth() {
    return plannedMovesPerMonth;
  }

  public void setPlannedMovesPerMonth(Integer plannedMovesPerMonth) {
    this.plannedMovesPerMonth = plannedMovesPerMonth;
  }

  public LocalDate getPlannedMovesFrom() {
    return plannedMovesFrom;
  }

  public void setPlannedMovesFrom(LocalDate plannedMovesFrom) {
    this.plannedMovesFrom = plannedMovesFrom;
  }

  public Integer getAdmissionsPerMonth() {
    return admissionsPerMonth;
  }

  public void setAdmissionsPerMonth(Integer admissionsPerMonth) {
    this.admissionsPerMonth = admissionsPerMonth;
  }

  public LocalDate getAdmissionsUntil() {
    return admissionsUntil;
  }

  public void setAdmissionsUntil(LocalDate admissionsUntil) {
    this.admissionsUntil = admissionsUntil;
  }

  public List<UnitStepCost> getUnitCosts() {
    return unitCosts;
  }

  public void setUnitCosts(List<UnitStepCost> unitCosts) {
    this.unitCosts = unitCosts;
  }
}
