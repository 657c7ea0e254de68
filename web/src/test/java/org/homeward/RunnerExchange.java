package org.homeward;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Holds the request and response of the Arquillian runner call that is executing a test, on its
 * thread. CDI offers the request but not the response, and {@code SecurityContext.authenticate}
 * needs both. Mapped by the test deployment's web-fragment.xml to the runner servlet only.
 */
public class RunnerExchange extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<Exchange> CURRENT = new ThreadLocal<>();

  /** The runner call on this thread. */
  public record Exchange(HttpServletRequest request, HttpServletResponse response) {}

  public static Exchange current() {
    Exchange exchange = CURRENT.get();
    if (exchange == null) {
      throw new IllegalStateException("Not inside an Arquillian runner request");
    }
    return exchange;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    CURRENT.set(new Exchange(request, response));
    try {
      chain.doFilter(request, response);
    } finally {
      CURRENT.remove();
    }
  }
}
