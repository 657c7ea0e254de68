package org.homeward.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the launcher is told, from {@code HOMEWARD_*} environment variables and its arguments.
 *
 * @param dataDir where the embedded database (and anything else kept between runs) lives
 * @param port the HTTP port
 * @param bindAddress the address the HTTP listener binds to: loopback unless told otherwise, since
 *     a server holding personal data should not open itself to the network by accident
 * @param externalDbUrl an external PostgreSQL to use instead of the embedded one
 * @param demo whether to load the demonstration data into an empty database
 * @param cluster the data grid to join, if this node is one of several
 */
record Settings(Path dataDir, int port, String bindAddress, Optional<String> externalDbUrl, boolean demo,
    Optional<Cluster> cluster) {

  /** The default port of Payara's data grid, for members listed without one. */
  static final int DEFAULT_CLUSTER_PORT = 6900;

  private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
  private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?");

  /**
   * A node of a cluster: Payara's Hazelcast data grid joined by listing its members (TCP/IP
   * discovery, never multicast), so that HTTP sessions survive the loss of the node serving them.
   *
   * @param name the cluster's name; only nodes with the same name join
   * @param members every node's data-grid address, {@code host:port}, this one included
   * @param port the data-grid port this node listens on
   * @param address the interface the data grid listens and talks on
   */
  record Cluster(String name, List<String> members, int port, String address) {}

  static Settings from(Map<String, String> env, List<String> args) {
    Path dataDir = Path.of(env.getOrDefault("HOMEWARD_DATA_DIR", "data")).toAbsolutePath().normalize();
    int port = parsePort("HOMEWARD_PORT", env.getOrDefault("HOMEWARD_PORT", "8080"));
    String bind = env.getOrDefault("HOMEWARD_BIND_ADDRESS", "127.0.0.1");
    Optional<String> dbUrl = Optional.ofNullable(env.get("HOMEWARD_DB_URL")).filter(s -> !s.isBlank());
    boolean demo = args.contains("--demo") || "true".equalsIgnoreCase(env.get("HOMEWARD_DEMO"));
    return new Settings(dataDir, port, bind, dbUrl, demo, cluster(env, bind, dbUrl));
  }

  private static Optional<Cluster> cluster(Map<String, String> env, String bind, Optional<String> dbUrl) {
    String name = env.getOrDefault("HOMEWARD_CLUSTER", "").strip();
    String members = env.getOrDefault("HOMEWARD_CLUSTER_MEMBERS", "").strip();
    if (name.isEmpty()) {
      if (!members.isEmpty()) {
        throw new IllegalArgumentException("HOMEWARD_CLUSTER_MEMBERS needs HOMEWARD_CLUSTER, the cluster's name");
      }
      return Optional.empty();
    }
    if (!CLUSTER_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("HOMEWARD_CLUSTER must be a name of letters, digits, '.', '_' or '-', not '" + name + "'");
    }
    if (members.isEmpty()) {
      throw new IllegalArgumentException("HOMEWARD_CLUSTER_MEMBERS must list the nodes' data-grid addresses, "
          + "e.g. 127.0.0.1:6900,127.0.0.1:6901 (multicast discovery is never used)");
    }
    List<String> list = Arrays.stream(members.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
    for (String member : list) {
      if (!MEMBER.matcher(member).matches()) {
        throw new IllegalArgumentException("HOMEWARD_CLUSTER_MEMBERS: '" + member + "' is not host or host:port");
      }
      if (member.contains(":")) {
        parsePort("HOMEWARD_CLUSTER_MEMBERS", member.substring(member.indexOf(':') + 1));
      }
    }
    if (dbUrl.isEmpty()) {
      throw new IllegalArgumentException("HOMEWARD_CLUSTER needs HOMEWARD_DB_URL: every node of a cluster uses one "
          + "PostgreSQL, never a database embedded in one of them");
    }
    int clusterPort = parsePort("HOMEWARD_CLUSTER_PORT",
        env.getOrDefault("HOMEWARD_CLUSTER_PORT", String.valueOf(DEFAULT_CLUSTER_PORT)));
    String address = env.getOrDefault("HOMEWARD_CLUSTER_ADDRESS", "0.0.0.0".equals(bind) ? "127.0.0.1" : bind).strip();
    return Optional.of(new Cluster(name, list, clusterPort, address));
  }

  private static int parsePort(String variable, String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " must be a port number from 1 to 65535, not '" + value + "'");
    }
  }
}
