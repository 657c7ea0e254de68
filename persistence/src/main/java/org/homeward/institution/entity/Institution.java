package org.homeward.institution.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.RuleViolationException;

/**
 * An institution in the national registry: the psychiatric hospital or care home that a closure plan
 * will close. Its descriptive fields are edited through forms; its status only through {@link
 * #changeStatus}, which holds the rules of the way to closure.
 */
@Entity
@Table(name = "institution")
public class Institution implements AuditableEntity {

  public static final int CODE_MAX = 20;
  public static final int NAME_MAX = 200;
  public static final int PLACE_MAX = 100;
  public static final int ADDRESS_MAX = 300;
  public static final int BEDS_MAX = 100_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = CODE_MAX)
  @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{institution.code.pattern}")
  @Column(nullable = false, unique = true, length = CODE_MAX)
  private String code;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private InstitutionType type;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Ownership ownership;

  @NotBlank
  @Size(max = PLACE_MAX)
  @Column(nullable = false, length = PLACE_MAX)
  private String region;

  @Size(max = PLACE_MAX)
  @Column(length = PLACE_MAX)
  private String district;

  @Size(max = ADDRESS_MAX)
  @Column(length = ADDRESS_MAX)
  private String address;

  @NotNull
  @PositiveOrZero
  @Max(BEDS_MAX)
  @Column(name = "bed_capacity", nullable = false)
  private Integer bedCapacity;

  @NotNull
  @PositiveOrZero
  @Max(BEDS_MAX)
  @Column(name = "current_residents", nullable = false)
  private Integer currentResidents;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private InstitutionStatus status = InstitutionStatus.OPERATING;

  @PastOrPresent
  @Column(name = "admissions_stopped_on")
  private LocalDate admissionsStoppedOn;

  @OneToMany(mappedBy = "institution", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("name")
  private List<Unit> units = new ArrayList<>();

  public Institution() {
    // a blank institution for a registration form
  }

  public Institution(
      String code,
      String name,
      InstitutionType type,
      Ownership ownership,
      String region,
      Integer bedCapacity,
      Integer currentResidents) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.ownership = ownership;
    this.region = region;
    this.bedCapacity = bedCapacity;
    this.currentResidents = currentResidents;
  }

  /**
   * Moves the institution on its way to closure. Status never goes back, and an institution cannot
   * be recorded as closed while people still live in it: they must each have moved first.
   */
  public void changeStatus(InstitutionStatus next) {
    if (next == null || next == status) {
      return;
    }
    if (!status.mayBecome(next)) {
      throw new RuleViolationException("institution.status.backwards");
    }
    if ((next == InstitutionStatus.CLOSED || next == InstitutionStatus.REPURPOSED)
        && currentResidents != null
        && currentResidents > 0) {
      throw new RuleViolationException("institution.status.residentsRemain");
    }
    status = next;
  }

  /** Copies what a form or API request may change from {@code edited}, status through its rules. */
  public void updateFrom(Institution edited) {
    code = edited.code;
    name = edited.name;
    type = edited.type;
    ownership = edited.ownership;
    region = edited.region;
    district = edited.district;
    address = edited.address;
    bedCapacity = edited.bedCapacity;
    currentResidents = edited.currentResidents;
    admissionsStoppedOn = edited.admissionsStoppedOn;
    changeStatus(edited.status);
  }

  /** Whether admissions have stopped, as a closure plan requires early on. */
  public boolean admissionsStopped() {
    return admissionsStoppedOn != null;
  }

  public int plannedBedsInUnits() {
    return units.stream().mapToInt(u -> u.getBeds() == null ? 0 : u.getBeds()).sum();
  }

  public Unit addUnit(Unit unit) {
    unit.attachTo(this);
    units.add(unit);
    return unit;
  }

  public void removeUnit(Unit unit) {
    units.remove(unit);
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /** The version a form or API request was based on, compared with the stored one on save. */
  public void setVersion(long version) {
    this.version = version;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public InstitutionType getType() {
    return type;
  }

  public void setType(InstitutionType type) {
    this.type = type;
  }

  public Ownership getOwnership() {
    return ownership;
  }

  public void setOwnership(Ownership ownership) {
    this.ownership = ownership;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Integer getBedCapacity() {
    return bedCapacity;
  }

  public void setBedCapacity(Integer bedCapacity) {
    this.bedCapacity = bedCapacity;
  }

  public Integer getCurrentResidents() {
    return currentResidents;
  }

  public void setCurrentResidents(Integer currentResidents) {
    this.currentResidents = currentResidents;
  }

  public InstitutionStatus getStatus() {
    return status;
  }

  /** Binds the status a form or request asks for; {@link #updateFrom} applies it by the rules. */
  public void setStatus(InstitutionStatus status) {
    this.status = status;
  }

  public LocalDate getAdmissionsStoppedOn() {
    return admissionsStoppedOn;
  }

  public void setAdmissionsStoppedOn(LocalDate admissionsStoppedOn) {
    this.admissionsStoppedOn = admissionsStoppedOn;
  }

  public List<Unit> getUnits() {
    return Collections.unmodifiableList(units);
  }
}
