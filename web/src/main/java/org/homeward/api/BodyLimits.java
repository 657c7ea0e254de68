package org.homeward.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.security.web.RequestLimits;

/**
 * Every API body is read whole, at most {@code homeward.http.max-body-bytes}, before JSON-B sees
 * it: a longer one (sent in chunks, so that {@link RequestLimits} could not refuse it by its
 * length) answers 413; JSON nested deeper than {@value #MAX_JSON_DEPTH} levels answers a 400
 * naming the body (no record of Homeward is nested more than a few levels; deeper documents only
 * serve to exhaust the parser's stack or time); and a text value holding a NUL character, which
 * PostgreSQL cannot store, answers a 400 naming its field instead of failing in the database.
 */
@Provider
public class BodyLimits implements ReaderInterceptor {

  static final int MAX_JSON_DEPTH = 32;

  private final long maxBodyBytes = RequestLimits.maxBodyBytes();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    byte[] body = readAtMost(context.getInputStream(), maxBodyBytes);
    if (isJson(context.getMediaType()) && depth(body) > MAX_JSON_DEPTH) {
      throw new InvalidInputException("body", "{body.tooDeep}");
    }
    if (isJson(context.getMediaType())) {
      InvalidInputException.throwIfAny(fieldsWithNul(body).stream().map(field -> new FieldError(field, "{text.nul}")).toList());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (body.length > max) {
      throw new WebApplicationException(413);
    }
    return body;
  }

  private static boolean isJson(MediaType type) {
    return type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
  }

  /** The properties whose text holds a NUL character (escaped in JSON, since it cannot appear raw), each once. */
  static List<String> fieldsWithNul(byte[] json) {
    if (!new String(json, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains("\\u0000")) {
      return List.of();
    }
    Set<String> fields = new LinkedHashSet<>();
    String key = "body";
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(json))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.KEY_NAME) {
          key = parser.getString();
        } else if (event == JsonParser.Event.VALUE_STRING && parser.getString().indexOf('\0') >= 0) {
          fields.add(key);
        }
      }
    } catch (JsonException e) {
      // not JSON: JSON-B says so in its own words
    }
    return List.copyOf(fields);
  }

  /** The deepest nesting of objects and arrays in a JSON text, brackets inside strings aside. */
  static int depth(byte[] json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return deepest;
  }
}
