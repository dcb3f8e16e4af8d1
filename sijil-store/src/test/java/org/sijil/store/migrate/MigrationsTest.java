package org.sijil.store.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.UserError;

class MigrationsTest {

  private static final String POSTGRES = "org/sijil/store/migrations/postgres/";

  @TempDir Path dir;

  @Test
  void parsesDescriptionAndStatements() {
    Migration m =
        Migrations.parse(
            7,
            "-- Adds things\n-- more\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (y VARCHAR);\n");
    assertEquals("Adds things", m.description());
    assertEquals(
        List.of("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (y VARCHAR)"), m.statements());
  }

  @Test
  void migrationOneIsOnTheClasspath() {
    assertEquals(1, Migrations.available().get(0).version());
  }

  @Test
  void aBackendsOwnFileReplacesTheSharedOneOfItsNumber() {
    List<Migration> shared = Migrations.available();
    List<Migration> postgres = Migrations.available(POSTGRES);
    assertEquals(
        shared.stream().map(Migration::version).toList(),
        postgres.stream().map(Migration::version).toList(),
        "every version exists for both backends");
    for (int i = 0; i < shared.size(); i++) {
      assertEquals(
          shared.get(i).description(),
          postgres.get(i).description(),
          "V" + shared.get(i).version() + "'s description");
    }
  }

  /** Probing stops after a long gap of numbers; no file in the source folders may lie beyond it. */
  @Test
  void everyFileInTheSourceFoldersIsFound() throws Exception {
    Path shared = Path.of("src/main/resources").resolve(Migrations.DIRECTORY);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isDirectory(shared), "run from the module folder");
    java.util.Set<Integer> onDisk = new java.util.TreeSet<>();
    for (Path folder : List.of(shared, Path.of("src/main/resources").resolve(POSTGRES))) {
      try (var files = java.nio.file.Files.list(folder)) {
        files
            .map(f -> f.getFileName().toString())
            .filter(n -> n.matches("V\\d+\\.sql"))
            .forEach(n -> onDisk.add(Integer.parseInt(n.replaceAll("\\D", ""))));
      }
    }
    assertEquals(
        List.copyOf(onDisk),
        Migrations.available(POSTGRES).stream().map(Migration::version).toList());
  }

  /**
   * A PostgreSQL file that repeats the shared SQL is a near-copy to keep in step: only files whose
   * statements differ (a collation, an index, a type name) belong in the PostgreSQL folder. Reads
   * the source folder, since a build folder may still hold files deleted from it.
   */
  @Test
  void aBackendKeepsItsOwnFileOnlyWhereItsSqlDiffers() throws Exception {
    Path own = Path.of("src/main/resources").resolve(POSTGRES);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isDirectory(own), "run from the module folder");
    java.util.Map<Integer, Migration> shared = new java.util.HashMap<>();
    Migrations.available().forEach(m -> shared.put(m.version(), m));
    try (var files = java.nio.file.Files.list(own)) {
      for (Path f : files.toList()) {
        int v = Integer.parseInt(f.getFileName().toString().replaceAll("\\D", ""));
        Migration m = Migrations.parse(v, java.nio.file.Files.readString(f));
        assertNotEquals(
            shared.get(v).statements(),
            m.statements(),
            f + " repeats the shared V" + v + ".sql: delete it");
      }
    }
  }

  @Test
  void appliesMissingVersionsOnceEvenOutOfOrder() throws Exception {
    Migration one = new Migration(1, "one", List.of("CREATE TABLE t1 (x INTEGER)"));
    Migration two = new Migration(2, "two", List.of("CREATE TABLE t2 (x INTEGER)"));
    Migration three = new Migration(3, "three", List.of("CREATE TABLE t3 (x INTEGER)"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("m.db"))) {
      assertEquals(List.of(1, 3), Migrations.migrate(c, List.of(one, three)));
      assertEquals(List.of(1, 2, 3), Migrations.migrate(c, List.of(one, two, three)));
      assertEquals(List.of(1, 2, 3), Migrations.migrate(c, List.of(one, two, three)));
      assertThrows(UserError.class, () -> Migrations.migrate(c, List.of(one, two)));
    }
  }

  @Test
  void failedMigrationLeavesNoTrace() throws Exception {
    Migration one = new Migration(1, "one", List.of("CREATE TABLE t1 (x INTEGER)"));
    Migration bad = new Migration(2, "bad", List.of("CREATE TABLE t2 (x INTEGER)", "NOT SQL"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("m.db"))) {
      assertThrows(IllegalStateException.class, () -> Migrations.migrate(c, List.of(one, bad)));
      c.setAutoCommit(true);
      assertEquals(List.of(1), List.copyOf(Migrations.applied(c)));
      try (Statement st = c.createStatement()) {
        assertThrows(java.sql.SQLException.class, () -> st.executeQuery("SELECT * FROM t2"));
      }
    }
  }

  /**
   * Two connections of one process opening a register that needs a migration at once (the server
   * reads its snapshot while its jobs start): both end up with the migration applied once, neither
   * fails on the other's write (a real start failed this way, "Catalog write-write conflict").
   */
  @Test
  void twoConnectionsMigratingAtOnceBothSucceed() throws Exception {
    Migration one = new Migration(1, "one", List.of("CREATE TABLE jobs (x INTEGER)"));
    Migration two = new Migration(2, "two", List.of("ALTER TABLE jobs ADD COLUMN y INTEGER"));
    for (int round = 0; round < 10; round++) {
      Path file = dir.resolve("c" + round + ".db");
      try (Connection c1 = DriverManager.getConnection("jdbc:duckdb:" + file)) {
        Migrations.migrate(c1, List.of(one));
        try (Connection c2 = ((org.duckdb.DuckDBConnection) c1).duplicate()) {
          java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
          java.util.concurrent.ExecutorService pool =
              java.util.concurrent.Executors.newFixedThreadPool(2);
          try {
            var a = pool.submit(() -> migrateAfter(start, c1, List.of(one, two)));
            var b = pool.submit(() -> migrateAfter(start, c2, List.of(one, two)));
            assertEquals(List.of(1, 2), a.get());
            assertEquals(List.of(1, 2), b.get());
          } finally {
            pool.shutdownNow();
          }
          c1.setAutoCommit(true);
          assertEquals(List.of(1, 2), List.copyOf(Migrations.applied(c1)));
        }
      }
    }
  }

  private static List<Integer> migrateAfter(
      java.util.concurrent.CyclicBarrier start, Connection c, List<Migration> migrations)
      throws Exception {
    start.await();
    return Migrations.migrate(c, migrations);
  }
}
