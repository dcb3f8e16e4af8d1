package org.sijil.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sijil.app.ProgressListener;
import org.sijil.app.copy.CopyRegister;
import org.sijil.core.UserError;
import org.sijil.store.Register;

/**
 * Use case: back a register (DuckDB file or PostgreSQL) up into one archive file. Rules:
 *
 * <ul>
 *   <li>The archive's register is written by {@link CopyRegister} into a new DuckDB file, so it is
 *       the source as of one moment, with every table's row count and the integrity log's size and
 *       root checked before anything is kept; sign-in sessions are left out as copy leaves them.
 *   <li>The archive holds that file and an {@link ArchiveManifest} with the counts, the log's size
 *       and root and the file's SHA-256, so it can be checked offline ({@link RestoreRegister}).
 *   <li>An existing file is never overwritten; on any failure no archive is left.
 *   <li>The working copy is made in a hidden folder beside the archive (the space a backup needs is
 *       where it goes) and removed afterwards.
 * </ul>
 */
public final class BackupRegister {

  /** What was written: the manifest, and the SHA-256 of the whole archive file (hex). */
  public record Written(ArchiveManifest manifest, String archiveSha256) {}

  private final Register from;

  public BackupRegister(Register from) {
    this.from = from;
  }

  /**
   * Writes the archive.
   *
   * @throws UserError when {@code archive} exists, cannot be written, or the copy's checks fail
   */
  public Written backup(Path archive, ProgressListener progress) {
    if (Files.exists(archive)) {
      throw new UserError(
          archive + " already exists: a backup never overwrites a file, choose a new name");
    }
    Path parent = archive.toAbsolutePath().getParent();
    Path work = WorkFolder.create(parent, ".sijil-backup-");
    try {
      Path register = work.resolve(RegisterArchive.REGISTER_ENTRY);
      CopyRegister.Result copied;
      try (Register copy = Register.open(register)) {
        copied = new CopyRegister(from, copy).copy(progress);
      }
      WorkFolder.requireAlone(work, register);
      Map<String, Long> tables = new LinkedHashMap<>();
      copied.tables().forEach(t -> tables.put(t.name(), t.rows()));
      progress.progress("archive", 0, 0);
      ArchiveManifest manifest =
          new ArchiveManifest(
              ArchiveManifest.FORMAT,
              Instant.now().toString(),
              from.schemaVersions(),
              tables,
              copied.log(),
              RegisterArchive.sha256(register),
              size(register));
      RegisterArchive.write(archive, manifest, register);
      return new Written(manifest, RegisterArchive.sha256(archive));
    } finally {
      WorkFolder.delete(work);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
