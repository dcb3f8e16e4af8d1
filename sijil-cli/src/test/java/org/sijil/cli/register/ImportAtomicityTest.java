package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.store.Register;
import org.sijil.store.Release;

/** A failed or killed import leaves the register exactly as it was. */
class ImportAtomicityTest {

  @TempDir Path dir;

  static long count(Path db, String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void assertOnlyFirstRelease(Path db, long rows) throws Exception {
    try (Register reg = Register.open(db)) {
      List<Release> all = reg.releases().list();
      assertEquals(1, all.size(), all.toString());
      assertEquals("first", all.get(0).label());
      assertEquals(rows, all.get(0).rowsImported());
      assertEquals(rows, reg.records().list(all.get(0).id()).size());
    }
    assertEquals(rows, count(db, "raw_rows"));
    assertEquals(rows, count(db, "records"));
    assertEquals(0, count(db, "rejects"));
  }

  @Test
  void importFailingMidFileLeavesNoPartialRelease() throws Exception {
    Path db = dir.resolve("r.db");
    Path good = dir.resolve("good.csv");
    SyntheticList.write(good, 100, 1);
    Cli.ok("import", good, "--source", "s", "--release", "first", "--db", db);
    Path bad = dir.resolve("bad.csv");
    SyntheticList.write(bad, 20_000, 2);
    try (OutputStream out = Files.newOutputStream(bad, java.nio.file.StandardOpenOption.APPEND)) {
      out.write("400999999,".getBytes(StandardCharsets.UTF_8));
      out.write(
          new byte[] {(byte) 0xC3, (byte) 0x28}); // invalid UTF-8, far past the detection sample
      out.write(",x,1,,m,h\n".getBytes(StandardCharsets.UTF_8));
    }
    Cli.Run r =
        Cli.run(
            "import",
            bad,
            "--source",
            "s",
            "--release",
            "second",
            "--db",
            db,
            "--encoding",
            "UTF-8");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("not valid UTF-8"), r.err());
    Cli.Run replace =
        Cli.run(
            "import",
            bad,
            "--source",
            "s",
            "--release",
            "first",
            "--replace",
            "--db",
            db,
            "--encoding",
            "UTF-8");
    assertEquals(1, replace.code(), replace.err());
    assertOnlyFirstRelease(db, 100);
  }

  @Test
  void killedImportLeavesTheRegisterUnchanged() throws Exception {
    Path db = dir.resolve("r.db");
    Path good = dir.resolve("good.csv");
    SyntheticList.write(good, 100, 1);
    Cli.ok("import", good, "--source", "s", "--release", "first", "--db", db);
    Path big = dir.resolve("big.csv");
    SyntheticList.write(big, 1_500_000, 3);
    long before = Files.size(db);

    // A separate JVM replaces release "first" with the big file; it is killed (SIGKILL) mid-import.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "org.sijil.cli.SijilMain",
            "import",
            big.toString(),
            "--source",
            "s",
            "--release",
            "first",
            "--replace",
            "--db",
            db.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("child.log").toFile());
    Process child = pb.start();
    Path wal = Path.of(db + ".wal");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    boolean writing = false;
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (Files.size(db) > before + (4 << 20)
          || (Files.exists(wal) && Files.size(wal) > (1 << 20))) {
        writing = true;
        break;
      }
      Thread.sleep(5);
    }
    boolean alive = child.isAlive();
    child.destroyForcibly();
    child.waitFor(30, TimeUnit.SECONDS);
    assertTrue(
        writing && alive,
        "the child must be killed while writing; log: "
            + Files.readString(dir.resolve("child.log")));
    assertOnlyFirstRelease(db, 100);
    // And the register still works after recovery: the import can be redone.
    Path small = dir.resolve("small.csv");
    SyntheticList.write(small, 50, 4);
    Cli.ok("import", small, "--source", "s", "--release", "second", "--db", db);
  }
}
