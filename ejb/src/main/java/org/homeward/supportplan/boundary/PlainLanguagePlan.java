package org.homeward.supportplan.boundary;

import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.supportplan.entity.SupportPlanRevision;

/**
 * What the summary the person keeps shows: the plan agreed with them (or, before any agreement, the
 * latest draft), when it is looked at again, and who to call. It is audited as a print of its revision.
 *
 * @param focalPoint the focal point's name; null when the person has none
 * @param reviewMonths the months after the move when reviews fall due, for a person who has not moved yet
 */
public record PlainLanguagePlan(
    String personName,
    SupportPlanRevision revision,
    String focalPoint,
    ReviewSchedule reviews,
    List<Integer> reviewMonths,
    LocalDate printedOn) implements AuditableEntity {

  @Override
  public Long getId() {
    return revision.getId();
  }

  @Override
  public String auditType() {
    return "SupportPlanRevision";
  }
}
