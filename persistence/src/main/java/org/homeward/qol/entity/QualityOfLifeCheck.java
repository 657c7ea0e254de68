package org.homeward.qol.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/**
 * A short quality-of-life check with the person: how they feel about each {@link LifeDomain}, in a
 * rating and their own words, asked before the move and at about one and two years after it, so
 * that the move can be judged by the person's own view of their life.
 */
@Entity
@Table(name = "quality_of_life_check")
public class QualityOfLifeCheck implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotNull
  @PastOrPresent
  @Column(name = "asked_on", nullable = false)
  private LocalDate askedOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Timepoint timepoint;

  @NotBlank
  @Size(max = 200)
  @Column(name = "asked_by", nullable = false, length = 200)
  private String askedBy;

  @Size(max = 500)
  @Column(name = "how_answered", length = 500)
  private String howAnswered;

  @OneToMany(mappedBy = "check", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<LifeAnswer> answers = new ArrayList<>();

  protected QualityOfLifeCheck() {
    // for JPA, which loads the answers
  }

  /** A check with every domain not answered yet. */
  public QualityOfLifeCheck(LocalDate askedOn, Timepoint timepoint, String askedBy) {
    this.askedOn = askedOn;
    this.timepoint = timepoint;
    this.askedBy = askedBy;
    Arrays.stream(LifeDomain.values()).forEach(d -> answers.add(new LifeAnswer(this, d)));
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  /**
   * A check before the move is dated before it (or the person has not moved); the checks after it
   * only once the person has moved, and no earlier than the timepoint allows. Ratings and words are
   * checked here rather than field by field so that each error names its domain.
   */
  public List<FieldError> crossFieldErrors(LocalDate movedOn) {
    List<FieldError> errors = new ArrayList<>(timingErrors(movedOn));
    for (LifeAnswer answer : answers) {
      if (!answer.ratingInRange()) {
        errors.add(new FieldError(answer.getDomain().field(), "{qol.rating.range}"));
      }
      if (!answer.wordsFit()) {
        errors.add(new FieldError(answer.getDomain().wordsField(), "{qol.ownWords.size}"));
      }
    }
    return errors;
  }

  private List<FieldError> timingErrors(LocalDate movedOn) {
    if (askedOn == null || timepoint == null) {
      return List.of();
    }
    if (!timepoint.afterMove()) {
      return movedOn != null && !askedOn.isBefore(movedOn)
          ? List.of(new FieldError("askedOn", "{qol.askedOn.notBeforeMove}"))
          : List.of();
    }
    if (movedOn == null) {
      return List.of(new FieldError("timepoint", "{qol.timepoint.notMoved}"));
    }
    if (askedOn.isBefore(movedOn.plusMonths(timepoint.earliestMonthsAfterMove()))) {
      return List.of(new FieldError("askedOn",
          timepoint == Timepoint.ABOUT_ONE_YEAR ? "{qol.askedOn.oneYearTooEarly}" : "{qol.askedOn.twoYearsTooEarly}"));
    }
    return List.of();
  }

  /** The answer about {@code domain}; every check holds one for each domain. */
  public LifeAnswer answer(LifeDomain domain) {
    return answers.stream().filter(a -> a.getDomain() == domain).findFirst().orElseThrow();
  }

  /** In the order of {@link LifeDomain}. */
  public List<LifeAnswer> getAnswers() {
    return answers.stream().sorted(Comparator.comparing(LifeAnswer::getDomain)).toList();
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Resident getResident() {
    return resident;
  }

  public LocalDate getAskedOn() {
    return askedOn;
  }

  public void setAskedOn(LocalDate askedOn) {
    this.askedOn = askedOn;
  }

  public Timepoint getTimepoint() {
    return timepoint;
  }

  public void setTimepoint(Timepoint timepoint) {
    this.timepoint = timepoint;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public void setAskedBy(String askedBy) {
    this.askedBy = askedBy;
  }

  public String getHowAnswered() {
    return howAnswered;
  }

  public void setHowAnswered(String howAnswered) {
    this.howAnswered = howAnswered;
  }
}
