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
}
