package org.homeward.security.boundary;

import java.util.Set;
import org.homeward.security.entity.Role;

/** What an administrator enters to create an account. */
public record NewUser(
    String username, String displayName, char[] password, Set<Role> roles, Set<Long> institutionIds) {}
