package org.homeward.security.control;

import java.util.Optional;
import org.homeward.security.entity.UserAccount;

/**
 * What a password must be: 12 to 128 characters (ASVS 2.1.1 and 2.1.2), not the user name. Length
 * is what makes a password hard to guess; composition rules are deliberately absent (ASVS 2.1.9).
 */
public final class PasswordPolicy {

  private PasswordPolicy() {}

  /** The message template of the rule {@code password} breaks, if any. */
  public static Optional<String> violation(String username, char[] password) {
    if (password == null
        || password.length < UserAccount.PASSWORD_MIN
        || password.length > UserAccount.PASSWORD_MAX) {
      return Optional.of("{user.password.length}");
    }
    if (username != null && new String(password).strip().equalsIgnoreCase(username.strip())) {
      return Optional.of("{user.password.username}");
    }
    return Optional.empty();
  }
}
