package org.homeward.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsKeepDataHereAndListenOnLoopbackOnly() {
    Settings s = Settings.from(Map.of(), List.of());
    assertThat(s.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(s.port()).isEqualTo(8080);
    assertThat(s.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(s.externalDbUrl()).isEmpty();
    assertThat(s.demo()).isFalse();
  }

  @Test
  void environmentAndArgumentsOverride() {
    Settings s = Settings.from(Map.of("HOMEWARD_DATA_DIR", "/srv/homeward", "HOMEWARD_PORT", "9090",
        "HOMEWARD_BIND_ADDRESS", "0.0.0.0", "HOMEWARD_DB_URL", "jdbc:postgresql://db/homeward"), List.of("--demo"));
    assertThat(s.dataDir()).isEqualTo(Path.of("/srv/homeward"));
    assertThat(s.port()).isEqualTo(9090);
    assertThat(s.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(s.externalDbUrl()).contains("jdbc:postgresql://db/homeward");
    assertThat(s.demo()).isTrue();
  }

  @Test
  void aBadPortIsExplained() {
    assertThatThrownBy(() -> Settings.from(Map.of("HOMEWARD_PORT", "eighty"), List.of()))
        .hasMessageContaining("HOMEWARD_PORT");
    assertThatThrownBy(() -> Settings.from(Map.of("HOMEWARD_PORT", "70000"), List.of()))
        .hasMessageContaining("1 to 65535");
  }

  @Test
  void aSingleNodeKeepsTheDataGridOff() {
    Settings s = Settings.from(Map.of(), List.of());
    assertThat(s.cluster()).isEmpty();
    assertThat(Homeward.dataGrid(s)).containsExactly("--nohazelcast");
  }

  @Test
  void aClusterNodeJoinsTheListedMembersOnly() {
    Settings s = Settings.from(Map.of("HOMEWARD_CLUSTER", "homeward", "HOMEWARD_CLUSTER_MEMBERS", "127.0.0.1:6910, 127.0.0.1",
        "HOMEWARD_CLUSTER_PORT", "6910", "HOMEWARD_PORT", "8621", "HOMEWARD_DB_URL", "jdbc:postgresql://127.0.0.1/homeward"), List.of());
    assertThat(s.cluster()).hasValueSatisfying(c -> {
      assertThat(c.members()).containsExactly("127.0.0.1:6910", "127.0.0.1");
      assertThat(c.port()).isEqualTo(6910);
      assertThat(c.address()).isEqualTo("127.0.0.1");
    });
    assertThat(Homeward.dataGrid(s)).containsExactly("--clustername", "homeward",
        "--clustermode", "tcpip:127.0.0.1:6910,127.0.0.1:6900", "--interfaces", "127.0.0.1",
        "--startport", "6910", "--name", "homeward-8621");
  }

  @Test
  void aClusterIsRefusedWithoutMembersOrOneDatabase() {
    String db = "jdbc:postgresql://127.0.0.1/homeward";
    assertThatThrownBy(() -> Settings.from(Map.of("HOMEWARD_CLUSTER", "homeward", "HOMEWARD_DB_URL", db), List.of()))
        .hasMessageContaining("HOMEWARD_CLUSTER_MEMBERS");
    assertThatThrownBy(() -> Settings.from(Map.of("HOMEWARD_CLUSTER_MEMBERS", "127.0.0.1:6910", "HOMEWARD_DB_URL", db), List.of()))
        .hasMessageContaining("HOMEWARD_CLUSTER");
    assertThatThrownBy(() -> Settings.from(Map.of("HOMEWARD_CLUSTER", "homeward", "HOMEWARD_CLUSTER_MEMBERS", "127.0.0.1:6910"), List.of()))
        .hasMessageContaining("HOMEWARD_DB_URL");
    assertThatThrownBy(() -> Settings.from(Map.of("HOMEWARD_CLUSTER", "home ward", "HOMEWARD_CLUSTER_MEMBERS", "127.0.0.1", "HOMEWARD_DB_URL", db), List.of()))
        .hasMessageContaining("HOMEWARD_CLUSTER must be");
    assertThatThrownBy(() -> Settings.from(Map.of("HOMEWARD_CLUSTER", "homeward", "HOMEWARD_CLUSTER_MEMBERS", "127.0.0.1:99999", "HOMEWARD_DB_URL", db), List.of()))
        .hasMessageContaining("1 to 65535");
  }
}
