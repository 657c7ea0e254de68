package org.homeward.security.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.homeward.problem.api.Problem;
import org.homeward.problem.api.ProblemMessages;

/**
 * What any request may hold, checked before pages or API see it.
 *
 * <ul>
 *   <li>A declared body larger than {@code homeward.http.max-body-bytes} (default 2.5 MiB, the
 *       largest roster upload the staff page takes) answers 413 before anything reads it, so that
 *       nobody can tie up memory with a huge form or JSON document. No record comes near the
 *       limit. A body sent in chunks, without a length, is counted as the API reads it: see
 *       {@code org.homeward.api.BodyLimits}.
 *   <li>A NUL character in a query or form parameter answers 400: no text Homeward keeps may hold
 *       one (PostgreSQL refuses it), and without this check it would reach the database and fail
 *       there as a server error.
 * </ul>
 */
@WebFilter(filterName = "RequestLimits", urlPatterns = "/*", asyncSupported = true)
public class RequestLimits extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The default largest body accepted, in bytes. */
  public static final long DEFAULT_MAX_BODY_BYTES = 2_621_440;

  private static final Jsonb JSON = JsonbBuilder.create();

  private long maxBodyBytes;

  /** The largest body accepted, in bytes, as configured. */
  public static long maxBodyBytes() {
    return ConfigProvider.getConfig().getOptionalValue("homeward.http.max-body-bytes", Long.class)
        .orElse(DEFAULT_MAX_BODY_BYTES);
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    maxBodyBytes = maxBodyBytes();
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      // the unread body would otherwise be drained before the answer; close the connection instead
      response.setHeader("Connection", "close");
      refuse(request, response, 413, "too-large", "problem.tooLarge");
      return;
    }
    if (holdsNul(request)) {
      refuse(request, response, 400, "invalid-input", "problem.nul");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean holdsNul(HttpServletRequest request) throws IOException {
    String query = request.getQueryString();
    if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
      return true;
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return false;
    }
    if (request.getCharacterEncoding() == null) {
      // what the pages are written in, and what Faces would have chosen for them
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    return request.getParameterMap().entrySet().stream().anyMatch(p -> p.getKey().indexOf('\0') >= 0
        || Arrays.stream(p.getValue()).anyMatch(v -> v.indexOf('\0') >= 0));
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String type, String key)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Problem problem = new Problem("urn:homeward:problem:" + type,
        ProblemMessages.text("problem." + type + ".title", request.getLocale()), status,
        ProblemMessages.text(key, request.getLocale()), null);
    response.getWriter().write(JSON.toJson(problem));
  }
}
