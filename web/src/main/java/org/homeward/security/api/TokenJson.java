package org.homeward.security.api;

import java.time.Instant;

/** A bearer token: send it as {@code Authorization: Bearer <accessToken>} until {@code expiresAt}. */
public record TokenJson(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {}
