package org.homeward.institution.entity;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.homeward.audit.entity.AuditableEntity;

/** A unit or ward of an institution: its beds and the date it is planned to close. */
@Entity
@Table(name = "institution_unit")
public class Unit implements AuditableEntity {

  public static final int NAME_MAX = 100;

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
  @PositiveOrZero
  @Max(Institution.BEDS_MAX)
  @Column(nullable = false)
  private Integer beds;

  @Column(name = "planned_closure_on")
  private LocalDate plannedClosureOn;

  public Unit() {
    // a blank unit for a form
  }

  public Unit(String name, Integer beds, LocalDate plannedClosureOn) {
    this.name = name;
    this.beds = beds;
    this.plannedClosureOn = plannedClosureOn;
  }

  void attachTo(Institution owner) {
    this.institution = owner;
  }

  public void updateFrom(Unit edited) {
    name = edited.name;
    beds = edited.beds;
    plannedClosureOn = edited.plannedClosureOn;
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

  public Integer getBeds() {
    return beds;
  }

  public void setBeds(Integer beds) {
    this.beds = beds;
  }

  public LocalDate getPlannedClosureOn() {
    return plannedClosureOn;
  }

  public void setPlannedClosureOn(LocalDate plannedClosureOn) {
    this.plannedClosureOn = plannedClosureOn;
  }
}
