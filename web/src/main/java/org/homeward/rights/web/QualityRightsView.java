package org.homeward.rights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.rights.boundary.QualityRights;
import org.homeward.rights.entity.QualityRightsAssessment;
import org.homeward.rights.entity.QualityRightsScore;
import org.homeward.rights.entity.QualityRightsStandard;
import org.homeward.rights.entity.QualityRightsTheme;
import org.homeward.security.entity.Role;

/** An institution's QualityRights assessments side by side by theme, the latest one standard by standard, and a new one. */
@Named
@ViewScoped
public class QualityRightsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QualityRights qualityRights;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private Map<String, QualityRightsStandard> standards;
  private List<QualityRightsAssessment> assessments;
  private QualityRightsAssessment draft = new QualityRightsAssessment();
  private Map<String, QualityRightsScore> scores = new HashMap<>();

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      standards = qualityRights.standards();
      assessments = qualityRights.assessments(id);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** Whether the caller's role records assessments; the service checks role and scope again. */
  public boolean isAssessor() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name())
        || security.isCallerInRole(Role.FOCAL_POINT.name());
  }

  public void record() {
    try {
      draft.setScores(scores);
      qualityRights.record(id, draft);
      draft = new QualityRightsAssessment();
      scores = new HashMap<>();
      assessments = qualityRights.assessments(id);
      Problems.info("rights.qualityRights.recorded");
    } catch (HomewardException e) {
      Problems.show(e, "assessmentForm");
    }
  }

  /** A theme's share in an assessment, e.g. {@code 56%}, or a dash when none of its standards applied. */
  public String share(QualityRightsAssessment assessment, QualityRightsTheme theme) {
    BigDecimal share = assessment.themeShares(standards).get(theme);
    return share == null ? "–" : share.toPlainString() + "%";
  }

  public QualityRightsAssessment getLatest() {
    return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
  }

  public List<QualityRightsStandard> getStandards() {
    return new ArrayList<>(standards.values());
  }

  public QualityRightsTheme[] getThemes() {
    return QualityRightsTheme.values();
  }

  public QualityRightsScore[] getScale() {
    return QualityRightsScore.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public List<QualityRightsAssessment> getAssessments() {
    return assessments;
  }

  public QualityRightsAssessment getDraft() {
    return draft;
  }

  public Map<String, QualityRightsScore> getScores() {
    return scores;
  }
}
