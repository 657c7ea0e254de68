package org.homeward.personsrecord.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homeward.assessment.entity.NeedsAssessment;
import org.homeward.audit.entity.AuditedRecord;
import org.homeward.followup.entity.FollowUpVisit;
import org.homeward.network.entity.Contact;
import org.homeward.placement.entity.LivingOption;
import org.homeward.placement.entity.Placement;
import org.homeward.placement.entity.PreMoveDiscussion;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.resident.entity.Resident;
import org.homeward.supportplan.entity.SupportPlanRevision;
import org.homeward.voice.entity.InformationGiven;
import org.homeward.voice.entity.Supporter;

/**
 * Everything Homeward holds about one person, as they may ask to see it: audited as an export of
 * their record.
 */
public record PersonsRecord(
    Resident resident,
    Instant exportedAt,
    String exportedBy,
    List<Supporter> supporters,
    List<InformationGiven> information,
    List<Contact> contacts,
    List<NeedsAssessment> assessments,
    List<SupportPlanRevision> supportPlan,
    List<LivingOption> livingOptions,
    Optional<Placement> placement,
    List<PreMoveDiscussion> preMoveDiscussions,
    List<FollowUpVisit> followUps,
    List<QualityOfLifeCheck> qualityOfLife) implements AuditedRecord {

  @Override
  public Long getId() {
    return resident.getId();
  }

  @Override
  public String auditType() {
    return "Resident";
  }
}
