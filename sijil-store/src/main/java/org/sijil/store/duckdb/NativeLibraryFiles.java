package org.sijil.store.duckdb;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps DuckDB's native library from piling up in the temporary folder. The JDBC driver (2.0.x)
 * copies its 70 MB library to a new {@code libduckdb_java*.so} in {@code java.io.tmpdir} on every
 * start and only deletes it at a normal JVM exit, so every killed process left one behind; the
 * driver offers no setting for the path. So, on Linux, once the library is loaded:
 *
 * <ul>
 *   <li>this process's copy is deleted at once (the loaded mapping stays valid, as for any unlinked
 *       file), so even a SIGKILL leaves nothing;
 *   <li>copies older than {@link #STALE_AFTER} left by earlier processes are deleted too (any
 *       process still using one keeps its mapping; a copy that young may still be being loaded).
 * </ul>
 *
 * <p>Elsewhere nothing is done (Windows cannot delete a loaded library; macOS keeps the driver's
 * delete-on-exit).
 */
final class NativeLibraryFiles {

  static final Duration STALE_AFTER = Duration.ofMinutes(10);
  private static final String PREFIX = "libduckdb_java";
  private static final Path SELF_MAPS = Path.of("/proc/self/maps");
  private static final AtomicBoolean DONE = new AtomicBoolean();

  private NativeLibraryFiles() {}

  /** Once per process, after the first connection: the clean-up above. Never fails the caller. */
  static void cleanUpOnce() {
    if (!DONE.compareAndSet(false, true) || !Files.isReadable(SELF_MAPS)) {
      return;
    }
    try {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      for (Path own : loadedCopies(Files.readAllLines(SELF_MAPS), tmp)) {
        Files.deleteIfExists(own);
      }
      sweep(tmp, Instant.now().minus(STALE_AFTER));
    } catch (IOException | RuntimeException e) {
      // Housekeeping only: a register that opened must not fail for it.
    }
  }

  /**
   * Paths of this process's mapped copies of the library in {@code tmp}, from /proc/self/maps
   * lines.
   */
  static List<Path> loadedCopies(List<String> maps, Path tmp) {
    List<Path> out = new ArrayList<>();
    for (String line : maps) {
      int slash = line.indexOf('/');
      if (slash < 0) {
        continue;
      }
      Path p = Path.of(line.substring(slash).strip());
      if (isCopy(p) && tmp.equals(p.getParent()) && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Deletes copies in {@code dir} last modified before {@code cutoff}; returns how many. */
  static int sweep(Path dir, Instant cutoff) throws IOException {
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.so")) {
      for (Path f : files) {
        try {
          if (isCopy(f)
              && Files.isRegularFile(f)
              && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
            Files.delete(f);
            deleted++;
          }
        } catch (IOException e) {
          // another user's file, or gone already
        }
      }
    }
    return deleted;
  }

  private static boolean isCopy(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(PREFIX) && name.toString().endsWith(".so");
  }
}
