package org.homeward.transfer.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.resident.control.ResidentRepository;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.homeward.transfer.control.TransferRepository;
import org.homeward.transfer.entity.TransferKind;

/**
 * When a worker leaves: the committee or an administrator hands every active case the worker holds
 * at an institution, or the ones chosen, to other focal point workers in one step. All or nothing:
 * a person who is not the leaving worker's case, or a receiver who may not accompany people there,
 * refuses the whole reassignment, naming the field. The people were not asked, so each new
 * assignment records that they are still to be asked; a transfer the leaving worker had offered no
 * longer stands and is withdrawn.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE})
public class Reassignments {

  @Inject TransferRepository repository;
  @Inject ResidentRepository residents;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** The workers who may accompany the institution's residents and those who hold cases there, with their active cases; by name. */
  public List<WorkerLoad> workload(@InScope long institutionId) {
    Map<Long, Long> counts = repository.activeCaseCounts(institutionId).stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    Map<Long, UserAccount> workers = residents.focalPointsFor(institutionId).stream()
        .collect(Collectors.toMap(UserAccount::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    counts.keySet().forEach(id -> workers.computeIfAbsent(id, missing -> residents.user(missing).orElseThrow()));
    return workers.values().stream()
        .map(w -> new WorkerLoad(w, counts.getOrDefault(w.getId(), 0L), Receivers.mayAccompanyAt(w, institutionId)))
        .sorted(Comparator.comparing(load -> load.worker().getDisplayName()))
        .toList();
  }

  /** The cases worker {@code workerId} holds at the institution that have not ended. */
  @RecordsRead(AuditAction.SEARCH)
  public List<Resident> activeCases(@InScope long institutionId, long workerId) {
    return repository.activeCases(institutionId, workerId);
  }

  /**
   * Hands the leaving worker's cases over: each of {@code handovers} to its worker, and every other
   * active case to {@code toWorkerId} when it is given. Returns the people reassigned.
   */
  public List<Resident> reassign(@InScope long institutionId, Long fromWorkerId, Long toWorkerId, List<Handover> handovers, String reason) {
    List<FieldError> errors = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", "{transfer.reasonRequired}"));
    } else if (reason.length() > Resident.REASON_MAX) {
      errors.add(new FieldError("reason", "{resident.reason.length}"));
    }
    Map<Long, Resident> cases = new LinkedHashMap<>();
    if (fromWorkerId == null || residents.user(fromWorkerId).isEmpty()) {
      errors.add(new FieldError("fromWorkerId", "{transfer.reassignment.fromWorker}"));
    } else {
      repository.activeCases(institutionId, fromWorkerId).forEach(r -> cases.put(r.getId(), r));
    }
    Map<Resident, UserAccount> plan = new LinkedHashMap<>();
    List<Handover> chosen = handovers == null ? List.of() : handovers;
    for (int i = 0; i < chosen.size(); i++) {
      Handover handover = chosen.get(i);
      Resident resident = handover == null || handover.residentId() == null ? null : cases.get(handover.residentId());
      if (resident == null) {
        errors.add(new FieldError("cases[" + i + "].residentId", "{transfer.reassignment.notACase}"));
      }
      UserAccount receiver = receiver(handover == null ? null : handover.toWorkerId(), institutionId, fromWorkerId);
      if (receiver == null) {
        errors.add(new FieldError("cases[" + i + "].toWorkerId", "{transfer.toWorker.notAWorker}"));
      }
      if (resident != null && receiver != null) {
        plan.put(resident, receiver);
      }
    }
    if (toWorkerId != null) {
      UserAccount receiver = receiver(toWorkerId, institutionId, fromWorkerId);
      if (receiver == null) {
        errors.add(new FieldError("toWorkerId", "{transfer.toWorker.notAWorker}"));
      } else {
        cases.values().forEach(r -> plan.putIfAbsent(r, receiver));
      }
    }
    if (errors.isEmpty() && plan.isEmpty()) {
      errors.add(new FieldError("cases", "{transfer.reassignment.nothing}"));
    }
    InvalidInputException.throwIfAny(errors);

    String by = caller.name();
    Instant at = clock.instant();
    LocalDate today = LocalDate.now(clock);
    plan.forEach((resident, receiver) -> {
      resident.reassignFocalPoint(receiver, today, reason, by, at);
      repository.pendingOf(resident.getId()).filter(t -> t.getKind() == TransferKind.WORKER)
          .ifPresent(t -> t.withdraw(reason, by, at));
    });
    return List.copyOf(plan.keySet());
  }

  /** A worker who may accompany people at the institution, other than the one leaving; null otherwise. */
  private UserAccount receiver(Long workerId, long institutionId, Long leavingId) {
    if (workerId == null || workerId.equals(leavingId)) {
      return null;
    }
    return residents.user(workerId).filter(u -> Receivers.mayAccompanyAt(u, institutionId)).orElse(null);
  }
}
