package org.sijil.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.Register;

/** Killed processes used to leave a 72 MB copy of DuckDB's library each in the temporary folder. */
class NativeLibraryFilesTest {

  @TempDir Path dir;

  @Test
  void ourLoadedCopyIsDeletedOnceLoaded() throws Exception {
    Path self = Path.of("/proc/self/maps");
    Assumptions.assumeTrue(Files.isReadable(self), "Linux only");
    Register.open(dir.resolve("r.db")).close();
    List<String> lines =
        Files.readAllLines(self).stream().filter(l -> l.contains("/libduckdb_java")).toList();
    assertFalse(lines.isEmpty(), "the library is mapped");
    for (String l : lines) {
      assertTrue(l.endsWith("(deleted)"), "still on disk: " + l);
    }
  }

  @Test
  void staleCopiesAreSweptYoungOnesAndOtherFilesKept() throws Exception {
    Path stale = Files.write(dir.resolve("libduckdb_java123456.so"), new byte[] {1});
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path young = Files.write(dir.resolve("libduckdb_java999.so"), new byte[] {1});
    Path other = Files.write(dir.resolve("libother.so"), new byte[] {1});
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    assertEquals(
        1, NativeLibraryFiles.sweep(dir, Instant.now().minus(NativeLibraryFiles.STALE_AFTER)));
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(young));
    assertTrue(Files.exists(other));
  }

  @Test
  void mapsLinesAreReadForCopiesInTheTemporaryFolderOnly() {
    Path tmp = Path.of("/tmp");
    List<String> maps =
        List.of(
            "7f00-7f10 r-xp 00000000 08:01 123 /tmp/libduckdb_java42.so",
            "7f10-7f20 r--p 00000000 08:01 123 /tmp/libduckdb_java42.so",
            "7f20-7f30 r-xp 00000000 08:01 124 /usr/lib/libduckdb_java.so",
            "7f30-7f40 rw-p 00000000 00:00 0 [heap]");
    assertEquals(
        List.of(Path.of("/tmp/libduckdb_java42.so")), NativeLibraryFiles.loadedCopies(maps, tmp));
  }
}
