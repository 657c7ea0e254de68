package org.homeward.budget.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** What one unit costs per month on top of the institution's fixed costs: released when the unit closes. */
@Embeddable
public class UnitStepCost implements Serializable {

  @NotNull
  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @NotNull(message = "{budget.model.amount.required}")
  @PositiveOrZero(message = "{budget.model.amount.negative}")
  @Digits(integer = 13, fraction = 2)
  @Column(name = "monthly_step_cost", nullable = false, precision = 15, scale = 2)
  private BigDecimal monthlyStepCost;

  public UnitStepCost() {
    // for a form and JPA
  }

  public UnitStepCost(Long unitId, BigDecimal monthlyStepCost) {
    this.unitId = unitId;
    this.monthlyStepCost = monthlyStepCost;
  }

  public Long getUnitId() {
    return unitId;
  }

  public BigDecimal getMonthlyStepCost() {
    return monthlyStepCost;
  }

  public void setMonthlyStepCost(BigDecimal monthlyStepCost) {
    this.monthlyStepCost = monthlyStepCost;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitStepCost other && Objects.equals(unitId, other.unitId) && Objects.equals(monthlyStepCost, other.monthlyStepCost);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitId, monthlyStepCost);
  }
}
