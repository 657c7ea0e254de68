package org.homeward.personsrecord.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.homeward.assessment.control.AssessmentRepository;
import org.homeward.assessment.entity.NeedsAssessment;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.followup.control.FollowUpRepository;
import org.homeward.network.control.NetworkRepository;
import org.homeward.placement.control.PlacementRepository;
import org.homeward.placement.entity.PreMoveDiscussion;
import org.homeward.qol.control.QualityOfLifeRepository;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.supportplan.control.SupportPlanRepository;
import org.homeward.supportplan.entity.SupportPlanRevision;
import org.homeward.voice.entity.InformationGiven;
import org.homeward.voice.entity.Supporter;

/**
 * The person's own record, whole, for their right of access: given to whoever may see the person's
 * record (to hand to the person), and written to the audit trail as an export.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class PersonsRecords {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  @Inject ResidentAccess access;
  @Inject AssessmentRepository assessments;
  @Inject SupportPlanRepository supportPlans;
  @Inject PlacementRepository placements;
  @Inject FollowUpRepository followUps;
  @Inject NetworkRepository network;
  @Inject QualityOfLifeRepository qualityOfLife;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @RecordsRead(AuditAction.EXPORT)
  public PersonsRecord export(long residentId) {
    Resident resident = access.require(residentId);
    resident.getStatusHistory().size();
    resident.getFocalPointHistory().size();
    List<NeedsAssessment> assessed = assessments.assessments(residentId);
    assessed.forEach(a -> a.getDomains().size());
    List<SupportPlanRevision> plan = supportPlans.revisions(residentId);
    plan.forEach(r -> r.getSteps().size());
    List<PreMoveDiscussion> discussions = placements.discussions(residentId);
    discussions.forEach(d -> d.getServices().size());
    return new PersonsRecord(resident, clock.instant(), caller.name(), supporters(residentId), information(residentId),
        network.contacts(residentId), assessed, plan,
        placements.options(residentId), placements.placement(residentId), discussions, followUps.visits(residentId), qualityOfLifeChecks(residentId));
  }

  private List<QualityOfLifeCheck> qualityOfLifeChecks(long residentId) {
    List<QualityOfLifeCheck> checks = qualityOfLife.checks(residentId);
    checks.forEach(c -> c.getAnswers().size());
    return checks;
  }

  private List<Supporter> supporters(long residentId) {
    return em.createQuery("select s from Supporter s where s.resident.id = :id order by s.chosenOn, s.id", Supporter.class)
        .setParameter("id", residentId).getResultList();
  }

  private List<InformationGiven> information(long residentId) {
    return em.createQuery("select i from InformationGiven i where i.resident.id = :id order by i.givenOn, i.id", InformationGiven.class)
        .setParameter("id", residentId).getResultList();
  }
}
