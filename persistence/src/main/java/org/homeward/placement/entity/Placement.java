package org.homeward.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/**
 * The home secured for the person. One the person does not hold the tenancy of, or that houses more
 * unrelated people than the configured limit (by default 4, as in the US Money Follows the Person
 * "qualified residence" rule), risks becoming a mini-institution and needs a recorded justification.
 */
@Entity
@Table(name = "placement")
public class Placement implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Arrangement arrangement;

  @NotBlank
  @Size(max = 300)
  @Column(nullable = false, length = 300)
  private String address;

  @Size(max = 200)
  @Column(length = 200)
  private String provider;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "tenancy_holder", nullable = false, length = 20)
  private TenancyHolder tenancyHolder;

  @NotNull
  @Min(1)
  @Max(10_000)
  @Column(name = "unrelated_residents", nullable = false)
  private Integer unrelatedResidents;

  @DecimalMin("0")
  @DecimalMax("168")
  @Column(name = "support_hours_per_week", precision = 5, scale = 1)
  private BigDecimal supportHoursPerWeek;

  @Column(name = "move_in_on")
  private LocalDate moveInOn;

  @Size(max = 2000)
  @Column(length = 2000)
  private String justification;

  public Placement() {
    // a blank placement for a form
  }

  public Placement(Arrangement arrangement, String address, TenancyHolder tenancyHolder, Integer unrelatedResidents) {
    this.arrangement = arrangement;
    this.address = address;
    this.tenancyHolder = tenancyHolder;
    this.unrelatedResidents = unrelatedResidents;
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  public void updateFrom(Placement edited) {
    arrangement = edited.arrangement;
    address = edited.address;
    provider = edited.provider;
    tenancyHolder = edited.tenancyHolder;
    unrelatedResidents = edited.unrelatedResidents;
    supportHoursPerWeek = edited.supportHoursPerWeek;
    moveInOn = edited.moveInOn;
    justification = edited.justification;
  }

  /** Whether the home risks being a mini-institution: not the person's tenancy, or too many unrelated people. */
  public boolean miniInstitutionRisk(int maxUnrelated) {
    return tenancyHolder != TenancyHolder.PERSON || (unrelatedResidents != null && unrelatedResidents > maxUnrelated);
  }

  /**
   * A risky home needs its justification; a move-in date cannot come before the person was admitted,
   * nor before their needs were first assessed ({@code firstAssessedOn} null: never assessed).
   */
  public List<FieldError> crossFieldErrors(int maxUnrelated, LocalDate admittedOn, LocalDate firstAssessedOn) {
    if (tenancyHolder != null && miniInstitutionRisk(maxUnrelated) && (justification == null || justification.isBlank())) {
      return List.of(new FieldError("justification", "{placement.justification.required}"));
    }
    if (moveInOn == null) {
      return List.of();
    }
    if (admittedOn != null && moveInOn.isBefore(admittedOn)) {
      return List.of(new FieldError("moveInOn", "{placement.moveInOn.beforeAdmission}"));
    }
    if (firstAssessedOn == null) {
      return List.of(new FieldError("moveInOn", "{placement.moveInOn.noAssessment}"));
    }
    if (moveInOn.isBefore(firstAssessedOn)) {
      return List.of(new FieldError("moveInOn", "{placement.moveInOn.beforeAssessment}"));
    }
    return List.of();
  }

  /** Secured: the home is agreed and the person has a date to move in. */
  public boolean secured() {
    return moveInOn != null;
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

  public Resident getResident() {
    return resident;
  }

  public Arrangement getArrangement() {
    return arrangement;
  }

  public void setArrangement(Arrangement arrangement) {
    this.arrangement = arrangement;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public TenancyHolder getTenancyHolder() {
    return tenancyHolder;
  }

  public void setTenancyHolder(TenancyHolder tenancyHolder) {
    this.tenancyHolder = tenancyHolder;
  }

  public Integer getUnrelatedResidents() {
    return unrelatedResidents;
  }

  public void setUnrelatedResidents(Integer unrelatedResidents) {
    this.unrelatedResidents = unrelatedResidents;
  }

  public BigDecimal getSupportHoursPerWeek() {
    return supportHoursPerWeek;
  }

  public void setSupportHoursPerWeek(BigDecimal supportHoursPerWeek) {
    this.supportHoursPerWeek = supportHoursPerWeek;
  }

  public LocalDate getMoveInOn() {
    return moveInOn;
  }

  public void setMoveInOn(LocalDate moveInOn) {
    this.moveInOn = moveInOn;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
