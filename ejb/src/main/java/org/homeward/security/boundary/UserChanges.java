package org.homeward.security.boundary;

import java.util.Set;
import org.homeward.security.entity.Role;

/**
 * An administrator's edit of an account.
 *
 * @param version the version the edit was based on; an older one is refused
 */
public record UserChanges(long version, String displayName, Set<Role> roles, Set<Long> institutionIds) {}
