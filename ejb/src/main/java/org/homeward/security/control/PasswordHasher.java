package org.homeward.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations and a 32-byte salt (OWASP's 2023 figure; the Jakarta
 * default of 2,048 is far too low). Deliberately slow: that is why API Basic credentials are cached
 * briefly after a first check instead of being hashed on every request.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash hash;

  /** Compared against when no such user exists, so an unknown name costs as much time as a known one. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy-password-for-timing".toCharArray());
  }

  public String hash(char[] password) {
    return hash.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    return hash.verify(password, storedHash);
  }

  /** Spends the time a real check would, and fails. */
  public boolean matchesNothing(char[] password) {
    hash.verify(password, decoy);
    return false;
  }
}
