package org.homeward.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived API bearer tokens: JWTs signed with HMAC-SHA256 under a key every node shares. A token
 * names its user and when it was issued; whether that user may still act is decided on each request
 * from the stored account, so disabling a user refuses their tokens at once.
 */
public final class Tokens {

  public static final String ISSUER = "homeward";

  private final byte[] key;

  public Tokens(byte[] key) {
    this.key = key.clone();
  }

  public record Issued(String token, Instant expiresAt) {}

  public record Verified(String username, Instant issuedAt) {}

  public Issued issue(String username, Instant now, Duration lifetime) {
    Instant expires = now.plus(lifetime);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(username)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign an API token", e);
    }
    return new Issued(jwt.serialize(), expires);
  }

  /** The token's user and issue time, if it is well formed, signed by us, ours and not expired. */
  public Optional<Verified> verify(String token, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!ISSUER.equals(claims.getIssuer())
          || claims.getSubject() == null
          || claims.getIssueTime() == null
          || claims.getExpirationTime() == null
          || !now.isBefore(claims.getExpirationTime().toInstant())) {
        return Optional.empty();
      }
      return Optional.of(new Verified(claims.getSubject(), claims.getIssueTime().toInstant()));
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }
}
