package org.sijil.cli.backup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.backup.ArchiveManifest;
import org.sijil.app.backup.BackupRegister;
import org.sijil.cli.CliProgress;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sijil backup --db DB --out FILE}: the edge of {@link BackupRegister}. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a consistent, verifiable archive of a register (a DuckDB file or a PostgreSQL"
          + " database): the register as of one moment, as a DuckDB file, with a manifest of every"
          + " table's row count, the integrity log's size and root, and the file's SHA-256.",
      "Also writes FILE.sha256 (for sha256sum -c). Never overwrites a file; on failure no archive"
          + " is left. Check an archive with 'sijil verify archive FILE', bring it back with"
          + " 'sijil restore'.",
      "  sijil backup --db sijil.db --out sijil-2026-12-05.sijil-backup",
      "  sijil backup --db postgresql://sijil@db:5432/sijil --out /backups/sijil.sijil-backup"
    })
public final class BackupCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "DB",
      description =
          "The register: a DuckDB file or a PostgreSQL URL (password from PGPASSWORD or"
              + " ~/.pgpass, never here).")
  Path db;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The archive to write (a new file).")
  Path out;

  @Override
  public Integer call() {
    if (!Register.exists(db)) {
      throw new UserError("no register at " + db + " to back up");
    }
    Path sidecar = out.resolveSibling(out.getFileName() + ".sha256");
    if (Files.exists(sidecar)) {
      throw new UserError(sidecar + " already exists: choose a new archive name");
    }
    BackupRegister.Written written;
    try (Register source = Register.open(db);
        CliProgress progress = new CliProgress("backup", spec.commandLine().getErr())) {
      written = new BackupRegister(source).backup(out, progress);
    }
    writeSidecar(sidecar, written.archiveSha256());
    PrintWriter w = spec.commandLine().getOut();
    ArchiveManifest m = written.manifest();
    long rows = m.tables().values().stream().mapToLong(Long::longValue).sum();
    w.printf(
        "Backed up %,d rows in %d tables from %s to %s.%n",
        rows, m.tables().size(), Register.shown(db), out);
    w.printf("Integrity log: %,d entries, root %s.%n", m.log().size(), m.log().root());
    w.printf("Archive SHA-256 %s (in %s).%n", written.archiveSha256(), sidecar);
    return 0;
  }

  /** {@code HASH NAME} as sha256sum writes it, so the archive checks without Sijil too. */
  private static void writeSidecar(Path sidecar, String sha256) {
    try {
      Files.writeString(
          sidecar,
          sha256 + "  " + sidecar.getFileName().toString().replaceFirst("\\.sha256$", "") + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + sidecar + ": " + e.getMessage(), e);
    }
  }
}
