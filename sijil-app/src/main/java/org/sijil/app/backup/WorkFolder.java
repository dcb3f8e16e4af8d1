package org.sijil.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sijil.core.UserError;

/** The private folder a backup or restore works in while it copies a register file. */
final class WorkFolder {

  private WorkFolder() {}

  /** A new empty folder under {@code parent}, its name starting with {@code prefix}. */
  static Path create(Path parent, String prefix) {
    try {
      return Files.createTempDirectory(parent, prefix);
    } catch (IOException e) {
      throw new UserError("cannot create a working folder in " + parent + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails unless {@code register} is the only file in {@code work}: a DuckDB register closed
   * cleanly keeps nothing in a write-ahead file, and an archive must hold the whole register.
   */
  static void requireAlone(Path work, Path register) {
    try (Stream<Path> files = Files.list(work)) {
      List<Path> others = files.filter(f -> !f.equals(register)).toList();
      if (!others.isEmpty()) {
        throw new UserError(
            "the register copy was not closed cleanly (left " + others + "): nothing archived");
      }
    } catch (IOException e) {
      throw new UserError("cannot list " + work + ": " + e.getMessage(), e);
    }
  }

  /** Removes the folder and everything in it, quietly (it only ever holds a working copy). */
  static void delete(Path work) {
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(Comparator.reverseOrder()).forEach(RegisterArchive::deleteQuietly);
    } catch (IOException ignored) {
      // a left-over working folder is harmless and named by its prefix
    }
  }
}
