package org.homeward.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.homeward.audit.control.AuditDetails;
import org.homeward.audit.control.AuditRepository;
import org.homeward.audit.entity.AuditAction;
import org.homeward.audit.entity.AuditEntry;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * Writes audit rows and lets administrators search them. Changes and reads are recorded by the
 * audit interceptor in the caller's transaction; sign-ins and denials are recorded here in a
 * transaction of their own, because the call they describe may roll back.
 */
@Stateless
public class AuditTrail {

  @Inject AuditRepository repository;
  @Inject Clock clock;

  /** Records an event in the current transaction: it lands only if the transaction commits. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(String actor, AuditAction action, String recordType, Object recordId, Map<String, ?> details) {
    repository.add(new AuditEntry(clock.instant(), actor, action, recordType, recordId, AuditDetails.json(details)));
  }

  /** Records an event whatever becomes of the current transaction (a denial, a failed sign-in). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordIndependently(
      String actor, AuditAction action, String recordType, Object recordId, Map<String, ?> details) {
    record(actor, action, recordType, recordId, details);
  }

  @Secured
  @Permit(Role.ADMIN)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
    return repository.search(query, page);
  }
}
