package org.homeward.rights.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;

/**
 * An assessment of an institution against the WHO QualityRights Tool Kit: on a date, by its
 * assessors, each standard scored on the toolkit's scale. Assessments are compared over time by each
 * theme's share of what could be achieved.
 */
@Entity
@Table(name = "quality_rights_assessment")
public class QualityRightsAssessment implements AuditableEntity {

  public static final int ASSESSORS_MAX = 500;
  public static final int NOTES_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false)
  private Institution institution;

  @NotNull
  @PastOrPresent
  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @NotBlank
  @Size(max = ASSESSORS_MAX)
  @Column(nullable = false, length = ASSESSORS_MAX)
  private String assessors;

  @Size(max = NOTES_MAX)
  @Column(length = NOTES_MAX)
  private String notes;

  /** By standard code. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "quality_rights_score", joinColumns = @JoinColumn(name = "assessment_id"))
  @MapKeyColumn(name = "standard_code", length = 10)
  @Enumerated(EnumType.STRING)
  @Column(name = "score", length = 20)
  private Map<String, QualityRightsScore> scores = new LinkedHashMap<>();

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  public QualityRightsAssessment() {
    // a blank assessment for a form
  }

  public QualityRightsAssessment(LocalDate assessedOn, String assessors, Map<String, QualityRightsScore> scores) {
    this.assessedOn = assessedOn;
    this.assessors = assessors;
    this.scores = new LinkedHashMap<>(scores);
  }

  public void recordAt(Institution home, String by, Instant at) {
    institution = home;
    recordedBy = by;
    recordedAt = at;
  }

  /**
   * Each theme's points as a percentage of the most its applicable standards could score (3 each),
   * to whole percent; a theme with no applicable standard scored is left out.
   */
  public Map<QualityRightsTheme, BigDecimal> themeShares(Map<String, QualityRightsStandard> standards) {
    Map<QualityRightsTheme, int[]> sums = new EnumMap<>(QualityRightsTheme.class);
    scores.forEach((code, score) -> {
      QualityRightsStandard standard = standards.get(code);
      if (standard != null && score != null && score.points() != null) {
        int[] sum = sums.computeIfAbsent(standard.getTheme(), t -> new int[2]);
        sum[0] += score.points();
        sum[1] += 3;
      }
    });
    Map<QualityRightsTheme, BigDecimal> shares = new EnumMap<>(QualityRightsTheme.class);
    sums.forEach((theme, sum) -> shares.put(theme,
        BigDecimal.valueOf(sum[0] * 100L).divide(BigDecimal.valueOf(sum[1]), 0, RoundingMode.HALF_UP)));
    return shares;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Institution getInstitution() {
    return institution;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public void setAssessedOn(LocalDate assessedOn) {
    this.assessedOn = assessedOn;
  }

  public String getAssessors() {
    return assessors;
  }

  public void setAssessors(String assessors) {
    this.assessors = assessors;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Map<String, QualityRightsScore> getScores() {
    return scores;
  }

  public void setScores(Map<String, QualityRightsScore> scores) {
    this.scores = new LinkedHashMap<>(scores);
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
