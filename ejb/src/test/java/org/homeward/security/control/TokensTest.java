package org.homeward.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokensTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final Tokens tokens = new Tokens(new byte[32]);

  @Test
  void aFreshTokenNamesItsUserAndIssueTime() {
    Tokens.Issued issued = tokens.issue("ministry", NOW, Duration.ofMinutes(15));
    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(tokens.verify(issued.token(), NOW.plusSeconds(60)))
        .hasValueSatisfying(v -> {
          assertThat(v.username()).isEqualTo("ministry");
          assertThat(v.issuedAt()).isEqualTo(NOW);
        });
  }

  @Test
  void anExpiredTokenIsRefused() {
    Tokens.Issued issued = tokens.issue("ministry", NOW, Duration.ofMinutes(15));
    assertThat(tokens.verify(issued.token(), NOW.plus(Duration.ofMinutes(15)))).isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    Tokens.Issued forged = new Tokens(otherKey).issue("admin", NOW, Duration.ofMinutes(15));
    assertThat(tokens.verify(forged.token(), NOW)).isEmpty();
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = tokens.issue("focal.north", NOW, Duration.ofMinutes(15)).token();
    String[] parts = token.split("\\.");
    String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("focal.north", "admin");
    String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
    assertThat(tokens.verify(tampered, NOW)).isEmpty();
  }

  @Test
  void unsignedAndGarbageTokensAreRefused() {
    assertThat(tokens.verify("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.", NOW)).isEmpty();
    assertThat(tokens.verify("not a token", NOW)).isEmpty();
  }
}
