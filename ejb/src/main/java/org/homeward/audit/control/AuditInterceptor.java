package org.homeward.audit.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.audit.entity.AuditedRecord;
import org.homeward.audit.entity.ChangeCapture;
import org.homeward.audit.entity.RecordChange;
import org.homeward.database.boundary.Page;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.CurrentCaller;

/**
 * After a use case has run, flushes its changes (so that a stale or duplicate write fails here, as an
 * expected failure, not at commit as a server error), turns the changes EclipseLink captured into
 * audit rows, and records the reads the method is marked for, all in the caller's transaction.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class AuditInterceptor {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final int IDS_LISTED_MAX = 100;

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  @Inject AuditTrail trail;
  @Inject CurrentCaller caller;

  @AroundInvoke
  public Object audit(InvocationContext invocation) throws Exception {
    Object result = invocation.proceed();
    if (!em.isJoinedToTransaction()) {
      return result;
    }
    String actor = caller.name();
    for (RecordChange change : flushAndTakeChanges()) {
      Map<String, Object> details = new LinkedHashMap<>();
      change.changes().forEach((field, pair) -> details.put(field, fromTo(pair)));
      trail.record(actor, change.action(), change.recordType(), change.recordId(), details.isEmpty() ? null : Map.of("changes", details));
    }
    RecordsRead reads = invocation.getMethod().getAnnotation(RecordsRead.class);
    if (reads != null) {
      recordRead(actor, reads.value(), invocation, result);
    }
    return result;
  }

  private List<RecordChange> flushAndTakeChanges() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRecordException();
    } catch (ConstraintViolationException e) {
      throw InvalidInputException.of(e.getConstraintViolations());
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new DuplicateRecordException();
      }
      throw e;
    }
    return ChangeCapture.drain(em.unwrap(UnitOfWork.class));
  }

  private void recordRead(String actor, AuditAction action, InvocationContext invocation, Object result) {
    if (result instanceof AuditedRecord record) {
      trail.record(actor, action, record.auditType(), record.getId(), null);
      return;
    }
    Collection<?> items = result instanceof Page<?> page ? page.items() : result instanceof Collection<?> c ? c : List.of();
    List<Long> ids = items.stream().filter(AuditedRecord.class::isInstance).map(AuditedRecord.class::cast)
        .map(AuditedRecord::getId).limit(IDS_LISTED_MAX).toList();
    String recordType = items.stream().filter(AuditedRecord.class::isInstance).map(AuditedRecord.class::cast)
        .map(AuditedRecord::auditType).findFirst().orElse(null);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("use", invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
    details.put("filters", filters(invocation.getParameters()));
    details.put("count", result instanceof Page<?> page ? page.total() : items.size());
    details.put("ids", ids);
    trail.record(actor, action == AuditAction.READ ? AuditAction.SEARCH : action, recordType, null, details);
  }

  private static List<String> filters(Object[] parameters) {
    if (parameters == null) {
      return List.of();
    }
    return java.util.Arrays.stream(parameters).map(String::valueOf).toList();
  }

  /** A field's values before and after; either may be null (a field set on creation has no before). */
  private static Map<String, String> fromTo(Object[] pair) {
    Map<String, String> fromTo = new LinkedHashMap<>();
    fromTo.put("from", text(pair[0]));
    fromTo.put("to", text(pair[1]));
    return fromTo;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
