package org.homeward.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;

/**
 * One domain of an assessment: the need as the person, staff and a carer see it, the help given by
 * family and friends and by services, and in words the person's strengths and the support they need.
 */
@Entity
@Table(name = "domain_assessment")
public class DomainAssessment implements AuditableEntity {

  public static final int NO_NEED = 0;
  public static final int MET = 1;
  public static final int UNMET = 2;
  public static final int NOT_KNOWN = 9;
  static final Set<Integer> NEED_RATINGS = Set.of(NO_NEED, MET, UNMET, NOT_KNOWN);
  static final Set<Integer> HELP_RATINGS = Set.of(0, 1, 2, 3, NOT_KNOWN);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
  private NeedsAssessment assessment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "domain_id", nullable = false, updatable = false)
  private AssessmentDomain domain;

  @Column(name = "person_need")
  private Integer personNeed;

  @Column(name = "staff_need")
  private Integer staffNeed;

  @Column(name = "carer_need")
  private Integer carerNeed;

  @Column(name = "help_family")
  private Integer helpFamily;

  @Column(name = "help_services")
  private Integer helpServices;

  @Size(max = 2000)
  @Column(length = 2000)
  private String strengths;

  @Size(max = 2000)
  @Column(name = "support_needed", length = 2000)
  private String supportNeeded;

  public DomainAssessment() {
    // a blank domain for a form
  }

  public DomainAssessment(AssessmentDomain domain) {
    this.domain = domain;
  }

  void attachTo(NeedsAssessment owner) {
    this.assessment = owner;
  }

  void useDomain(AssessmentDomain managed) {
    this.domain = managed;
  }

  void updateFrom(DomainAssessment edited) {
    personNeed = edited.personNeed;
    staffNeed = edited.staffNeed;
    carerNeed = edited.carerNeed;
    helpFamily = edited.helpFamily;
    helpServices = edited.helpServices;
    strengths = edited.strengths;
    supportNeeded = edited.supportNeeded;
  }

  public Integer need(Perspective perspective) {
    return switch (perspective) {
      case PERSON -> personNeed;
      case STAFF -> staffNeed;
      case CARER -> carerNeed;
    };
  }

  /** Two points of view that both know rate the need differently; the person's view is not overruled. */
  public boolean viewsDiffer() {
    return known(personNeed, staffNeed, carerNeed).distinct().count() > 1;
  }

  /** The person sees a need that staff do not, or the other way round. */
  public boolean personAndStaffDiffer() {
    return known(personNeed, staffNeed).distinct().count() > 1;
  }

  private static java.util.stream.Stream<Integer> known(Integer... needs) {
    return java.util.stream.Stream.of(needs).filter(Objects::nonNull).filter(n -> n != NOT_KNOWN);
  }

  /** Ratings outside the scales, named by their place in the assessment, e.g. {@code domains[3].staffNeed}. */
  List<FieldError> ratingErrors(String prefix) {
    List<FieldError> errors = new ArrayList<>();
    checkRating(errors, prefix + "personNeed", personNeed, NEED_RATINGS, "{assessment.need.scale}");
    checkRating(errors, prefix + "staffNeed", staffNeed, NEED_RATINGS, "{assessment.need.scale}");
    checkRating(errors, prefix + "carerNeed", carerNeed, NEED_RATINGS, "{assessment.need.scale}");
    checkRating(errors, prefix + "helpFamily", helpFamily, HELP_RATINGS, "{assessment.help.scale}");
    checkRating(errors, prefix + "helpServices", helpServices, HELP_RATINGS, "{assessment.help.scale}");
    return errors;
  }

  private static void checkRating(List<FieldError> errors, String field, Integer rating, Set<Integer> scale, String message) {
    if (rating != null && !scale.contains(rating)) {
      errors.add(new FieldError(field, message));
    }
  }

  @Override
  public Long getId() {
    return id;
  }

  public AssessmentDomain getDomain() {
    return domain;
  }

  public Integer getPersonNeed() {
    return personNeed;
  }

  public void setPersonNeed(Integer personNeed) {
    this.personNeed = personNeed;
  }

  public Integer getStaffNeed() {
    return staffNeed;
  }

  public void setStaffNeed(Integer staffNeed) {
    this.staffNeed = staffNeed;
  }

  public Integer getCarerNeed() {
    return carerNeed;
  }

  public void setCarerNeed(Integer carerNeed) {
    this.carerNeed = carerNeed;
  }

  public Integer getHelpFamily() {
    return helpFamily;
  }

  public void setHelpFamily(Integer helpFamily) {
    this.helpFamily = helpFamily;
  }

  public Integer getHelpServices() {
    return helpServices;
  }

  public void setHelpServices(Integer helpServices) {
    this.helpServices = helpServices;
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String strengths) {
    this.strengths = strengths;
  }

  public String getSupportNeeded() {
    return supportNeeded;
  }

  public void setSupportNeeded(String supportNeeded) {
    this.supportNeeded = supportNeeded;
  }
}
