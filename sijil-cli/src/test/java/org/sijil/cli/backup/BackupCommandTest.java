package org.sijil.cli.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sijil.cli.Cli;
import org.sijil.cli.copy.CopyContract;
import org.sijil.cli.serve.SampleRegister;

/**
 * {@code sijil backup} / {@code restore} between DuckDB files, and every bad archive or destination
 * refused with its reason, writing nothing.
 */
class BackupCommandTest extends BackupContract {

  private Path small;
  private Path archive;

  @Override
  protected Path middle() {
    return dir.resolve("b.db");
  }

  /** A one-release register and its archive. */
  @BeforeEach
  void smallArchive() {
    small = dir.resolve("small.db");
    SampleRegister.writeLists(dir);
    Cli.ok(
        "import",
        dir.resolve("hospital-r1.csv"),
        "--source",
        "h",
        "--release",
        "r1",
        "--db",
        small);
    archive = dir.resolve("small.sijil-backup");
    Cli.ok("backup", "--db", small, "--out", archive);
  }

  @Test
  void aTruncatedArchiveIsRefusedAndNothingWritten() throws IOException {
    byte[] bytes = Files.readAllBytes(archive);
    Path cut = dir.resolve("cut.sijil-backup");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    refused(cut, "not a whole zip archive");
  }

  @Test
  void anAlteredArchiveIsRefused() throws IOException {
    byte[] bytes = Files.readAllBytes(archive);
    bytes[bytes.length / 2] ^= 0x5a;
    Path flipped = dir.resolve("flipped.sijil-backup");
    Files.write(flipped, bytes);
    refused(flipped, "refused");

    Path other = dir.resolve("other.db");
    Cli.ok(
        "import",
        dir.resolve("obituaries-o1.csv"),
        "--source",
        "o",
        "--release",
        "o1",
        "--db",
        other);
    Path otherArchive = dir.resolve("other.sijil-backup");
    Cli.ok("backup", "--db", other, "--out", otherArchive);
    Map<String, byte[]> swapped = entries(archive);
    swapped.put("register.db", entries(otherArchive).get("register.db"));
    refused(write("swapped", swapped), "the archive was altered");
  }

  @Test
  void aWrongManifestIsRefusedNamingWhatDiffers() throws IOException {
    Map<String, byte[]> e = entries(archive);
    String manifest = new String(e.get("manifest.json"), StandardCharsets.UTF_8);
    String rows = manifest.replaceFirst("\"raw_rows\" : (\\d+)", "\"raw_rows\" : 7");
    assertFalse(rows.equals(manifest), manifest);
    e.put("manifest.json", rows.getBytes(StandardCharsets.UTF_8));
    refused(write("rows", e), "table raw_rows holds");

    String root = manifest.replaceFirst("\"root\" : \"[0-9a-f]", "\"root\" : \"x");
    e.put("manifest.json", root.getBytes(StandardCharsets.UTF_8));
    refused(write("root", e), "the log's stored tree is");

    e.put("manifest.json", "{\"format\": \"something-else\"}".getBytes(StandardCharsets.UTF_8));
    refused(write("format", e), "manifest.json: no field");

    e.remove("manifest.json");
    refused(write("none", e), "holds no manifest.json");
  }

  @Test
  void aDestinationWithRowsAndAnExistingArchiveAreRefused() throws IOException {
    Path filled = dir.resolve("filled.db");
    Cli.ok(
        "import",
        dir.resolve("obituaries-o1.csv"),
        "--source",
        "o",
        "--release",
        "o1",
        "--db",
        filled);
    Map<String, java.util.List<String>> before = CopyContract.rows(filled);
    Cli.Run r = Cli.run("restore", "--archive", archive, "--db", filled);
    assertEquals(1, r.code());
    assertTrue(r.err().contains("already holds a register"), r.err());
    assertEquals(before, CopyContract.rows(filled));

    byte[] kept = Files.readAllBytes(archive);
    Cli.Run over = Cli.run("backup", "--db", filled, "--out", archive);
    assertEquals(1, over.code());
    assertTrue(over.err().contains("already exists"), over.err());
    assertArrayEquals(kept, Files.readAllBytes(archive));
    assertEquals(
        1,
        Cli.run("backup", "--db", dir.resolve("none.db"), "--out", dir.resolve("none.sijil-backup"))
            .code());
    assertFalse(Files.exists(dir.resolve("none.sijil-backup")));
  }

  /** Restoring and verifying the archive both fail naming {@code why}; no register is created. */
  private void refused(Path bad, String why) {
    Path target = dir.resolve("restored-" + bad.getFileName() + ".db");
    Cli.Run r = Cli.run("restore", "--archive", bad, "--db", target);
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains(why) && r.err().contains(bad.toString()), r.err());
    assertFalse(Files.exists(target), "a refused restore writes nothing");
    Cli.Run v = Cli.run("verify", "archive", bad);
    assertEquals(1, v.code(), v.out());
    assertTrue(v.err().contains(why), v.err());
  }

  private static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        out.put(e.getName(), z.getInputStream(e).readAllBytes());
      }
    }
    return out;
  }

  private Path write(String name, Map<String, byte[]> entries) throws IOException {
    Path out = dir.resolve(name + ".sijil-backup");
    try (OutputStream f = Files.newOutputStream(out);
        ZipOutputStream z = new ZipOutputStream(f)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out;
  }
}
