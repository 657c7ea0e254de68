package org.homeward.agenda.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.entity.AuditedRecord;
import org.homeward.resident.entity.Resident;

/** One person's case and what is due in it, as of {@code today}. */
public record CaseAgenda(Resident resident, Agenda agenda, LocalDate today) implements AuditedRecord, Serializable {

  public List<DueItem> overdue() {
    return agenda.overdueOn(today);
  }

  public Optional<DueItem> next() {
    return agenda.nextOn(today);
  }

  /** For pages: the next item, or null. */
  public DueItem getNext() {
    return next().orElse(null);
  }

  public List<DueItem> getOverdue() {
    return overdue();
  }

  @Override
  public Long getId() {
    return resident.getId();
  }

  @Override
  public String auditType() {
    return "Resident";
  }
}
