package org.homeward.committee.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.committee.control.CommitteeRepository;
import org.homeward.committee.entity.CommitteeMeeting;
import org.homeward.committee.entity.CommitteeMember;
import org.homeward.committee.entity.Constituency;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * An institution's management committee. Administrators and the institution's committee keep it;
 * the ministry reads every committee but is not told the names of members who live in the
 * institution.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE})
public class Committees {

  @Inject CommitteeRepository repository;
  @Inject InstitutionRepository institutions;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  @RecordsRead(AuditAction.SEARCH)
  public List<CommitteeMember> members(@InScope long institutionId) {
    List<CommitteeMember> members = repository.members(institutionId);
    if (caller.require().hasRole(Role.MINISTRY) && !caller.require().hasRole(Role.ADMIN)) {
      members.stream().filter(m -> m.getConstituency() == Constituency.RESIDENT).forEach(m -> {
        repository.detach(m);
        m.setName(null);
      });
    }
    return members;
  }

  public CommitteeComposition composition(@InScope long institutionId) {
    return CommitteeComposition.of(repository.members(institutionId), LocalDate.now(clock));
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public CommitteeMember addMember(@InScope long institutionId, CommitteeMember draft) {
    Institution institution = institution(institutionId);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors());
    draft.attachTo(institution);
    return repository.add(draft);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public CommitteeMember updateMember(@InScope long institutionId, long memberId, CommitteeMember edited) {
    CommitteeMember member = member(institutionId, memberId);
    StaleRecordException.requireVersion(member.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors());
    member.updateFrom(edited);
    return member;
  }

  /** For a member entered by mistake; one who left keeps their record with the day they left. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public void removeMember(@InScope long institutionId, long memberId) {
    repository.remove(member(institutionId, memberId));
  }

  @RecordsRead(AuditAction.SEARCH)
  public List<CommitteeMeeting> meetings(@InScope long institutionId) {
    return repository.meetings(institutionId);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public CommitteeMeeting addMeeting(@InScope long institutionId, CommitteeMeeting draft) {
    Institution institution = institution(institutionId);
    InvalidInputException.throwIfAny(validator.validate(draft));
    draft.attachTo(institution);
    return repository.add(draft);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public CommitteeMeeting updateMeeting(@InScope long institutionId, long meetingId, CommitteeMeeting edited) {
    CommitteeMeeting meeting = meeting(institutionId, meetingId);
    StaleRecordException.requireVersion(meeting.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited));
    meeting.updateFrom(edited);
    return meeting;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public void removeMeeting(@InScope long institutionId, long meetingId) {
    repository.remove(meeting(institutionId, meetingId));
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }

  private CommitteeMember member(long institutionId, long memberId) {
    return repository.member(institutionId, memberId).orElseThrow(() -> new RecordNotFoundException("CommitteeMember", memberId));
  }

  private CommitteeMeeting meeting(long institutionId, long meetingId) {
    return repository.meeting(institutionId, meetingId).orElseThrow(() -> new RecordNotFoundException("CommitteeMeeting", meetingId));
  }
}
