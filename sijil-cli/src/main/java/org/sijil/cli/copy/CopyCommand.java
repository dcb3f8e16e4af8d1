package org.sijil.cli.copy;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sijil.app.copy.CopyRegister;
import org.sijil.cli.CliProgress;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sijil copy --from A --to B}: moves or backs up a whole register. */
@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    description = {
      "Copies a whole register into a new DuckDB file or an empty PostgreSQL database, either"
          + " direction (releases, raw rows, records, persons and links, decisions, estimates,"
          + " users, jobs, intake, incidents, the integrity log; not sign-in sessions).",
      "Finishes only when every table's row count and the integrity log's size and root equal"
          + " the source's; otherwise nothing is written and it says why. It refuses a"
          + " destination that already holds rows, so running it again is safe.",
      "  sijil copy --from sijil.db --to backup-2026-12-05.db     a DuckDB backup",
      "  sijil copy --from sijil.db --to postgresql://sijil@db:5432/sijil"
    })
public final class CopyCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DB",
      description = "The register to copy: a DuckDB file or a PostgreSQL URL.")
  Path from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DB",
      description =
          "Where to copy it: a new DuckDB file or an empty PostgreSQL database (URL; password"
              + " from PGPASSWORD or ~/.pgpass, never here).")
  Path to;

  @Override
  public Integer call() {
    if (!Register.exists(from)) {
      throw new UserError("no register at " + from + " to copy from");
    }
    if (from.toString().equals(to.toString())
        || (!Register.isPostgres(from) && from.toAbsolutePath().equals(to.toAbsolutePath()))) {
      throw new UserError("--from and --to name the same register (" + Register.shown(from) + ")");
    }
    CopyRegister.Result result = FilledRegister.deletedOnFailure(to, this::copy);
    PrintWriter out = spec.commandLine().getOut();
    for (CopyRegister.Table t : result.tables()) {
      out.printf("%-26s %,12d%n", t.name(), t.rows());
    }
    out.printf(
        "Copied %,d rows in %d tables from %s to %s.%n",
        result.rows(), result.tables().size(), Register.shown(from), Register.shown(to));
    FilledRegister.printLogEqual(out, result.log(), "copied");
    return 0;
  }

  private CopyRegister.Result copy() {
    try (Register source = Register.open(from);
        Register destination = Register.open(to);
        CliProgress progress = new CliProgress("copy", spec.commandLine().getErr())) {
      return new CopyRegister(source, destination).copy(progress);
    }
  }
}
