package org.homeward.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.homeward.staff.control.PositionRepository;
import org.homeward.staff.control.StaffRepository;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.Willingness;

/**
 * Openings in community services for institution staff. Positions are regional, not one
 * institution's: administrators and the ministry keep them, and every role that follows a closure
 * reads them.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.MINISTRY})
public class CommunityPositions {

  @Inject PositionRepository positions;
  @Inject StaffRepository staff;
  @Inject Validator validator;
  @Inject CurrentCaller caller;

  @Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FINANCE})
  public List<CommunityPosition> positions(String region, ServiceKind kind, boolean openOnly) {
    return positions.positions(region, kind, openOnly);
  }

  @Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FINANCE})
  public CommunityPosition position(long id) {
    return positions.position(id).orElseThrow(() -> new RecordNotFoundException("CommunityPosition", id));
  }

  @Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FINANCE})
  public List<String> regions() {
    return positions.regions();
  }

  public CommunityPosition add(CommunityPosition draft) {
    InvalidInputException.throwIfAny(validator.validate(draft), resolveReferences(draft));
    return positions.add(draft);
  }

  public CommunityPosition update(long id, CommunityPosition edited) {
    CommunityPosition position = position(id);
    StaleRecordException.requireVersion(position.getVersion(), edited.getVersion());
    List<FieldError> errors = resolveReferences(edited);
    errors.addAll(edited.crossFieldErrors(position.getFilled()));
    InvalidInputException.throwIfAny(validator.validate(edited), errors);
    position.updateFrom(edited);
    return position;
  }

  /** Counts over the caller's institutions, or the country for national roles; openings are national. */
  @Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FINANCE})
  public RedeploymentFigures figures() {
    UserAccount account = caller.require();
    var scope = account.national() ? null : account.getInstitutionIds();
    var byStatus = staff.countAcross(scope, "status", RedeploymentStatus.class);
    var byWillingness = staff.countAcross(scope, "willingness", Willingness.class);
    long openings = 0;
    long filled = 0;
    for (CommunityPosition p : positions.positions(null, null, false)) {
      openings += p.getOpenings();
      filled += p.getFilled();
    }
    return new RedeploymentFigures(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, byWillingness, openings, filled);
  }

  /** Swaps the codes a draft names for the stored qualifications and courses; an unknown code is a field error. */
  private List<FieldError> resolveReferences(CommunityPosition draft) {
    List<FieldError> errors = new ArrayList<>();
    draft.setRequiredQualifications(staff.storedQualifications(draft.getRequiredQualifications(), "requiredQualifications", errors));
    draft.setRequiredCourses(staff.storedCourses(draft.getRequiredCourses(), "requiredCourses", errors));
    return errors;
  }
}
