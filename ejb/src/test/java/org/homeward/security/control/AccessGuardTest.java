package org.homeward.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.NotAuthenticatedException;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.junit.jupiter.api.Test;

class AccessGuardTest {

  /** A use case as the guard sees it. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  static class Registry {
    public String read(@InScope long institutionId) {
      return "read " + institutionId;
    }

    @Permit(Role.ADMIN)
    public String register() {
      return "registered";
    }

    public String failInside() {
      throw new AccessDeniedException("Unit", 9L);
    }
  }

  private final List<String> denials = new ArrayList<>();
  private UserAccount signedIn;
  private final AccessGuard guard = new AccessGuard();

  AccessGuardTest() {
    guard.caller = new CurrentCaller() {
      @Override
      public UserAccount require() {
        if (signedIn == null) {
          throw new NotAuthenticatedException();
        }
        return signedIn;
      }

      @Override
      public String name() {
        return signedIn == null ? ANONYMOUS : signedIn.getUsername();
      }
    };
    guard.trail = new AuditTrail() {
      @Override
      public void recordIndependently(String actor, AuditAction action, String type, Object id, Map<String, ?> details) {
        denials.add(actor + " " + action + " " + type + " " + id + " " + details.get("use"));
      }
    };
  }

  private void signIn(Role role, Long... institutions) {
    signedIn = new UserAccount("colin", "Colin", "hash", EnumSet.of(role), Instant.EPOCH);
    signedIn.setInstitutionIds(Set.of(institutions));
  }

  private Object call(String method, Object... args) throws Exception {
    Class<?>[] types = args.length == 0 ? new Class<?>[0] : new Class<?>[] {long.class};
    Method m = Registry.class.getMethod(method, types);
    return guard.guard(new Invocation(m, args));
  }

  @Test
  void aCallerInRoleAndScopeGetsThrough() throws Exception {
    signIn(Role.COMMITTEE, 7L);
    assertThat(call("read", 7L)).isEqualTo("read 7");
    assertThat(denials).isEmpty();
  }

  @Test
  void anInstitutionOutsideTheScopeIsRefusedAndAudited() {
    signIn(Role.COMMITTEE, 7L);
    assertThatThrownBy(() -> call("read", 8L)).isInstanceOf(AccessDeniedException.class);
    assertThat(denials).containsExactly("colin DENIED Institution 8 Registry.read");
  }

  @Test
  void ministrySeesEveryInstitutionButMayNotCallWhatItsRoleIsNotPermitted() throws Exception {
    signIn(Role.MINISTRY);
    assertThatThrownBy(() -> call("read", 8L)).isInstanceOf(AccessDeniedException.class);
    signIn(Role.ADMIN);
    assertThat(call("read", 8L)).isEqualTo("read 8");
  }

  @Test
  void aMethodsPermitReplacesItsClasss() {
    signIn(Role.COMMITTEE, 7L);
    assertThatThrownBy(() -> call("register")).isInstanceOf(AccessDeniedException.class);
    assertThat(denials).containsExactly("colin DENIED null null Registry.register");
  }

  @Test
  void aDenialFromInsideTheUseCaseIsAuditedToo() {
    signIn(Role.ADMIN);
    assertThatThrownBy(() -> call("failInside")).isInstanceOf(AccessDeniedException.class);
    assertThat(denials).containsExactly("colin DENIED Unit 9 Registry.failInside");
  }

  @Test
  void nobodySignedInIsRefusedAndAudited() {
    assertThatThrownBy(() -> call("read", 7L)).isInstanceOf(NotAuthenticatedException.class);
    assertThat(denials).containsExactly("anonymous DENIED null null Registry.read");
  }

  /** Just enough of an invocation to call the method on a fresh target. */
  private static final class Invocation implements InvocationContext {
    private final Method method;
    private final Object[] parameters;

    Invocation(Method method, Object[] parameters) {
      this.method = method;
      this.parameters = parameters;
    }

    @Override
    public Object proceed() throws Exception {
      try {
        return method.invoke(new Registry(), parameters);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw (Exception) e.getCause();
      }
    }

    @Override
    public Method getMethod() {
      return method;
    }

    @Override
    public Object[] getParameters() {
      return parameters;
    }

    @Override
    public Object getTarget() {
      return null;
    }

    @Override
    public Object getTimer() {
      return null;
    }

    @Override
    public Constructor<?> getConstructor() {
      return null;
    }

    @Override
    public void setParameters(Object[] params) {}

    @Override
    public Map<String, Object> getContextData() {
      return Map.of();
    }
  }
}
