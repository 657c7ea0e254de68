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
  private boolean loaded;

  public Optional<UserAccount> account() {
    if (!loaded) {
      Principal principal = securityContext.getCallerPrincipal();
      account = principal == null ? null : users.findByUsername(principal.getName()).orElse(null);
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
