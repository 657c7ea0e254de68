package org.homeward.security.api;

/** A new password set by an administrator. */
public record PasswordJson(String password) {}
