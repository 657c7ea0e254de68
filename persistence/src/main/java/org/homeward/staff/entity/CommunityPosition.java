package org.homeward.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;

/**
 * Openings in a community service that institution staff can move into (WHO guidance, strategy
 * 2.4.1). Positions are regional: any institution's staff may apply. {@code filled} counts accepted
 * applications and only {@link #fillOne} moves it.
 */
@Entity
@Table(name = "community_position")
public class CommunityPosition implements AuditableEntity {

  public static final int NAME_MAX = 200;
  public static final int TEXT_MAX = 4000;
  public static final int OPENINGS_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(name = "service_name", nullable = false, length = NAME_MAX)
  private String serviceName;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ServiceKind kind;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "staff_role", nullable = false, length = 30)
  private StaffRole role;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String region;

  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String description;

  @NotNull
  @Min(1)
  @Max(OPENINGS_MAX)
  @Column(nullable = false)
  private Integer openings;

  @Column(nullable = false)
  private int filled;

  @NotNull
  @Column(name = "available_from", nullable = false)
  private LocalDate availableFrom;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(name = "position_qualification", joinColumns = @JoinColumn(name = "position_id"),
      inverseJoinColumns = @JoinColumn(name = "qualification_code"))
  private Set<Qualification> requiredQualifications = new LinkedHashSet<>();

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(name = "position_course", joinColumns = @JoinColumn(name = "position_id"),
      inverseJoinColumns = @JoinColumn(name = "course_code"))
  private Set<TrainingCourse> requiredCourses = new LinkedHashSet<>();

  public CommunityPosition() {
    // a blank position for a form
  }

  public CommunityPosition(String serviceName, ServiceKind kind, StaffRole role, String region, Integer openings, LocalDate availableFrom) {
    this.serviceName = serviceName;
    this.kind = kind;
    this.role = role;
    this.region = region;
    this.openings = openings;
    this.availableFrom = availableFrom;
  }

  /** Openings cannot be cut below the people already accepted. */
  public List<FieldError> crossFieldErrors(int alreadyFilled) {
    List<FieldError> errors = new ArrayList<>();
    if (openings != null && openings < alreadyFilled) {
      errors.add(new FieldError("openings", "{staff.position.openings.belowFilled}"));
    }
    return errors;
  }

  /** Takes what a form or request changed; the count filled is the acceptances' to move. */
  public void updateFrom(CommunityPosition edited) {
    serviceName = edited.serviceName;
    kind = edited.kind;
    role = edited.role;
    region = edited.region;
    description = edited.description;
    openings = edited.openings;
    availableFrom = edited.availableFrom;
    requiredQualifications = new LinkedHashSet<>(edited.requiredQualifications);
    requiredCourses = new LinkedHashSet<>(edited.requiredCourses);
  }

  public int openingsLeft() {
    return openings == null ? 0 : Math.max(0, openings - filled);
  }

  /** Takes one opening for an accepted applicant; false, and nothing taken, when none is left. */
  public boolean fillOne() {
    if (openingsLeft() == 0) {
      return false;
    }
    filled++;
    return true;
  }

  public List<Qualification> qualificationsInOrder() {
    return requiredQualifications.stream().sorted(Comparator.comparingInt(Qualification::getPosition)).toList();
  }

  public List<TrainingCourse> coursesInOrder() {
    return requiredCourses.stream().sorted(Comparator.comparingInt(TrainingCourse::getPosition)).toList();
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

  public String getServiceName() {
    return serviceName;
  }

  public void setServiceName(String serviceName) {
    this.serviceName = serviceName;
  }

  public ServiceKind getKind() {
    return kind;
  }

  public void setKind(ServiceKind kind) {
    this.kind = kind;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getOpenings() {
    return openings;
  }

  public void setOpenings(Integer openings) {
    this.openings = openings;
  }

  public int getFilled() {
    return filled;
  }

  public LocalDate getAvailableFrom() {
    return availableFrom;
  }

  public void setAvailableFrom(LocalDate availableFrom) {
    this.availableFrom = availableFrom;
  }

  public Set<Qualification> getRequiredQualifications() {
    return requiredQualifications;
  }

  public void setRequiredQualifications(Set<Qualification> requiredQualifications) {
    this.requiredQualifications = new LinkedHashSet<>(requiredQualifications);
  }

  public Set<TrainingCourse> getRequiredCourses() {
    return requiredCourses;
  }

  public void setRequiredCourses(Set<TrainingCourse> requiredCourses) {
    this.requiredCourses = new LinkedHashSet<>(requiredCourses);
  }
}
