package org.homeward.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --backup and --restore refuse before they touch a database (BackupIT backs up and restores one). */
class BackupsTest {

  @TempDir Path temp;

  private Settings settings(Path dataDir, String dbUrl) {
    return Settings.from(dbUrl == null ? Map.of("HOMEWARD_DATA_DIR", dataDir.toString())
        : Map.of("HOMEWARD_DATA_DIR", dataDir.toString(), "HOMEWARD_DB_URL", dbUrl), List.of());
  }

  @Test
  void anExternalDatabaseIsBackedUpWithItsOwnTools() throws Exception {
    Settings external = settings(temp.resolve("data"), "jdbc:postgresql://db/homeward");
    assertThat(Backups.backup(external, temp.resolve("b.zip"))).isEqualTo(2);
    assertThat(Backups.restore(external, temp.resolve("b.zip"))).isEqualTo(2);
  }

  @Test
  void aDataDirectoryWithoutADatabaseHasNothingToBackUp() throws Exception {
    assertThat(Backups.backup(settings(temp.resolve("empty"), null), temp.resolve("b.zip"))).isEqualTo(2);
    assertThat(temp.resolve("b.zip")).doesNotExist();
  }

  @Test
  void aRestoreNeverOverwritesADatabase() throws Exception {
    Path dataDir = temp.resolve("data");
    Files.createDirectories(dataDir.resolve("postgres"));
    Files.writeString(dataDir.resolve("postgres/PG_VERSION"), "17", StandardCharsets.UTF_8);
    assertThat(Backups.restore(settings(dataDir, null), zip(Map.of("postgres/PG_VERSION", "16")))).isEqualTo(2);
    assertThat(Files.readString(dataDir.resolve("postgres/PG_VERSION"), StandardCharsets.UTF_8)).isEqualTo("17");
  }

  @Test
  void aFileWhoseEntriesLeaveTheDataDirectoryIsRefused() throws Exception {
    Path dataDir = temp.resolve("fresh/data");
    Path file = zip(Map.of("../outside", "x"));
    assertThatThrownBy(() -> Backups.restore(settings(dataDir, null), file)).isInstanceOf(IOException.class).hasMessageContaining("outside");
    assertThat(temp.resolve("fresh/outside")).doesNotExist();
  }

  @Test
  void aFileThatIsNotABaseBackupIsRefused() throws Exception {
    Path file = zip(Map.of("postgres/PG_VERSION", "17"));
    assertThatThrownBy(() -> Backups.restore(settings(temp.resolve("other/data"), null), file))
        .isInstanceOf(IOException.class).hasMessageContaining("backup_label");
  }

  private Path zip(Map<String, String> entries) throws IOException {
    Path file = Files.createTempFile(temp, "backup", ".zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }
}
