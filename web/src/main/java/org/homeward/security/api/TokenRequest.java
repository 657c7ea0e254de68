package org.homeward.security.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials exchanged for a bearer token. */
public record TokenRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 128) String password) {}
