package org.sijil.cli.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.backup.RestoreRegister;
import org.sijil.app.copy.CopyRegister;
import org.sijil.cli.CliProgress;
import org.sijil.cli.copy.FilledRegister;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sijil restore --archive FILE --db DB}: the edge of {@link RestoreRegister}. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Brings a 'sijil backup' archive back into a new DuckDB file or an empty PostgreSQL"
          + " database, after checking the archive against its manifest (SHA-256, every table's"
          + " row count, the integrity log's size and root).",
      "Refuses a destination that holds rows; on any failure nothing is written and it says why."
          + " Users sign in again on the restored register.",
      "  sijil restore --archive sijil-2026-12-05.sijil-backup --db restored.db"
    })
public final class RestoreCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--archive",
      required = true,
      paramLabel = "FILE",
      description = "The archive 'sijil backup' wrote.")
  Path archive;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "DB",
      description =
          "Where to restore it: a new DuckDB file or an empty PostgreSQL database (URL; password"
              + " from PGPASSWORD or ~/.pgpass, never here).")
  Path db;

  @Override
  public Integer call() {
    CopyRegister.Result result = FilledRegister.deletedOnFailure(db, this::restore);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Restored %,d rows in %d tables from %s to %s.%n",
        result.rows(), result.tables().size(), archive, Register.shown(db));
    FilledRegister.printLogEqual(out, result.log(), "restored");
    return 0;
  }

  private CopyRegister.Result restore() {
    try (Register destination = Register.open(db);
        CliProgress progress = new CliProgress("restore", spec.commandLine().getErr())) {
      return new RestoreRegister(archive).restore(destination, progress);
    }
  }
}
