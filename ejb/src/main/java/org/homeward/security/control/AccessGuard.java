package org.homeward.security.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.NotAuthenticatedException;
import org.homeward.security.entity.UserAccount;

/**
 * The single choke point of access control. Before a {@link Secured} use case runs it checks the
 * caller's role against {@link Permit} and their scope against every {@link InScope} parameter;
 * checks the use case makes itself (a record's institution known only once loaded) surface as
 * {@link AccessDeniedException}. Every denial, from either place, is audited in a transaction of
 * its own, so the record of it survives the rollback of the call.
 */
@Secured
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AccessGuard {

  @Inject CurrentCaller caller;
  @Inject AuditTrail trail;

  @AroundInvoke
  public Object guard(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    try {
      UserAccount account = caller.require();
      checkRole(account, method);
      checkScope(account, method, invocation.getParameters());
      return invocation.proceed();
    } catch (AccessDeniedException denied) {
      audit(method, denied.recordType(), denied.recordId(), "outside role or scope");
      throw denied;
    } catch (NotAuthenticatedException unauthenticated) {
      audit(method, null, null, "not signed in");
      throw unauthenticated;
    }
  }

  private static void checkRole(UserAccount account, Method method) {
    Permit permit = method.getAnnotation(Permit.class);
    if (permit == null) {
      permit = method.getDeclaringClass().getAnnotation(Permit.class);
    }
    if (permit == null) {
      throw new IllegalStateException(method + " is @Secured but names no @Permit");
    }
    if (Arrays.stream(permit.value()).noneMatch(account::hasRole)) {
      throw new AccessDeniedException(null, null);
    }
  }

  private static void checkScope(UserAccount account, Method method, Object[] parameters) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof InScope && !account.mayAccessInstitution(toLong(parameters[i]))) {
          throw new AccessDeniedException("Institution", parameters[i]);
        }
      }
    }
  }

  private static Long toLong(Object id) {
    return id instanceof Number n ? n.longValue() : null;
  }

  private void audit(Method method, String recordType, Object recordId, String reason) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("use", method.getDeclaringClass().getSimpleName() + "." + method.getName());
    details.put("reason", reason);
    trail.recordIndependently(caller.name(), AuditAction.DENIED, recordType, recordId, details);
  }
}
