package org.homeward.security.api;

/** Credentials exchanged for a bearer token. */
public record TokenRequest(String username, String password) {}
