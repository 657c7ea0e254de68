package org.homeward.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/**
 * A dated, holistic and strengths-based assessment of a person's support needs in one framework's
 * domains. Assessments are repeated as needs change; two of them can be compared.
 */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "framework", nullable = false, updatable = false)
  private AssessmentFramework framework;

  @NotNull
  @PastOrPresent
  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @NotBlank
  @Size(max = 200)
  @Column(name = "assessed_by", nullable = false, length = 200)
  private String assessedBy;

  @Size(max = 1000)
  @Column(name = "how_person_took_part", length = 1000)
  private String howPersonTookPart;

  @Size(max = 4000)
  @Column(length = 4000)
  private String notes;

  @Valid
  @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<DomainAssessment> domains = new ArrayList<>();

  public NeedsAssessment() {
    // a blank assessment for a form
  }

  public NeedsAssessment(AssessmentFramework framework, LocalDate assessedOn, String assessedBy) {
    this.framework = framework;
    this.assessedOn = assessedOn;
    this.assessedBy = assessedBy;
  }

  /** A blank assessment offering every domain of the framework. */
  public static NeedsAssessment blank(AssessmentFramework framework, LocalDate assessedOn, String assessedBy) {
    NeedsAssessment assessment = new NeedsAssessment(framework, assessedOn, assessedBy);
    framework.getDomains().forEach(d -> assessment.add(new DomainAssessment(d)));
    return assessment;
  }

  /** Refers to the framework and domains as read in this transaction rather than copies read earlier. */
  public void useFramework(AssessmentFramework managed) {
    framework = managed;
    domains.forEach(d -> d.useDomain(managed.domain(d.getDomain().getCode()).orElse(d.getDomain())));
  }

  public void attachTo(Resident owner) {
    this.resident = owner;
  }

  public void add(DomainAssessment domain) {
    domain.attachTo(this);
    domains.add(domain);
  }

  /** Takes the edited words and ratings; domains left out of the edit are removed. */
  public void updateFrom(NeedsAssessment edited) {
    assessedOn = edited.assessedOn;
    assessedBy = edited.assessedBy;
    howPersonTookPart = edited.howPersonTookPart;
    notes = edited.notes;
    Map<Long, DomainAssessment> wanted = edited.domains.stream()
        .collect(Collectors.toMap(d -> d.getDomain().getId(), Function.identity()));
    domains.removeIf(d -> !wanted.containsKey(d.getDomain().getId()));
    Map<Long, DomainAssessment> kept = domains.stream().collect(Collectors.toMap(d -> d.getDomain().getId(), Function.identity()));
    wanted.forEach((domainId, d) -> {
      if (kept.containsKey(domainId)) {
        kept.get(domainId).updateFrom(d);
      } else {
        DomainAssessment added = new DomainAssessment(d.getDomain());
        added.updateFrom(d);
        add(added);
      }
    });
  }

  /** Ratings outside their scales, a domain assessed twice, or an assessment before the person was admitted. */
  public List<FieldError> crossFieldErrors(LocalDate admittedOn) {
    List<FieldError> errors = new ArrayList<>();
    if (assessedOn != null && admittedOn != null && assessedOn.isBefore(admittedOn)) {
      errors.add(new FieldError("assessedOn", "{assessment.assessedOn.beforeAdmission}"));
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < domains.size(); i++) {
      DomainAssessment domain = domains.get(i);
      errors.addAll(domain.ratingErrors("domains[" + i + "]."));
      if (framework != null && !domain.getDomain().getFramework().getCode().equals(framework.getCode())) {
        errors.add(new FieldError("domains[" + i + "].code", "{assessment.domain.unknown}"));
      }
      if (!seen.add(domain.getDomain().getId())) {
        errors.add(new FieldError("domains[" + i + "].code", "{assessment.domain.twice}"));
      }
    }
    return errors;
  }

  public NeedTotals totals(Perspective perspective) {
    int met = 0;
    int unmet = 0;
    int noNeed = 0;
    int notKnown = 0;
    for (DomainAssessment domain : domains) {
      Integer need = domain.need(perspective);
      if (need == null) {
        continue;
      }
      switch (need) {
        case DomainAssessment.MET -> met++;
        case DomainAssessment.UNMET -> unmet++;
        case DomainAssessment.NO_NEED -> noNeed++;
        default -> notKnown++;
      }
    }
    return new NeedTotals(met, unmet, noNeed, notKnown);
  }

  /** The domains where points of view differ, in the framework's order. */
  public List<DomainAssessment> disagreements() {
    return getDomains().stream().filter(DomainAssessment::viewsDiffer).toList();
  }

  public Optional<DomainAssessment> domain(int code) {
    return domains.stream().filter(d -> d.getDomain().getCode() == code).findFirst();
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

  public Resident getResident() {
    return resident;
  }

  public AssessmentFramework getFramework() {
    return framework;
  }

  public LocalDate getAssessedOn() {
    return assessedOn;
  }

  public void setAssessedOn(LocalDate assessedOn) {
    this.assessedOn = assessedOn;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public void setAssessedBy(String assessedBy) {
    this.assessedBy = assessedBy;
  }

  public String getHowPersonTookPart() {
    return howPersonTookPart;
  }

  public void setHowPersonTookPart(String howPersonTookPart) {
    this.howPersonTookPart = howPersonTookPart;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  /** In the framework's order of codes. */
  public List<DomainAssessment> getDomains() {
    return domains.stream().sorted(Comparator.comparingInt(d -> d.getDomain().getCode())).toList();
  }
}
