package org.homeward.security.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * A user account as the API shows it. The password is write-only: sent on create, never returned.
 */
@JsonbPropertyOrder({"id", "version", "username", "displayName", "roles", "institutionIds", "enabled", "lockedUntil", "lastLoginAt", "password"})
public record UserJson(
    Long id,
    Long version,
    String username,
    String displayName,
    Set<Role> roles,
    Set<Long> institutionIds,
    Boolean enabled,
    Instant lockedUntil,
    Instant lastLoginAt,
    String password) {

  static UserJson of(UserAccount u) {
    return new UserJson(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), new TreeSet<>(u.getRoles()),
        new TreeSet<>(u.getInstitutionIds()), u.isEnabled(), u.getLockedUntil(), u.getLastLoginAt(), null);
  }
}
