package org.homeward.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.homeward.problem.HomewardException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.staff.boundary.Pathway;
import org.homeward.staff.boundary.PositionMatch;
import org.homeward.staff.boundary.Redeployment;
import org.homeward.staff.boundary.StaffDiscussions;
import org.homeward.staff.boundary.StaffRoster;
import org.homeward.staff.boundary.StaffTrainings;
import org.homeward.staff.entity.ConcernCategory;
import org.homeward.staff.entity.ContractType;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffDiscussion;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.TrainingStatus;
import org.homeward.staff.entity.Willingness;

/**
 * One staff member: their record with willingness and concerns, the training they need and have
 * done, the discussions held with them, and their way into community services (status and its
 * history, applications, positions that fit). With {@code institution} instead of {@code id} the page
 * adds a new person to that institution's roster.
 */
@Named
@ViewScoped
public class StaffMemberView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffRoster roster;
  @Inject StaffTrainings trainingUses;
  @Inject StaffDiscussions discussionUses;
  @Inject Redeployment redeployment;

  private Long id;
  private Long institution;
  private StaffMember member;
  private List<String> qualificationCodes = new ArrayList<>();
  private List<String> concernCodes = new ArrayList<>();
  private List<Qualification> qualifications;
  private List<TrainingCourse> courses;
  private List<StaffTraining> trainings;
  private List<StaffDiscussion> discussions;

  private StaffTraining training;
  private String trainingCourse;
  private Long editedTrainingId;
  private StaffDiscussion discussion;
  private RedeploymentStatus exit;
  private Pathway pathway;
  private Long applyTo;
  private StaffApplication application;

  public void load() {
    try {
      qualifications = roster.qualifications();
      courses = trainingUses.courses();
      if (id != null) {
        reload();
      } else if (institution != null) {
        member = new StaffMember();
      } else {
        throw new RecordNotFoundException("StaffMember", null);
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    member = roster.member(id);
    institution = member.getInstitution().getId();
    qualificationCodes = new ArrayList<>(member.qualificationsInOrder().stream().map(Qualification::getCode).toList());
    concernCodes = new ArrayList<>(member.getConcernCategories().stream().sorted().map(Enum::name).toList());
    trainings = trainingUses.trainings(id);
    discussions = discussionUses.discussions(id);
    newTraining();
    discussion = new StaffDiscussion(LocalDate.now(), null);
    exit = member.hasGone() ? member.getStatus() : null;
    pathway = redeployment.pathway(id);
    applyTo = null;
    application = new StaffApplication(LocalDate.now(), null);
  }

  public String save() {
    try {
      member.setQualifications(new LinkedHashSet<>(qualificationCodes.stream().map(Qualification::ofCode).toList()));
      member.setConcernCategories(new LinkedHashSet<>(concernCodes.stream().map(ConcernCategory::valueOf).toList()));
      if (id == null) {
        StaffMember created = roster.add(institution, member);
        Problems.info("staff.member.saved");
        return "/staff/view?faces-redirect=true&id=" + created.getId();
      }
      member.setStatus(exit != null ? exit : member.hasGone() ? RedeploymentStatus.NOT_STARTED : null);
      roster.update(id, member);
      reload();
      Problems.info("staff.member.saved");
    } catch (HomewardException e) {
      Problems.show(e, "memberForm");
    }
    return null;
  }

  public void newTraining() {
    training = new StaffTraining();
    trainingCourse = null;
    editedTrainingId = null;
  }

  public void editTraining(StaffTraining selected) {
    training = new StaffTraining(selected.getCourse(), selected.getStatus(), selected.getPlannedOn(), selected.getCompletedOn());
    training.setVersion(selected.getVersion());
    trainingCourse = selected.getCourse().getCode();
    editedTrainingId = selected.getId();
  }

  public void saveTraining() {
    try {
      if (editedTrainingId == null) {
        training.setCourse(trainingCourse == null ? null : TrainingCourse.ofCode(trainingCourse));
        trainingUses.record(id, training);
      } else {
        trainingUses.update(id, editedTrainingId, training);
      }
      reload();
      Problems.info("staff.training.saved");
    } catch (HomewardException e) {
      Problems.show(e, "trainingForm");
    }
  }

  public void saveDiscussion() {
    try {
      discussionUses.record(id, discussion);
      reload();
      Problems.info("staff.discussion.saved");
    } catch (HomewardException e) {
      Problems.show(e, "discussionForm");
    }
  }

  /** Puts a suggested position in the application form. */
  public void choose(PositionMatch match) {
    applyTo = match.position().getId();
  }

  public void apply() {
    try {
      if (applyTo == null) {
        throw new InvalidInputException("positionId", "{staff.application.position.required}");
      }
      redeployment.apply(id, applyTo, application);
      reload();
      Problems.info("staff.application.saved");
    } catch (HomewardException e) {
      Problems.show(e, "applyForm");
    }
  }

  /** Retired and left: the only statuses recorded by hand. */
  public List<RedeploymentStatus> getExits() {
    return List.of(RedeploymentStatus.RETIRED, RedeploymentStatus.LEFT);
  }

  public StaffRole[] getRoles() {
    return StaffRole.values();
  }

  public ContractType[] getContractTypes() {
    return ContractType.values();
  }

  public Willingness[] getWillingnesses() {
    return Willingness.values();
  }

  public ConcernCategory[] getConcernCategories() {
    return ConcernCategory.values();
  }

  public TrainingStatus[] getTrainingStatuses() {
    return TrainingStatus.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getInstitution() {
    return institution;
  }

  public void setInstitution(Long institution) {
    this.institution = institution;
  }

  public boolean isNew() {
    return id == null;
  }

  public StaffMember getMember() {
    return member;
  }

  public List<String> getQualificationCodes() {
    return qualificationCodes;
  }

  public void setQualificationCodes(List<String> qualificationCodes) {
    this.qualificationCodes = qualificationCodes;
  }

  public List<String> getConcernCodes() {
    return concernCodes;
  }

  public void setConcernCodes(List<String> concernCodes) {
    this.concernCodes = concernCodes;
  }

  public List<Qualification> getQualifications() {
    return qualifications;
  }

  public List<TrainingCourse> getCourses() {
    return courses;
  }

  public List<StaffTraining> getTrainings() {
    return trainings;
  }

  public List<StaffDiscussion> getDiscussions() {
    return discussions;
  }

  public StaffTraining getTraining() {
    return training;
  }

  public String getTrainingCourse() {
    return trainingCourse;
  }

  public void setTrainingCourse(String trainingCourse) {
    this.trainingCourse = trainingCourse;
  }

  public boolean isEditingTraining() {
    return editedTrainingId != null;
  }

  public StaffDiscussion getDiscussion() {
    return discussion;
  }

  public RedeploymentStatus getExit() {
    return exit;
  }

  public void setExit(RedeploymentStatus exit) {
    this.exit = exit;
  }

  public Pathway getPathway() {
    return pathway;
  }

  public Long getApplyTo() {
    return applyTo;
  }

  public void setApplyTo(Long applyTo) {
    this.applyTo = applyTo;
  }

  public StaffApplication getApplication() {
    return application;
  }
}
