package org.homeward.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: a content security policy (no plug-ins, no framing, scripts and
 * styles only from Homeward itself), no MIME sniffing, no referrer leaving the site, and, on
 * anything but static resources, {@code Cache-Control: no-store}, since pages and API answers may
 * hold personal data that must not linger in a shared computer's cache.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
          + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /** Also called by the authentication mechanism, whose 401s and redirects come before any filter. */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
