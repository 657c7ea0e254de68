package org.homeward.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.homeward.system.RunningHomeward;

/**
 * Plain HTTP to the running server, as fast as a JDK client goes: the matrix sends a couple of
 * thousand requests, and each must only say how the access check answered.
 */
final class MatrixClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base = RunningHomeward.get().baseUri();

  record Answer(int status, String contentType, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }

    boolean isJson() {
      return contentType != null && contentType.contains("json");
    }
  }

  /** Sends one request; {@code token} null sends none, {@code body} null sends no body. */
  Answer send(String method, String path, String token, String contentType, String body, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", accept)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET of JSON that must succeed. */
  JsonNode get(String path, String token) {
    Answer answer = send("GET", path, token, null, null, "application/json");
    if (answer.status() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.json();
  }

  /** A POST of JSON that must succeed. */
  JsonNode post(String path, String token, Object body) {
    try {
      Answer answer = send("POST", path, token, "application/json", JSON.writeValueAsString(body), "application/json");
      if (answer.status() / 100 != 2) {
        throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
      }
      return answer.json();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
