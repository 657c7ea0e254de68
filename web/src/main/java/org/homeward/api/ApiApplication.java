package org.homeward.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** Homeward's API. Its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info = @Info(title = "Homeward API", version = "1",
        description = "Deinstitutionalization case management. Authenticate with a bearer token from "
            + "POST /api/auth/token, or HTTP Basic. Errors are application/problem+json."),
    security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
  @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT"),
  @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
})
public class ApiApplication extends Application {}
