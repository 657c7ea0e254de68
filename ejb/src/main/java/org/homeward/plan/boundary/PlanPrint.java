package org.homeward.plan.boundary;

import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.committee.boundary.CommitteeComposition;
import org.homeward.institution.entity.Institution;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.plan.entity.RepurposingSite;

/**
 * Everything a printed closure plan shows, in the shape published plans take: the institution and
 * its residents, the timeline and milestones, buildings and land, consultation and public input.
 * It is audited as a print of its revision.
 */
public record PlanPrint(
    Institution institution,
    PlanRevision revision,
    CommitteeComposition committee,
    List<ConsultationEvent> consultations,
    List<RepurposingSite> sites,
    LocalDate printedOn) implements AuditableEntity {

  @Override
  public Long getId() {
    return revision.getId();
  }

  @Override
  public String auditType() {
    return "PlanRevision";
  }
}
