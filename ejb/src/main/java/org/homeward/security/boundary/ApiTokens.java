package org.homeward.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.security.control.Secrets;
import org.homeward.security.control.Tokens;

/**
 * Issues and checks the bearer tokens of the API ({@code POST /api/auth/token}). Tokens live for
 * {@code homeward.token.minutes} (15 by default); each request made with one is checked against the
 * stored account, so a disabled user's tokens stop working at once.
 */
@Singleton
@Lock(LockType.READ)
public class ApiTokens {

  public static final String SIGNING_KEY = "api-token-signing";

  @Inject SignIn signIn;
  @Inject Secrets secrets;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "homeward.token.minutes", defaultValue = "15")
  int lifetimeMinutes;

  private Tokens tokens;

  @PostConstruct
  void loadKey() {
    tokens = new Tokens(secrets.key(SIGNING_KEY));
  }

  public Optional<Tokens.Issued> issue(String username, char[] password) {
    return signIn
        .withPassword(username, password)
        .map(s -> tokens.issue(s.username(), clock.instant(), Duration.ofMinutes(lifetimeMinutes)));
  }

  /** The token's user, if the token is genuine, unexpired and its user still honours it. */
  public Optional<SignIn.SignedIn> verify(String token) {
    return tokens
        .verify(token, clock.instant())
        .flatMap(v -> signIn.stillSignedIn(v.username(), v.issuedAt()).map(roles -> new SignIn.SignedIn(v.username(), roles)));
  }
}
