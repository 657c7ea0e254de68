package org.homeward.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homeward.system.RunningHomeward;

/**
 * A signed-in browser session without the browser: the sign-in form posted over plain HTTP, the
 * session cookie kept, pages fetched as HTML. Much faster than Chromium when only the answer to an
 * address matters.
 */
final class PageSession {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  record Page(int status, String html) {

    /** The page's heading, the text of its first {@code h1}. */
    String heading() {
      Matcher h1 = Pattern.compile("<h1[^>]*>\\s*(.*?)\\s*</h1>", Pattern.DOTALL).matcher(html);
      return h1.find() ? h1.group(1).replaceAll("<[^>]+>", "").strip() : "";
    }
  }

  private final String base = RunningHomeward.get().baseUri();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .cookieHandler(new CookieManager())
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build();

  static PageSession signedIn(String username, String password) {
    PageSession session = new PageSession();
    Page login = session.open("/login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(login.html());
    if (!viewState.find()) {
      throw new IllegalStateException("No view state on the sign-in page");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("loginForm:username", username);
    form.put("loginForm:password", password);
    form.put("loginForm:signIn", "");
    form.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
    Page signedIn = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")))));
    if (!signedIn.html().contains("signOutForm")) {
      throw new IllegalStateException(username + " could not sign in: " + signedIn.status() + " " + signedIn.heading());
    }
    return session;
  }

  Page open(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
