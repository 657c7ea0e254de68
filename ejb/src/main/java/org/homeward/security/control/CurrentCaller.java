package org.homeward.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.homeward.problem.NotAuthenticatedException;
import org.homeward.security.entity.UserAccount;

/**
 * The signed-in person behind the current request, with the roles and scope stored for them now
 * (not as they were at sign-in), loaded once per request.
 */
@RequestScoped
public class CurrentCaller {

  public static final String ANONYMOUS = "anonymous";

  @Inject SecurityContext securityContext;
  @Inject UserRepository users;

  private UserAccount account;
  private String loadedFor;
  private boolean loaded;

  /** The caller's account, looked up once per request and again if someone else signs in during it. */
  public Optional<UserAccount> account() {
    Principal principal = securityContext.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    if (!loaded || !java.util.Objects.equals(name, loadedFor)) {
      account = name == null ? null : users.findByUsername(name).orElse(null);
      loadedFor = name;
      loaded = true;
    }
    return Optional.ofNullable(account);
  }

  /** The caller's account; a call without one is refused as unauthenticated. */
  public UserAccount require() {
    return account().filter(UserAccount::isEnabled).orElseThrow(NotAuthenticatedException::new);
  }

  /** The name the audit trail records. */
  public String name() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? ANONYMOUS : principal.getName();
  }
}
