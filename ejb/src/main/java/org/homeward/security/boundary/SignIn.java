package org.homeward.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.security.control.PasswordHasher;
import org.homeward.security.control.UserRepository;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * Checks who someone is, for the sign-in form, API tokens and HTTP Basic alike. Wrong passwords are
 * counted and lock the account for a while; a locked, disabled or unknown account fails exactly like
 * a wrong password, in the same time, so an attacker learns nothing. Every attempt is audited.
 */
@Stateless
public class SignIn {

  private static final String ACCOUNT = "UserAccount";

  /** The actor recorded for an attempt on a name no account has (the name typed is not kept). */
  static final String UNKNOWN_USER = "(unknown)";

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  /** Who signed in, and their roles now. */
  public record SignedIn(String username, Set<Role> roles) {}

  public Optional<SignedIn> withPassword(String username, char[] password) {
    Instant now = clock.instant();
    Optional<UserAccount> found = users.findByUsername(username);
    if (found.isEmpty()) {
      hasher.matchesNothing(password);
      trail.record(UNKNOWN_USER, AuditAction.LOGIN_FAILED, ACCOUNT, null, Map.of("reason", "unknown user"));
      return Optional.empty();
    }
    UserAccount account = found.get();
    boolean matches = hasher.matches(password, account.getPasswordHash());
    if (!account.maySignIn(now)) {
      String reason = account.isEnabled() ? "locked" : "disabled";
      trail.record(account.getUsername(), AuditAction.LOGIN_FAILED, ACCOUNT, account.getId(), Map.of("reason", reason));
      return Optional.empty();
    }
    if (!matches) {
      account.recordFailedLogin(now);
      Map<String, Object> details = account.lockedAt(now)
          ? Map.of("reason", "wrong password", "lockedUntil", account.getLockedUntil().toString())
          : Map.of("reason", "wrong password");
      trail.record(account.getUsername(), AuditAction.LOGIN_FAILED, ACCOUNT, account.getId(), details);
      return Optional.empty();
    }
    account.recordSuccessfulLogin(now);
    trail.record(account.getUsername(), AuditAction.LOGIN, ACCOUNT, account.getId(), null);
    return Optional.of(new SignedIn(account.getUsername(), account.getRoles()));
  }

  /**
   * The roles of a user who signed in (or was issued a token) at {@code since}, if that sign-in is
   * still honoured: the account exists, is enabled and has not been disabled or had its password
   * changed since.
   */
  public Optional<Set<Role>> stillSignedIn(String username, Instant since) {
    return users.findByUsername(username).filter(a -> a.honours(since)).map(UserAccount::getRoles);
  }

  public void signedOut(String username) {
    users.findByUsername(username)
        .ifPresent(a -> trail.record(a.getUsername(), AuditAction.LOGOUT, ACCOUNT, a.getId(), null));
  }
}
