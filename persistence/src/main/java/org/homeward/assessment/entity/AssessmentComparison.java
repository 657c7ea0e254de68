package org.homeward.assessment.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.homeward.audit.entity.AuditedRecord;

/**
 * What changed between two assessments of a person in the same framework: the met and unmet totals
 * from each point of view, and each domain whose need rating moved.
 */
public record AssessmentComparison(NeedsAssessment earlier, NeedsAssessment later, List<Change> changes) implements AuditedRecord, Serializable {

  /** Audited as a read of the person's record. */
  @Override
  public Long getId() {
    return earlier.getResident() == null ? null : earlier.getResident().getId();
  }

  @Override
  public String auditType() {
    return "Resident";
  }

  /** A domain whose need, as the person or staff see it, is rated differently in the later assessment. */
  public record Change(AssessmentDomain domain, Integer personBefore, Integer personAfter, Integer staffBefore, Integer staffAfter) implements Serializable {

    /** Unmet before, met or no longer needed after, from the person's own point of view. */
    public boolean improvedForPerson() {
      return Objects.equals(personBefore, DomainAssessment.UNMET)
          && (Objects.equals(personAfter, DomainAssessment.MET) || Objects.equals(personAfter, DomainAssessment.NO_NEED));
    }
  }

  /** Orders the two by date; both must use the same framework. */
  public static AssessmentComparison of(NeedsAssessment one, NeedsAssessment other) {
    if (!one.getFramework().getCode().equals(other.getFramework().getCode())) {
      throw new IllegalArgumentException("assessments in different frameworks");
    }
    boolean oneFirst = !one.getAssessedOn().isAfter(other.getAssessedOn());
    NeedsAssessment earlier = oneFirst ? one : other;
    NeedsAssessment later = oneFirst ? other : one;
    List<Change> changes = new ArrayList<>();
    for (AssessmentDomain domain : later.getFramework().getDomains()) {
      Integer personBefore = need(earlier, domain, Perspective.PERSON);
      Integer personAfter = need(later, domain, Perspective.PERSON);
      Integer staffBefore = need(earlier, domain, Perspective.STAFF);
      Integer staffAfter = need(later, domain, Perspective.STAFF);
      if (!Objects.equals(personBefore, personAfter) || !Objects.equals(staffBefore, staffAfter)) {
        changes.add(new Change(domain, personBefore, personAfter, staffBefore, staffAfter));
      }
    }
    return new AssessmentComparison(earlier, later, changes);
  }

  private static Integer need(NeedsAssessment assessment, AssessmentDomain domain, Perspective perspective) {
    return assessment.domain(domain.getCode()).map(d -> d.need(perspective)).orElse(null);
  }
}
