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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;

/**
 * A "what if" on an institution's transition model: every move some months later, one unit closing
 * later, community support dearer or cheaper. Compared side by side with the baseline.
 */
@Entity
@Table(name = "cost_scenario")
public class CostScenario implements AuditableEntity {

  public static final int NAME_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "transition_model_id", nullable = false, updatable = false)
  private TransitionModel model;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @NotNull
  @Min(value = 0, message = "{budget.scenario.delay.range}")
  @Max(value = 120, message = "{budget.scenario.delay.range}")
  @Column(name = "delay_months", nullable = false)
  private Integer delayMonths = 0;

  @Column(name = "unit_id")
  private Long unitId;

  @NotNull
  @Min(value = 0, message = "{budget.scenario.delay.range}")
  @Max(value = 120, message = "{budget.scenario.delay.range}")
  @Column(name = "unit_delay_months", nullable = false)
  private Integer unitDelayMonths = 0;

  @NotNull
  @DecimalMin(value = "-90", message = "{budget.scenario.percent.range}")
  @DecimalMax(value = "500", message = "{budget.scenario.percent.range}")
  @Digits(integer = 4, fraction = 2)
  @Column(name = "community_cost_percent", nullable = false, precision = 6, scale = 2)
  private BigDecimal communityCostPercent = BigDecimal.ZERO;

  public CostScenario() {
    // a blank scenario for a form
  }

  public CostScenario(String name, Integer delayMonths, Long unitId, Integer unitDelayMonths, BigDecimal communityCostPercent) {
    this.name = name;
    this.delayMonths = delayMonths;
    this.unitId = unitId;
    this.unitDelayMonths = unitDelayMonths;
    this.communityCostPercent = communityCostPercent;
  }

  public void attachTo(TransitionModel owner) {
    this.model = owner;
  }

  /** A unit that closes later must be named, and one that is named must close later. */
  public List<FieldError> crossFieldErrors() {
    List<FieldError> errors = new ArrayList<>();
    if (unitId != null && (unitDelayMonths == null || unitDelayMonths == 0)) {
      errors.add(new FieldError("unitDelayMonths", "{budget.scenario.unitDelay.required}"));
    }
    if (unitId == null && unitDelayMonths != null && unitDelayMonths > 0) {
      errors.add(new FieldError("unitId", "{budget.scenario.unit.required}"));
    }
    return errors;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public TransitionModel getModel() {
    return model;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getDelayMonths() {
    return delayMonths;
  }

  public void setDelayMonths(Integer delayMonths) {
    this.delayMonths = delayMonths;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Integer getUnitDelayMonths() {
    return unitDelayMonths;
  }

  public void setUnitDelayMonths(Integer unitDelayMonths) {
    this.unitDelayMonths = unitDelayMonths;
  }

  public BigDecimal getCommunityCostPercent() {
    return communityCostPercent;
  }

  public void setCommunityCostPercent(BigDecimal communityCostPercent) {
    this.communityCostPercent = communityCostPercent;
  }
}
