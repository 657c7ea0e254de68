package org.homeward.plan.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;

/** A stage of the closure, such as preparation, moves in waves or the closing of the site. */
@Entity
@Table(name = "plan_phase")
public class Phase implements AuditableEntity {

  public static final int NAME_MAX = 200;
  public static final int DESCRIPTION_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "revision_id", nullable = false, updatable = false)
  private PlanRevision revision;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @NotNull
  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @NotNull
  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Size(max = DESCRIPTION_MAX)
  @Column(length = DESCRIPTION_MAX)
  private String description;

  public Phase() {
    // a blank phase for a form
  }

  public Phase(String name, LocalDate startsOn, LocalDate endsOn, String description) {
    this.name = name;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.description = description;
  }

  void attachTo(PlanRevision owner) {
    this.revision = owner;
  }

  Phase copy() {
    return new Phase(name, startsOn, endsOn, description);
  }

  public void updateFrom(Phase edited) {
    revision.requireDraft();
    name = edited.name;
    startsOn = edited.startsOn;
    endsOn = edited.endsOn;
    description = edited.description;
  }

  public List<FieldError> crossFieldErrors() {
    return FieldError.orderedDates(startsOn, "endsOn", endsOn, "{dates.endBeforeStart}");
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

  public PlanRevision getRevision() {
    return revision;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
