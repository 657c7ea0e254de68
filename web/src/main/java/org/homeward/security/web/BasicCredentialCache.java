package org.homeward.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a minute, that a user name and password sent with HTTP Basic were right, so a
 * script's every request does not pay for a 600,000-iteration hash. Entries are keyed by an HMAC of
 * the credentials under a key that lives only in this JVM's memory: the password itself is never
 * kept, and the keys are useless outside this process.
 */
@ApplicationScoped
public class BasicCredentialCache {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] key = new byte[32];
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** A verified credential: whose, and when it was checked against the stored hash. */
  public record Entry(String username, Instant verifiedAt) {}

  public BasicCredentialCache() {
    new SecureRandom().nextBytes(key);
  }

  public Optional<Entry> lookup(String username, String password, Instant now) {
    Entry entry = entries.get(fingerprint(username, password));
    if (entry == null || now.isAfter(entry.verifiedAt().plus(LIFETIME))) {
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  public void remember(String username, String password, Instant now) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> now.isAfter(e.verifiedAt().plus(LIFETIME)));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(fingerprint(username, password), new Entry(username, now));
  }

  private String fingerprint(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
