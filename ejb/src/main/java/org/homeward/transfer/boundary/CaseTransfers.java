package org.homeward.transfer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.boundary.InstitutionFilter;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.control.ResidentRepository;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.homeward.transfer.control.TransferRepository;
import org.homeward.transfer.entity.CaseTransfer;
import org.homeward.transfer.entity.TransferKind;

/**
 * Offering a case to someone else, and their answer. Whoever may change the person's record (their
 * focal point, the committee, an administrator) offers it to another worker; the committee or an
 * administrator offers it to another institution. Only the receiver answers: the worker it was
 * offered to, while the institution is in their scope; or a committee member of the receiving
 * institution, or an administrator. A person has at most one pending transfer.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class CaseTransfers {

  @Inject TransferRepository repository;
  @Inject ResidentAccess access;
  @Inject ResidentRepository residents;
  @Inject InstitutionRepository institutions;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** Offers the person's case to another focal point worker of their institution. */
  public CaseTransfer offerToWorker(long residentId, Long toWorkerId, String reason) {
    Resident resident = access.require(residentId);
    UserAccount receiver = toWorkerId == null ? null : residents.user(toWorkerId)
        .filter(u -> Receivers.mayAccompanyAt(u, resident.getInstitution().getId())).orElse(null);
    if (receiver == null) {
      throw new InvalidInputException("toWorkerId", "{transfer.toWorker.notAWorker}");
    }
    requireNonePending(residentId);
    return loaded(repository.add(CaseTransfer.toWorker(resident, receiver, reason, caller.name(), clock.instant())));
  }

  /** Offers the person's record to another institution, as when they move between facilities before their move. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public CaseTransfer offerToInstitution(long residentId, Long toInstitutionId, String reason) {
    Resident resident = access.require(residentId);
    Institution destination = toInstitutionId == null ? null : institutions.find(toInstitutionId).orElse(null);
    if (destination == null) {
      throw new InvalidInputException("toInstitutionId", "{transfer.toInstitution.unknown}");
    }
    requireNonePending(residentId);
    return loaded(repository.add(CaseTransfer.toInstitution(resident, destination, reason, caller.name(), clock.instant())));
  }

  /** The receiver takes the case; a worker records with it whether the person chose or agreed to them. */
  public CaseTransfer accept(long transferId, long version, Consent consent) {
    CaseTransfer transfer = answerable(transferId);
    StaleRecordException.requireVersion(transfer.getVersion(), version);
    transfer.accept(consent, LocalDate.now(clock), caller.name(), clock.instant());
    return loaded(transfer);
  }

  /** The receiver does not take the case, and says why. */
  public CaseTransfer decline(long transferId, long version, String reason) {
    CaseTransfer transfer = answerable(transferId);
    StaleRecordException.requireVersion(transfer.getVersion(), version);
    transfer.decline(reason, caller.name(), clock.instant());
    return loaded(transfer);
  }

  /** The pending transfers the caller may answer, oldest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<CaseTransfer> offered() {
    UserAccount account = caller.require();
    boolean answersForInstitutions = account.hasRole(Role.ADMIN) || account.hasRole(Role.COMMITTEE);
    return repository.pendingOffers(account.getId(), answersForInstitutions).stream()
        .filter(t -> mayAnswer(account, t)).map(CaseTransfers::loaded).toList();
  }

  /** The person's transfers, latest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<CaseTransfer> ofResident(long residentId) {
    access.require(residentId);
    return repository.ofResident(residentId).stream().map(CaseTransfers::loaded).toList();
  }

  /** The workers the person's case could be offered to: the focal points of their institution but their own. */
  public List<UserAccount> receivers(long residentId) {
    Resident resident = access.require(residentId);
    return residents.focalPointsFor(resident.getInstitution().getId()).stream().filter(u -> !resident.accompaniedBy(u)).toList();
  }

  /** Every institution a person could be transferred to: a name to choose from, not a record to read. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public List<Institution> destinations(long residentId) {
    Resident resident = access.require(residentId);
    return institutions.search(new InstitutionFilter(null, null, null, null), null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().filter(i -> !i.getId().equals(resident.getInstitution().getId())).toList();
  }

  private CaseTransfer answerable(long transferId) {
    CaseTransfer transfer = repository.find(transferId).orElseThrow(() -> new RecordNotFoundException("CaseTransfer", transferId));
    if (!mayAnswer(caller.require(), transfer)) {
      throw new AccessDeniedException("CaseTransfer", transferId);
    }
    return transfer;
  }

  private static boolean mayAnswer(UserAccount account, CaseTransfer transfer) {
    if (transfer.getKind() == TransferKind.WORKER) {
      return transfer.getToWorker().getId().equals(account.getId())
          && Receivers.mayAccompanyAt(account, transfer.getResident().getInstitution().getId());
    }
    return account.hasRole(Role.ADMIN)
        || (account.hasRole(Role.COMMITTEE) && account.mayAccessInstitution(transfer.getToInstitution().getId()));
  }

  private void requireNonePending(long residentId) {
    if (repository.pendingOf(residentId).isPresent()) {
      throw new RuleViolationException("transfer.alreadyPending");
    }
  }

  /** Reads what the pages and the API show of a transfer while the transaction is open. */
  private static CaseTransfer loaded(CaseTransfer transfer) {
    transfer.getResident().getDisplayName();
    transfer.getResident().getInstitution().getName();
    transfer.getFromInstitution().getName();
    if (transfer.getToInstitution() != null) {
      transfer.getToInstitution().getName();
    }
    if (transfer.getFromWorker() != null) {
      transfer.getFromWorker().getDisplayName();
    }
    if (transfer.getToWorker() != null) {
      transfer.getToWorker().getDisplayName();
    }
    return transfer;
  }
}
