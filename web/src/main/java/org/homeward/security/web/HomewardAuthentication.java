package org.homeward.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.problem.api.Problem;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.security.boundary.ApiTokens;
import org.homeward.security.boundary.SignIn;
import org.homeward.security.entity.Role;

/**
 * The one authentication mechanism of Homeward.
 *
 * <ul>
 *   <li>Under {@code /api}: a bearer token from {@code POST /api/auth/token}, or HTTP Basic for
 *       scripts. Stateless: no session is ever created, no cookie set. Without valid credentials a
 *       protected call answers 401 with a problem body.
 *   <li>Everywhere else: the sign-in form, which starts a session under a new id. Each request of
 *       the session is checked against the stored account, so a disabled user is signed out at
 *       their next click; a request for a page without a session goes to the sign-in page.
 * </ul>
 */
@ApplicationScoped
public class HomewardAuthentication implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API = "/api/";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject SignIn signIn;
  @Inject ApiTokens tokens;
  @Inject BasicCredentialCache basicCache;
  @Inject Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.apply(request, response);
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential form) {
      return signInWithForm(request, context, form);
    }
    Optional<SignedInSession.Holder> session = SignedInSession.of(request);
    if (session.isPresent()) {
      Optional<Set<Role>> roles = signIn.stillSignedIn(session.get().username(), session.get().since());
      if (roles.isPresent()) {
        return context.notifyContainerAboutLogin(session.get().username(), groups(roles.get()));
      }
      SignedInSession.end(request);
    }
    if (context.isProtected()) {
      return redirectToSignIn(request, response, context);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SignedInSession.end(request);
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private AuthenticationStatus signInWithForm(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
    Optional<SignIn.SignedIn> signedIn = signIn.withPassword(form.getCaller(), form.getPassword().getValue());
    if (signedIn.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignedInSession.start(request, signedIn.get().username(), clock.instant());
    return context.notifyContainerAboutLogin(signedIn.get().username(), groups(signedIn.get().roles()));
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokens.verify(authorization.substring(7).strip())
          .map(s -> context.notifyContainerAboutLogin(s.username(), groups(s.roles())))
          .orElseGet(() -> unauthorized(request, response, context, "problem.unauthenticated.token"));
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip())
          .map(s -> context.notifyContainerAboutLogin(s.username(), groups(s.roles())))
          .orElseGet(() -> unauthorized(request, response, context, "problem.unauthenticated.basic"));
    }
    if (context.isProtected()) {
      return unauthorized(request, response, context, "problem.unauthenticated");
    }
    return context.doNothing();
  }

  private Optional<SignIn.SignedIn> basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return Optional.empty();
    }
    String username = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    Instant now = clock.instant();
    Optional<BasicCredentialCache.Entry> cached = basicCache.lookup(username, password, now);
    if (cached.isPresent()) {
      return signIn.stillSignedIn(cached.get().username(), cached.get().verifiedAt())
          .map(roles -> new SignIn.SignedIn(cached.get().username(), roles));
    }
    Optional<SignIn.SignedIn> signedIn = signIn.withPassword(username, password.toCharArray());
    signedIn.ifPresent(s -> basicCache.remember(username, password, now));
    return signedIn;
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String key) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"homeward\", Basic realm=\"homeward\", charset=\"UTF-8\"");
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Problem problem = new Problem("urn:homeward:problem:unauthenticated",
          ProblemMessages.text("problem.unauthenticated.title", request.getLocale()), 401,
          ProblemMessages.text(key, request.getLocale()), List.of());
      response.getWriter().write(JSON.toJson(problem));
    } catch (IOException e) {
      // the client went away; nothing more to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus redirectToSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target = request.getContextPath() + LOGIN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
            + target + "\"></redirect></partial-response>");
      } catch (IOException e) {
        // the client went away
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(target);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API) || path.equals("/api");
  }

  private static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
