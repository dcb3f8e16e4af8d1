package org.sijil.store.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * A mark beside a register file ({@code NAME.waiting}) saying that a process is waiting for the
 * file while another holds it, so a server keeping the file open between requests ({@link
 * DuckDbRegister#hold}) lets it go for the waiting command instead of holding it while its pages
 * come close together.
 *
 * <p>Rules: a process whose open meets another process's lock writes the mark at each try (at most
 * every half second) and deletes it once it has the file or gives up; a mark not written again
 * within {@link #FRESH} (its process ended while waiting) counts as none. Marking is best effort: a
 * folder that cannot be written to just has no mark.
 */
final class WaitMarks {

  /** How long a mark counts after it was last written; a waiter writes it every 0.5 s at most. */
  static final Duration FRESH = Duration.ofSeconds(2);

  private WaitMarks() {}

  static Path of(Path absolute) {
    return absolute.resolveSibling(absolute.getFileName() + ".waiting");
  }

  /** Writes (or rewrites) the mark for {@code absolute}. */
  static void mark(Path absolute) {
    Path mark = of(absolute);
    try {
      if (Files.exists(mark)) {
        Files.setLastModifiedTime(mark, FileTime.from(Instant.now()));
      } else {
        Files.writeString(mark, "waiting for " + absolute.getFileName() + "\n");
      }
    } catch (IOException e) {
      // best effort: without a mark the command waits as it did before there were marks
    }
  }

  /** Deletes the mark for {@code absolute}, if there is one. */
  static void clear(Path absolute) {
    try {
      Files.deleteIfExists(of(absolute));
    } catch (IOException e) {
      // best effort: an old mark stops counting after FRESH
    }
  }

  /** True when a process marked within {@link #FRESH} that it waits for {@code absolute}. */
  static boolean fresh(Path absolute) {
    try {
      FileTime at = Files.getLastModifiedTime(of(absolute));
      return Duration.between(at.toInstant(), Instant.now()).compareTo(FRESH) < 0;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
