package org.homeward.qol.entity;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.homeward.audit.entity.AuditableEntity;

/**
 * The person's answer about one domain: a rating from 1 (very unhappy) to 5 (very happy), or none
 * when they did not want to answer, and what they said in their own words.
 */
@Entity
@Table(name = "quality_of_life_answer")
public class LifeAnswer implements AuditableEntity {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;
  public static final int WORDS_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "check_id", nullable = false, updatable = false)
  private QualityOfLifeCheck check;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private LifeDomain domain;

  @Min(LOWEST)
  @Max(HIGHEST)
  private Integer rating;

  @Size(max = WORDS_MAX)
  @Column(name = "own_words", length = WORDS_MAX)
  private String ownWords;

  protected LifeAnswer() {
    // for JPA
  }

  LifeAnswer(QualityOfLifeCheck check, LifeDomain domain) {
    this.check = check;
    this.domain = domain;
  }

  /** Whether the person gave a rating (they may choose not to). */
  public boolean answered() {
    return rating != null;
  }

  boolean ratingInRange() {
    return rating == null || (rating >= LOWEST && rating <= HIGHEST);
  }

  boolean wordsFit() {
    return ownWords == null || ownWords.length() <= WORDS_MAX;
  }

  @Override
  public Long getId() {
    return id;
  }

  public QualityOfLifeCheck getCheck() {
    return check;
  }

  public LifeDomain getDomain() {
    return domain;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getOwnWords() {
    return ownWords;
  }

  public void setOwnWords(String ownWords) {
    this.ownWords = ownWords;
  }
}
