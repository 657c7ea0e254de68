package org.homeward.committee.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.homeward.committee.boundary.CommitteeComposition;
import org.homeward.committee.boundary.Committees;
import org.homeward.committee.entity.CommitteeMeeting;
import org.homeward.committee.entity.CommitteeMember;
import org.homeward.committee.entity.Constituency;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;

/** An institution's committee: who serves, which constituencies are missing, and the meetings held. */
@Named
@ViewScoped
public class CommitteeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Committees committees;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private List<CommitteeMember> members;
  private List<CommitteeMeeting> meetings;
  private CommitteeComposition composition;

  private CommitteeMember member;
  private Long editedMemberId;
  private CommitteeMeeting meeting;
  private Long editedMeetingId;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    members = committees.members(id);
    meetings = committees.meetings(id);
    composition = committees.composition(id);
  }

  /** Whether the caller's role keeps committees; the service checks role and scope again on every change. */
  public boolean isEditor() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public void newMember() {
    member = new CommitteeMember();
    editedMemberId = null;
  }

  public void editMember(CommitteeMember selected) {
    member = new CommitteeMember(selected.getName(), selected.getOrganisation(), selected.getConstituency(), selected.getCommitteeRole(),
        selected.getMemberFrom(), selected.getMemberTo());
    member.setVersion(selected.getVersion());
    editedMemberId = selected.getId();
  }

  public void saveMember() {
    try {
      if (editedMemberId == null) {
        committees.addMember(id, member);
      } else {
        committees.updateMember(id, editedMemberId, member);
      }
      member = null;
      reload();
      Problems.info("committee.member.saved");
    } catch (HomewardException e) {
      Problems.show(e, "memberForm");
    }
  }

  public void removeMember(CommitteeMember selected) {
    try {
      committees.removeMember(id, selected.getId());
      reload();
      Problems.info("committee.member.removed");
    } catch (HomewardException e) {
      Problems.show(e, "membersForm");
    }
  }

  public void newMeeting() {
    meeting = new CommitteeMeeting();
    editedMeetingId = null;
  }

  public void editMeeting(CommitteeMeeting selected) {
    meeting = new CommitteeMeeting(selected.getHeldOn(), selected.getAttendees(), selected.getMinutes(), selected.getDecisions());
    meeting.setVersion(selected.getVersion());
    editedMeetingId = selected.getId();
  }

  public void saveMeeting() {
    try {
      if (editedMeetingId == null) {
        committees.addMeeting(id, meeting);
      } else {
        committees.updateMeeting(id, editedMeetingId, meeting);
      }
      meeting = null;
      reload();
      Problems.info("committee.meeting.saved");
    } catch (HomewardException e) {
      Problems.show(e, "meetingForm");
    }
  }

  public void removeMeeting(CommitteeMeeting selected) {
    try {
      committees.removeMeeting(id, selected.getId());
      reload();
      Problems.info("committee.meeting.removed");
    } catch (HomewardException e) {
      Problems.show(e, "meetingsForm");
    }
  }

  public Constituency[] getConstituencies() {
    return Constituency.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public List<CommitteeMember> getMembers() {
    return members;
  }

  public List<CommitteeMeeting> getMeetings() {
    return meetings;
  }

  public CommitteeComposition getComposition() {
    return composition;
  }

  public CommitteeMember getMember() {
    return member;
  }

  public boolean isEditingMember() {
    return editedMemberId != null;
  }

  public CommitteeMeeting getMeeting() {
    return meeting;
  }

  public boolean isEditingMeeting() {
    return editedMeetingId != null;
  }
}
