package org.homeward.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BasicCredentialCacheTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final BasicCredentialCache cache = new BasicCredentialCache();

  @Test
  void aVerifiedCredentialIsRememberedForAMinute() {
    cache.remember("finance", "a long passphrase", NOW);
    assertThat(cache.lookup("finance", "a long passphrase", NOW.plusSeconds(59)))
        .hasValueSatisfying(e -> assertThat(e.verifiedAt()).isEqualTo(NOW));
    assertThat(cache.lookup("finance", "a long passphrase", NOW.plus(BasicCredentialCache.LIFETIME).plusSeconds(1))).isEmpty();
  }

  @Test
  void anotherPasswordOrUserIsNotFound() {
    cache.remember("finance", "a long passphrase", NOW);
    assertThat(cache.lookup("finance", "a long passphrasE", NOW)).isEmpty();
    assertThat(cache.lookup("ministry", "a long passphrase", NOW)).isEmpty();
  }

  @Test
  void userAndPasswordCannotBeShiftedIntoEachOther() {
    cache.remember("ab", "c-long-password", NOW);
    assertThat(cache.lookup("a", "bc-long-password", NOW)).isEmpty();
  }
}
