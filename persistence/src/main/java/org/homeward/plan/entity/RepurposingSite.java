package org.homeward.plan.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;

/**
 * A building or piece of land of the institution and what it will become. Any proceeds from selling
 * or renting it are ring-fenced for community services: the flag is always set, and the database
 * refuses a row without it.
 */
@Entity
@Table(name = "repurposing_site")
public class RepurposingSite implements AuditableEntity {

  public static final int NAME_MAX = 200;
  public static final int NOTES_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false)
  private Institution institution;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SiteKind kind;

  @PositiveOrZero
  @Max(1_000_000_000)
  @Column(name = "area_m2")
  private Integer areaM2;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "planned_use", nullable = false, length = 30)
  private PlannedUse plannedUse;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RepurposingStatus status = RepurposingStatus.PLANNED;

  @PositiveOrZero
  @Digits(integer = 13, fraction = 2)
  private BigDecimal proceeds;

  @Pattern(regexp = "[A-Z]{3}", message = "{money.currency.pattern}")
  @Column(length = 3)
  private String currency;

  @Column(name = "ring_fenced", nullable = false, updatable = false)
  private boolean ringFenced = true;

  @Size(max = NOTES_MAX)
  @Column(length = NOTES_MAX)
  private String notes;

  public RepurposingSite() {
    // a blank site for a form
  }

  public RepurposingSite(String name, SiteKind kind, PlannedUse plannedUse) {
    this.name = name;
    this.kind = kind;
    this.plannedUse = plannedUse;
  }

  public void attachTo(Institution owner) {
    this.institution = owner;
  }

  public void updateFrom(RepurposingSite edited) {
    name = edited.name;
    kind = edited.kind;
    areaM2 = edited.areaM2;
    plannedUse = edited.plannedUse;
    status = edited.status;
    proceeds = edited.proceeds;
    currency = edited.currency;
    notes = edited.notes;
  }

  /** Proceeds need their currency, and a currency needs an amount. */
  public List<FieldError> crossFieldErrors() {
    if (proceeds != null && currency == null) {
      return List.of(new FieldError("currency", "{money.currency.required}"));
    }
    if (proceeds == null && currency != null) {
      return List.of(new FieldError("proceeds", "{money.amount.required}"));
    }
    return List.of();
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public SiteKind getKind() {
    return kind;
  }

  public void setKind(SiteKind kind) {
    this.kind = kind;
  }

  public Integer getAreaM2() {
    return areaM2;
  }

  public void setAreaM2(Integer areaM2) {
    this.areaM2 = areaM2;
  }

  public PlannedUse getPlannedUse() {
    return plannedUse;
  }

  public void setPlannedUse(PlannedUse plannedUse) {
    this.plannedUse = plannedUse;
  }

  public RepurposingStatus getStatus() {
    return status;
  }

  public void setStatus(RepurposingStatus status) {
    this.status = status;
  }

  public BigDecimal getProceeds() {
    return proceeds;
  }

  public void setProceeds(BigDecimal proceeds) {
    this.proceeds = proceeds;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public boolean isRingFenced() {
    return ringFenced;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
