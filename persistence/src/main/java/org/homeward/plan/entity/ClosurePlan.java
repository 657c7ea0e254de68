package org.homeward.plan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.RuleViolationException;

/**
 * The one plan to close an institution, kept as a history of revisions. The revision in force is
 * the approved one; a review works on a draft copied from it, and approving the draft supersedes it.
 * Superseded and approved revisions are never changed, so any earlier state of the plan stays
 * readable.
 */
@Entity
@Table(name = "closure_plan")
public class ClosurePlan implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false)
  private Institution institution;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<PlanRevision> revisions = new ArrayList<>();

  protected ClosurePlan() {
    // for JPA
  }

  /** A new plan whose first revision, a draft, offers the standard milestones of a closure. */
  public static ClosurePlan create(Institution institution, LocalDate targetClosureOn, String by, Instant at, LocalDate today) {
    ClosurePlan plan = new ClosurePlan();
    plan.institution = institution;
    PlanRevision first = new PlanRevision(plan, 1, targetClosureOn, by, at);
    StandardMilestones.offer(institution, today, targetClosureOn).forEach(first::addMilestone);
    plan.revisions.add(first);
    return plan;
  }

  /** Opens a review: a draft copied from the approved revision, which stays as it is. */
  public PlanRevision startReview(String by, Instant at) {
    if (draft().isPresent()) {
      throw new RuleViolationException("plan.review.open");
    }
    PlanRevision approved = approved().orElseThrow(() -> new RuleViolationException("plan.review.notApproved"));
    PlanRevision review = approved.copyAsDraft(revisions.size() + 1, by, at);
    revisions.add(review);
    return review;
  }

  /** Approves the draft {@code revision}; the revision in force until now is superseded. */
  public void approve(PlanRevision revision, String by, Instant at) {
    if (revision.getStatus() != RevisionStatus.DRAFT) {
      throw new RuleViolationException("plan.revision.readOnly");
    }
    approved().ifPresent(PlanRevision::supersede);
    revision.approve(by, at);
  }

  public Optional<PlanRevision> draft() {
    return revisions.stream().filter(r -> r.getStatus() == RevisionStatus.DRAFT).findFirst();
  }

  public Optional<PlanRevision> approved() {
    return revisions.stream().filter(r -> r.getStatus() == RevisionStatus.APPROVED).findFirst();
  }

  /**
   * The revision the committee works on: the draft under review if there is one, the approved
   * revision otherwise. Progress (action status, forecast and actual dates) is recorded only here.
   */
  public PlanRevision current() {
    return draft().orElseGet(() -> approved().orElseThrow());
  }

  public Optional<PlanRevision> revision(int number) {
    return revisions.stream().filter(r -> r.getNumber() == number).findFirst();
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

  public List<PlanRevision> getRevisions() {
    return Collections.unmodifiableList(revisions);
  }
}
