package org.homeward.agenda.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.homeward.agenda.control.CaseFactsReader;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.database.boundary.PageRequest;
import org.homeward.resident.boundary.ResidentFilter;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.control.ResidentRepository;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * What is due and overdue in people's cases: a focal point's caseload, one person's case, and for
 * the committee every case of an institution with something overdue.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class Agendas {

  private static final int ALL = 10_000;

  @Inject ResidentRepository residents;
  @Inject ResidentAccess access;
  @Inject CaseFactsReader facts;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @RecordsRead
  public CaseAgenda of(long residentId) {
    return agenda(access.require(residentId));
  }

  /** The cases of the people the caller accompanies, soonest due first. */
  @RecordsRead(AuditAction.SEARCH)
  @Permit(Role.FOCAL_POINT)
  public List<CaseAgenda> caseload() {
    return residents.search(null, caller.require().getId(), ResidentFilter.none(), PageRequest.of(0, ALL)).items().stream()
        .map(this::agenda).sorted(Comparator.comparing(a -> a.agenda().items().isEmpty() ? LocalDate.MAX
            : a.agenda().items().get(0).dueOn()))
        .toList();
  }

  /** The institution's cases with something overdue, most overdue first. */
  @RecordsRead(AuditAction.SEARCH)
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public List<CaseAgenda> overdueIn(@InScope long institutionId) {
    return residents.search(institutionId, null, ResidentFilter.none(), PageRequest.of(0, ALL)).items().stream()
        .filter(r -> !r.getStatus().ended()).map(this::agenda).filter(a -> !a.overdue().isEmpty())
        .sorted(Comparator.comparing(a -> a.overdue().get(0).dueOn()))
        .toList();
  }

  private CaseAgenda agenda(Resident resident) {
    LocalDate today = LocalDate.now(clock);
    return new CaseAgenda(resident, Agenda.of(facts.of(resident, today)), today);
  }
}
