package org.homeward.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;
import org.homeward.staff.boundary.CommunityPositions;
import org.homeward.staff.boundary.Redeployment;
import org.homeward.staff.boundary.StaffMatch;
import org.homeward.staff.boundary.StaffRoster;
import org.homeward.staff.boundary.StaffTrainings;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.TrainingCourse;

/**
 * One community position: its details (kept by administrators and the ministry), the staff of the
 * caller's institutions who fit it, and the applications to it. Without an id the page adds a position.
 */
@Named
@ViewScoped
public class PositionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CommunityPositions positions;
  @Inject Redeployment redeployment;
  @Inject StaffRoster roster;
  @Inject StaffTrainings trainings;
  @Inject SecurityContext security;

  private Long id;
  private CommunityPosition position;
  private List<String> qualificationCodes = new ArrayList<>();
  private List<String> courseCodes = new ArrayList<>();
  private List<Qualification> qualifications;
  private List<TrainingCourse> courses;
  private List<StaffMatch> candidates;
  private List<StaffApplication> applications;

  public void load() {
    try {
      qualifications = roster.qualifications();
      courses = trainings.courses();
      if (id == null) {
        position = new CommunityPosition();
        position.setAvailableFrom(LocalDate.now());
      } else {
        reload();
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    position = positions.position(id);
    qualificationCodes = new ArrayList<>(position.qualificationsInOrder().stream().map(Qualification::getCode).toList());
    courseCodes = new ArrayList<>(position.coursesInOrder().stream().map(TrainingCourse::getCode).toList());
    if (isMatcher()) {
      candidates = redeployment.candidates(id);
      applications = redeployment.applicationsTo(id);
    }
  }

  public String save() {
    try {
      position.setRequiredQualifications(new LinkedHashSet<>(qualificationCodes.stream().map(Qualification::ofCode).toList()));
      position.setRequiredCourses(new LinkedHashSet<>(courseCodes.stream().map(TrainingCourse::ofCode).toList()));
      if (id == null) {
        CommunityPosition created = positions.add(position);
        Problems.info("staff.position.saved");
        return "/positions/view?faces-redirect=true&id=" + created.getId();
      }
      positions.update(id, position);
      reload();
      Problems.info("staff.position.saved");
    } catch (HomewardException e) {
      Problems.show(e, "positionForm");
    }
    return null;
  }

  /** Whether the caller keeps positions; the service checks again. */
  public boolean isKeeper() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.MINISTRY.name());
  }

  /** Whether the caller keeps staff records and so sees who fits and who applied; the service checks again. */
  public boolean isMatcher() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public ServiceKind[] getKinds() {
    return ServiceKind.values();
  }

  public StaffRole[] getRoles() {
    return StaffRole.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isNew() {
    return id == null;
  }

  public CommunityPosition getPosition() {
    return position;
  }

  public List<String> getQualificationCodes() {
    return qualificationCodes;
  }

  public void setQualificationCodes(List<String> qualificationCodes) {
    this.qualificationCodes = qualificationCodes;
  }

  public List<String> getCourseCodes() {
    return courseCodes;
  }

  public void setCourseCodes(List<String> courseCodes) {
    this.courseCodes = courseCodes;
  }

  public List<Qualification> getQualifications() {
    return qualifications;
  }

  public List<TrainingCourse> getCourses() {
    return courses;
  }

  public List<StaffMatch> getCandidates() {
    return candidates;
  }

  public List<StaffApplication> getApplications() {
    return applications;
  }
}
