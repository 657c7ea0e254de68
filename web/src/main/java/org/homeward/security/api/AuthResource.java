package org.homeward.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.homeward.api.Bodies;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.NotAuthenticatedException;
import org.homeward.security.boundary.ApiTokens;

@Path("auth")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject ApiTokens tokens;
  @Inject Clock clock;

  @POST
  @Path("token")
  @SecurityRequirements
  @Operation(summary = "Exchange a user name and password for a short-lived bearer token")
  public TokenJson token(TokenRequest request) {
    Bodies.required(request);
    List<FieldError> missing = new ArrayList<>();
    if (request.username() == null || request.username().isBlank()) {
      missing.add(new FieldError("username", "{jakarta.validation.constraints.NotBlank.message}"));
    }
    if (request.password() == null || request.password().isEmpty()) {
      missing.add(new FieldError("password", "{jakarta.validation.constraints.NotBlank.message}"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    return tokens.issue(request.username(), request.password().toCharArray())
        .map(t -> new TokenJson(t.token(), "Bearer", Duration.between(clock.instant(), t.expiresAt()).toSeconds(), t.expiresAt()))
        .orElseThrow(NotAuthenticatedException::new);
  }
}
