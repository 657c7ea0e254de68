package org.homeward.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher is told, from {@code HOMEWARD_*} environment variables and its arguments.
 *
 * @param dataDir where the embedded database (and anything else kept between runs) lives
 * @param port the HTTP port
 * @param bindAddress the address the HTTP listener binds to: loopback unless told otherwise, since
 *     a server holding personal data should not open itself to the network by accident
 * @param externalDbUrl an external PostgreSQL to use instead of the embedded one
 * @param demo whether to load the demonstration data into an empty database
 */
record Settings(Path dataDir, int port, String bindAddress, Optional<String> externalDbUrl, boolean demo) {

  static Settings from(Map<String, String> env, List<String> args) {
    Path dataDir = Path.of(env.getOrDefault("HOMEWARD_DATA_DIR", "data")).toAbsolutePath().normalize();
    int port = parsePort(env.getOrDefault("HOMEWARD_PORT", "8080"));
    String bind = env.getOrDefault("HOMEWARD_BIND_ADDRESS", "127.0.0.1");
    Optional<String> dbUrl = Optional.ofNullable(env.get("HOMEWARD_DB_URL")).filter(s -> !s.isBlank());
    boolean demo = args.contains("--demo") || "true".equalsIgnoreCase(env.get("HOMEWARD_DEMO"));
    return new Settings(dataDir, port, bind, dbUrl, demo);
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("HOMEWARD_PORT must be a port number from 1 to 65535, not '" + value + "'");
    }
  }
}
