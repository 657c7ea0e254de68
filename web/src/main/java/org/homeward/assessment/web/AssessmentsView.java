package org.homeward.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.assessment.api.DomainLabels;
import org.homeward.assessment.boundary.NeedsAssessments;
import org.homeward.assessment.entity.AssessmentComparison;
import org.homeward.assessment.entity.AssessmentDomain;
import org.homeward.assessment.entity.AssessmentFramework;
import org.homeward.assessment.entity.NeedsAssessment;
import org.homeward.problem.HomewardException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.problem.web.Problems;
import org.homeward.resident.web.ResidentPageView;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.entity.UserAccount;

/** A person's needs assessments: the list with totals, one assessment open for rating, and a comparison of two. */
@Named
@ViewScoped
public class AssessmentsView extends ResidentPageView {

  private static final long serialVersionUID = 1L;

  @Inject NeedsAssessments needsAssessments;
  @Inject CurrentCaller caller;

  private List<AssessmentFramework> frameworks;
  private List<NeedsAssessment> assessments;
  private String frameworkCode = "WHO";
  private NeedsAssessment open;
  private Long compareFrom;
  private Long compareTo;
  private AssessmentComparison comparison;

  @Override
  protected void reload() {
    frameworks = needsAssessments.frameworks();
    assessments = needsAssessments.assessments(getId());
  }

  /** Opens a blank assessment in the chosen framework, offering every domain; nothing is saved yet. */
  public void start() {
    frameworks.stream().filter(f -> f.getCode().equals(frameworkCode)).findFirst()
        .ifPresent(f -> open = NeedsAssessment.blank(f, LocalDate.now(),
            caller.account().map(UserAccount::getDisplayName).orElse(caller.name())));
  }

  public void edit(long assessmentId) {
    try {
      open = needsAssessments.assessment(getId(), assessmentId);
    } catch (HomewardException e) {
      Problems.show(e, "assessmentForm");
    }
  }

  public void save() {
    try {
      if (open.getId() == null) {
        needsAssessments.record(getId(), open);
      } else {
        needsAssessments.update(getId(), open.getId(), open);
      }
      open = null;
      assessments = needsAssessments.assessments(getId());
      Problems.info("assessment.saved");
    } catch (HomewardException e) {
      Problems.show(e, "assessmentForm");
    }
  }

  public void close() {
    open = null;
  }

  public void compare() {
    try {
      if (compareFrom == null || compareTo == null) {
        throw new InvalidInputException(compareFrom == null ? "compareFrom" : "compareTo",
            "{assessment.compare.choose}");
      }
      comparison = needsAssessments.compare(getId(), compareFrom, compareTo);
    } catch (HomewardException e) {
      comparison = null;
      Problems.show(e, "compareForm");
    }
  }

  public String label(AssessmentDomain domain) {
    return DomainLabels.of(domain, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** A need rating in words, e.g. "2 unmet need", or a dash when the view was not asked. */
  public String needText(Integer rating) {
    return rating == null ? "–" : text("assessment.need." + rating);
  }

  public List<SelectItem> getNeedRatings() {
    return ratings("assessment.need.", 0, 1, 2, 9);
  }

  public List<SelectItem> getHelpRatings() {
    return ratings("assessment.help.", 0, 1, 2, 3, 9);
  }

  private static List<SelectItem> ratings(String labelPrefix, int... values) {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem(null, text("assessment.notAsked")));
    for (int value : values) {
      items.add(new SelectItem(value, text(labelPrefix + value)));
    }
    return items;
  }

  private static String text(String key) {
    return ProblemMessages.text(key, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<AssessmentFramework> getFrameworks() {
    return frameworks;
  }

  public List<NeedsAssessment> getAssessments() {
    return assessments;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public void setFrameworkCode(String frameworkCode) {
    this.frameworkCode = frameworkCode;
  }

  public NeedsAssessment getOpen() {
    return open;
  }

  public Long getCompareFrom() {
    return compareFrom;
  }

  public void setCompareFrom(Long compareFrom) {
    this.compareFrom = compareFrom;
  }

  public Long getCompareTo() {
    return compareTo;
  }

  public void setCompareTo(Long compareTo) {
    this.compareTo = compareTo;
  }

  public AssessmentComparison getComparison() {
    return comparison;
  }
}
