package org.homeward.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code --backup FILE} and {@code --restore FILE} for the embedded database: an online base backup
 * taken through PostgreSQL's own backup functions ({@code pg_backup_start} / {@code pg_backup_stop})
 * while Homeward runs or not, written as one zip file; restored into a fresh data directory, where
 * the server recovers from the write-ahead log the backup carries. The embedded distribution ships
 * no {@code pg_dump} (only {@code initdb}, {@code pg_ctl} and {@code postgres}), and a {@code
 * pg_dump} older than the server refuses to dump it; an external database is backed up with its own
 * tools (README, "Backups and crash safety").
 *
 * <p>The file holds everything Homeward knows about people and the database roles' passwords: keep
 * it as carefully as the data directory itself.
 */
final class Backups {

  private static final String DATA = "postgres/";
  private static final List<String> PASSWORD_FILES = List.of("db-password", "db-owner-password");
  /** Left out of a base backup, as PostgreSQL's documentation says; the directories themselves are kept. */
  private static final Set<String> CONTENTS_LEFT_OUT = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify",
      "pg_serial", "pg_snapshots", "pg_subtrans");
  private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label",
      "tablespace_map", "backup_label.old");

  private Backups() {}

  /** Backs up the embedded database of {@code dataDir} into {@code file}; returns the exit code. */
  static int backup(Settings settings, Path file) throws IOException, SQLException {
    if (settings.externalDbUrl().isPresent()) {
      System.err.println("Homeward: HOMEWARD_DB_URL names an external database: back it up with its own tools (pg_dump; see README.md)");
      return 2;
    }
    Path dataDir = settings.dataDir();
    Path directory = dataDir.resolve("postgres");
    if (!Files.exists(directory.resolve("PG_VERSION"))) {
      System.err.println("Homeward: no database in " + directory);
      return 2;
    }
    Path target = file.toAbsolutePath();
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try (FileChannel lockChannel = FileChannel.open(dataDir.resolve("homeward.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      copy(dataDir, directory, partial, lockChannel.tryLock());
    } catch (IOException | SQLException | RuntimeException e) {
      // no half-written file that could be taken for a backup
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("Homeward: backed up " + directory + " to " + target + " (" + Files.size(target) / 1024 + " KiB)");
    return 0;
  }

  /**
   * The base backup into {@code partial}: from Homeward's running server when {@code lock} is null
   * (Homeward holds the data directory's lock), otherwise from a server started for the backup.
   */
  private static void copy(Path dataDir, Path directory, Path partial, FileLock lock) throws IOException, SQLException {
    // Homeward is running (it holds the lock): back up its server; otherwise start one for the backup
    EmbeddedDatabase started = lock == null ? null : EmbeddedDatabase.start(dataDir);
    try (OutputStream out = Files.newOutputStream(partial);
        ZipOutputStream zip = new ZipOutputStream(out);
        Connection superuser = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + port(directory) + "/postgres", "postgres", "")) {
      restrict(partial);
      try (Statement s = superuser.createStatement()) {
        s.execute("select pg_backup_start('homeward', true)");
      }
      copyTree(directory, zip, DATA, true);
      String label;
      String tablespaceMap;
      try (Statement s = superuser.createStatement(); ResultSet rs = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
        rs.next();
        label = rs.getString(1);
        tablespaceMap = rs.getString(2);
      }
      add(zip, DATA + "backup_label", label.getBytes(StandardCharsets.UTF_8));
      if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
        add(zip, DATA + "tablespace_map", tablespaceMap.getBytes(StandardCharsets.UTF_8));
      }
      // the write-ahead log written while the files were copied, which makes them consistent
      copyTree(directory.resolve("pg_wal"), zip, DATA + "pg_wal/", false);
      for (String name : PASSWORD_FILES) {
        if (Files.exists(dataDir.resolve(name))) {
          add(zip, name, Files.readAllBytes(dataDir.resolve(name)));
        }
      }
    } finally {
      if (started != null) {
        started.close();
      }
      if (lock != null) {
        lock.release();
      }
    }
  }

  /** Restores {@code file} into an empty data directory and lets the server recover from it once. */
  static int restore(Settings settings, Path file) throws IOException, SQLException {
    if (settings.externalDbUrl().isPresent()) {
      System.err.println("Homeward: HOMEWARD_DB_URL names an external database: restore it with its own tools (pg_restore; see README.md)");
      return 2;
    }
    Path dataDir = settings.dataDir();
    if (Files.exists(dataDir.resolve("postgres"))) {
      System.err.println("Homeward: " + dataDir + " already holds a database; restore into a new HOMEWARD_DATA_DIR (move the old one away first)");
      return 2;
    }
    Files.createDirectories(dataDir);
    try (FileChannel lockChannel = FileChannel.open(dataDir.resolve("homeward.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.tryLock()) {
      if (lock == null) {
        System.err.println("Homeward: another Homeward is running on " + dataDir);
        return 1;
      }
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          Path path = dataDir.resolve(entry.getName()).normalize();
          if (!path.startsWith(dataDir)) {
            throw new IOException("Not a Homeward backup: the entry " + entry.getName() + " points outside the data directory");
          }
          if (entry.isDirectory()) {
            Files.createDirectories(path);
          } else {
            Files.createDirectories(path.getParent());
            Files.copy(zip, path);
            restrict(path);
          }
        }
      }
      Path directory = dataDir.resolve("postgres");
      if (!Files.exists(directory.resolve("backup_label"))) {
        throw new IOException("Not a Homeward backup: it has no backup_label");
      }
      try (Stream<Path> paths = Files.walk(directory)) {
        for (Path path : (Iterable<Path>) paths::iterator) {
          if (Files.isDirectory(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
          }
        }
      }
      // the first start recovers from the backup's write-ahead log; do it now, so that a bad backup shows here
      try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
          Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from audit_entry")) {
        rs.next();
        System.out.println("Homeward: restored " + file.toAbsolutePath() + " into " + dataDir + " (" + rs.getLong(1)
            + " audit rows); start Homeward with HOMEWARD_DATA_DIR=" + dataDir);
      }
    }
    return 0;
  }

  private static String port(Path directory) throws IOException {
    return Files.readAllLines(directory.resolve("postmaster.pid")).get(3).strip();
  }

  /**
   * The files under {@code directory} into the zip under {@code prefix}; with {@code leaveOut}, without
   * what a base backup leaves out. A file or directory that goes away meanwhile (a temporary one) is
   * skipped; any other failure fails the backup.
   */
  private static void copyTree(Path directory, ZipOutputStream zip, String prefix, boolean leaveOut) throws IOException {
    Files.walkFileTree(directory, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attributes)
          throws IOException {
        Path relative = directory.relativize(dir);
        if (!relative.toString().isEmpty()) {
          zip.putNextEntry(new ZipEntry(prefix + name(relative) + "/"));
          zip.closeEntry();
          if (leaveOut && CONTENTS_LEFT_OUT.contains(relative.toString())) {
            return java.nio.file.FileVisitResult.SKIP_SUBTREE;
          }
        }
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) throws IOException {
        Path relative = directory.relativize(file);
        if (!(leaveOut && FILES_LEFT_OUT.contains(relative.toString()))) {
          addFile(zip, file, prefix + name(relative));
        }
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return java.nio.file.FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
  }

  private static String name(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  /** A file; one that went away while the server ran (a temporary one) is skipped. */
  private static void addFile(ZipOutputStream zip, Path path, String name) throws IOException {
    Optional<InputStream> in;
    try {
      in = Optional.of(Files.newInputStream(path));
    } catch (NoSuchFileException e) {
      in = Optional.empty();
    }
    if (in.isEmpty()) {
      return;
    }
    try (InputStream input = in.get()) {
      zip.putNextEntry(new ZipEntry(name));
      input.transferTo(zip);
      zip.closeEntry();
    }
  }

  private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }
}
