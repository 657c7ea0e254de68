package org.homeward.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.PasswordHasher;
import org.homeward.security.control.PasswordPolicy;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.control.UserRepository;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * Administrators create accounts, give them roles and institutions, disable and re-enable them and
 * set new passwords. Nobody can change their own roles, scope or status: an administrator's own
 * rights are changed by another administrator.
 */
@Stateless
@Secured
@Audited
@Permit(Role.ADMIN)
public class UserAdministration {

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  @RecordsRead(AuditAction.SEARCH)
  public Page<UserAccount> list(PageRequest page) {
    return users.list(page);
  }

  @RecordsRead
  public UserAccount find(long id) {
    return load(id);
  }

  public UserAccount create(NewUser request) {
    PasswordPolicy.violation(request.username(), request.password())
        .ifPresent(message -> { throw new InvalidInputException("password", message); });
    UserAccount account =
        new UserAccount(request.username(), request.displayName(), hasher.hash(request.password()),
            request.roles(), clock.instant());
    account.setInstitutionIds(request.institutionIds());
    InvalidInputException.throwIfAny(validator.validate(account));
    checkInstitutions(account.getInstitutionIds());
    if (users.usernameTaken(account.getUsername())) {
      throw new DuplicateRecordException("username", "{user.username.taken}");
    }
    return users.add(account);
  }

  public UserAccount update(long id, UserChanges changes) {
    UserAccount account = load(id);
    if (account.getVersion() != changes.version()) {
      throw new StaleRecordException();
    }
    if (isCaller(account)
        && (!Objects.equals(account.getRoles(), safe(changes.roles()))
            || !Objects.equals(account.getInstitutionIds(), safe(changes.institutionIds())))) {
      throw new RuleViolationException("user.self.escalation");
    }
    account.setDisplayName(changes.displayName());
    account.setRoles(changes.roles());
    account.setInstitutionIds(changes.institutionIds());
    InvalidInputException.throwIfAny(validator.validate(account));
    checkInstitutions(account.getInstitutionIds());
    return account;
  }

  /** Disables the account: its sessions and tokens are refused from the next request on. */
  public UserAccount disable(long id) {
    UserAccount account = load(id);
    if (isCaller(account)) {
      throw new RuleViolationException("user.self.escalation");
    }
    account.disable(clock.instant());
    return account;
  }

  public UserAccount enable(long id) {
    UserAccount account = load(id);
    if (isCaller(account)) {
      throw new RuleViolationException("user.self.escalation");
    }
    account.enable();
    return account;
  }

  /** Sets a new password; every session and token issued with the old one ends. */
  public UserAccount resetPassword(long id, char[] password) {
    UserAccount account = load(id);
    PasswordPolicy.violation(account.getUsername(), password)
        .ifPresent(message -> { throw new InvalidInputException("password", message); });
    account.changePasswordHash(hasher.hash(password), clock.instant());
    return account;
  }

  private UserAccount load(long id) {
    return users.find(id).orElseThrow(() -> new RecordNotFoundException("UserAccount", id));
  }

  private boolean isCaller(UserAccount account) {
    return account.getUsername().equals(caller.require().getUsername());
  }

  private void checkInstitutions(Set<Long> ids) {
    if (!users.institutionsExist(ids)) {
      throw new InvalidInputException("institutionIds", "{user.institutions.unknown}");
    }
  }

  private static <T> Set<T> safe(Set<T> values) {
    return values == null ? Set.of() : values;
  }
}
