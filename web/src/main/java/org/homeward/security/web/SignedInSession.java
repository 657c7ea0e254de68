package org.homeward.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;

/**
 * What the HTTP session holds about a person signed in through the form: their user name and when
 * they signed in. Nothing else; their roles are read afresh on every request.
 */
final class SignedInSession {

  private static final String USER = "homeward.user";
  private static final String SINCE = "homeward.signedInAt";

  record Holder(String username, Instant since) {}

  private SignedInSession() {}

  /** Starts a signed-in session under a new session id (no session fixation). */
  static void start(HttpServletRequest request, String username, Instant now) {
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(USER, username);
    session.setAttribute(SINCE, now);
  }

  static Optional<Holder> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(USER) instanceof String user)
        || !(session.getAttribute(SINCE) instanceof Instant since)) {
      return Optional.empty();
    }
    return Optional.of(new Holder(user, since));
  }

  static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
