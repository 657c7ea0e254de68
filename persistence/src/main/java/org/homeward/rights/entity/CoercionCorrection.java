package org.homeward.rights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.homeward.audit.entity.AuditableEntity;

/** The facts of a coercive practice event as they stood before one correction, with who corrected them, when and why. Never changed. */
@Entity
@Table(name = "coercive_event_correction")
public class CoercionCorrection implements AuditableEntity {

  public static final int WHY_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id", nullable = false, updatable = false)
  private CoerciveEvent event;

  @Embedded private CoercionFacts previous;

  @Column(nullable = false, length = WHY_MAX, updatable = false)
  private String why;

  @Column(name = "corrected_by", nullable = false, length = 100, updatable = false)
  private String correctedBy;

  @Column(name = "corrected_at", nullable = false, updatable = false)
  private Instant correctedAt;

  protected CoercionCorrection() {
    // for JPA
  }

  CoercionCorrection(CoerciveEvent event, CoercionFacts previous, String why, String by, Instant at) {
    this.event = event;
    this.previous = previous;
    this.why = why;
    this.correctedBy = by;
    this.correctedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public CoerciveEvent getEvent() {
    return event;
  }

  /** The facts as they stood before this correction. */
  public CoercionFacts getPrevious() {
    return previous;
  }

  public String getWhy() {
    return why;
  }

  public String getCorrectedBy() {
    return correctedBy;
  }

  public Instant getCorrectedAt() {
    return correctedAt;
  }
}
